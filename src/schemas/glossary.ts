import { z } from 'zod';
import { idSchema } from './framework.ts';
import { listedOnce } from './listed-once.ts';

/** One glossary term in `content/glossary/terms.yaml`. */
export const glossaryTermSchema = z.strictObject({
	/** Stable public id; pages link to it as `[text](glossary:<id>)`. */
	id: idSchema,
	/** The term as readers see it. */
	term: z.string().min(1),
	/** One to three sentences in the handbook's own words. */
	definition: z.string().min(10),
	/** Bibliography keys of the sources the definition rests on. */
	cite: listedOnce(z.string()).min(1, 'a glossary definition needs at least one citation'),
	/** Ids of related terms. */
	related: listedOnce(idSchema).optional(),
	/** The handbook page that covers the term in depth, as a root-relative path. */
	page: z.string().startsWith('/').optional(),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
