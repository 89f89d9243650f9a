import { z } from 'zod';

/**
 * One bibliography entry in `content/bibliography/references.json`, in CSL-JSON
 * (what Zotero exports and imports). Only the fields the handbook relies on are
 * checked; other CSL fields pass through to the citation formatter.
 */
export const referenceSchema = z
	.object({
		/** The citation key; see `keyConvention` in `src/citations/bibliography.ts`. */
		id: z.string().min(1),
		/** The CSL item type (report, speech, post-weblog, article, document, ...). */
		type: z.string().min(1),
		/**
		 * Authors, as CSL names: `{ family, given }`; `{ family }` alone for a person the source names without
		 * initials (never invent them); `{ literal }` for an organization.
		 */
		author: z
			.array(
				z.union([
					z.object({ family: z.string().min(1), given: z.string().optional() }),
					z.object({ literal: z.string().min(1) }),
				]),
			)
			.min(1, 'an entry needs at least one author (an organization goes in `literal`)'),
		/** The title, in sentence case as APA wants it. Left out only when the citing source gives none. */
		title: z.string().optional(),
		/** The date; left out when the source gives none (the entry then shows "n.d."). */
		issued: z.object({ 'date-parts': z.array(z.array(z.number().int())).min(1) }).optional(),
		/**
		 * Provenance, one line: `handbook-source: <seed file>` for the documents the handbook is written from,
		 * or `cited-in: <key>` for a work known only through that source. Zotero keeps it in "Extra".
		 */
		note: z
			.string()
			.regex(/^(handbook-source: \S+|cited-in: \S+)$/, 'must be `handbook-source: <file>` or `cited-in: <key>`'),
	})
	.loose();

export const bibliographyFileSchema = z.array(referenceSchema);
export type Reference = z.infer<typeof referenceSchema>;
