import { z } from 'zod';
import { readerPageTypes } from '../model/page-types.ts';

/** The kinds of thing the catalog lists: every reader page by its page type, and three kinds of entry on pages. */
export const catalogTypes = [...readerPageTypes, 'reflection-question', 'glossary-term', 'reference'] as const;

/**
 * An address in the catalog: absolute on the published origin, or, in a preview build with no
 * published origin configured, a path from the host's root (with the base path).
 */
const addressSchema = z.union([z.url({ protocol: /^https?$/ }), z.string().regex(/^\/\S*$/)]);

/** One row of `/catalog.json` and `/catalog.csv`: everything an LMS or a spreadsheet needs to link to it. */
export const catalogEntrySchema = z.strictObject({
	/** Stable id: the short id for everything that has a short link (unique across the handbook), else the bibliography key. */
	id: z.string().min(1),
	/** A reader page's page type, or `reflection-question`, `glossary-term` or `reference`. */
	type: z.enum(catalogTypes),
	/** The name readers see (for a reflection question, the question). Plain text. */
	title: z.string().min(1),
	/** One line on what it is. Plain text. */
	summary: z.string().min(1),
	/** Ids of the LEADS capabilities it serves (empty for references and glossary terms). */
	capabilities: z.array(z.string()),
	/** Canonical address, including the site's base path. */
	url: addressSchema,
	/** The `/go/<id>/` short link, or null for references, which have none. */
	shortLink: addressSchema.nullable(),
	/** The language of the page (or the page holding the entry), as a BCP 47 tag: `en-CA`, `fr-CA`. */
	lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/),
	/** When the page (or the page holding the entry) was last reviewed, `YYYY-MM-DD`; null when unknown. */
	reviewed: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/)
		.nullable(),
	/** The page's "In brief" points, plain text, where it has them (practices, case studies, lessons, topics, Develop Coalitions capabilities). */
	inBrief: z.array(z.string().min(1)).optional(),
	/** The bibliography keys each "In brief" point cites, in the points' order (references are entries of type `reference`). */
	inBriefSources: z.array(z.array(z.string())).optional(),
});

export const catalogSchema = z.strictObject({
	/** Name of the publication. */
	title: z.string(),
	/** How to treat the strings: plain text, never HTML. */
	note: z.string(),
	/** The site's origin and base path the addresses were built for (a path alone in a preview build). */
	site: addressSchema,
	/** ISO date of the build. */
	generated: z.string(),
	entries: z.array(catalogEntrySchema),
});

export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type Catalog = z.infer<typeof catalogSchema>;
