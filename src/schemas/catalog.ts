import { z } from 'zod';

/** The kinds of thing the catalog lists. */
export const catalogTypes = [
	'domain',
	'capability',
	'practice',
	'case-study',
	'reflection-question',
	'glossary-term',
	'reference',
] as const;

/** One row of `/catalog.json` and `/catalog.csv`: everything an LMS or a spreadsheet needs to link to it. */
export const catalogEntrySchema = z.strictObject({
	/** Stable id, unique within its type; for pages with a short link, unique across the handbook. */
	id: z.string().min(1),
	type: z.enum(catalogTypes),
	/** The name readers see. */
	title: z.string().min(1),
	/** One line on what it is. */
	summary: z.string().min(1),
	/** Ids of the LEADS capabilities it serves (empty for references and glossary terms). */
	capabilities: z.array(z.string()),
	/** Canonical absolute URL, including the site's base path. */
	url: z.url(),
	/** Absolute `/go/<id>/` short link, or null for kinds that have none (reflection questions, references). */
	shortLink: z.url().nullable(),
	/** The page's "In brief" points, plain text, where it has them (practices, case studies, Develop Coalitions capabilities). */
	inBrief: z.array(z.string().min(1)).optional(),
});

export const catalogSchema = z.strictObject({
	/** Name of the publication. */
	title: z.string(),
	/** The site's origin and base path the URLs were built for. */
	site: z.url(),
	/** ISO date of the build. */
	generated: z.string(),
	entries: z.array(catalogEntrySchema),
});

export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type Catalog = z.infer<typeof catalogSchema>;
