import { z } from 'zod';

/** One part of a source document a citation can point to: its title, and its number where the source numbers it. */
export const sourcePartSchema = z.strictObject({
	/** The source's own numbering (`III.1`, `2`), when it has one: the short form of a locator. */
	id: z.string().min(1).optional(),
	/** The part's title, as the source gives it. */
	name: z.string().min(1),
});

/** The locatable parts of one source, in `content/bibliography/structure.yaml`. */
export const sourceStructureSchema = z.strictObject({
	/** The bibliography key of the source. */
	key: z.string().min(1),
	/** The handbook's page about the source, where each part has its heading. */
	page: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'must be a site path with a trailing slash, such as `/sources/x/`'),
	parts: z.array(sourcePartSchema).min(1),
});

export type SourcePart = z.infer<typeof sourcePartSchema>;
export type SourceStructure = z.infer<typeof sourceStructureSchema>;
