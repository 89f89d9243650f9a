import { z } from 'zod';
import { listedOnce } from './listed-once.ts';

import { pageTypes, type PageType } from '../model/page-types.ts';
// The handbook's default language is English: what is written once for the whole site (the catalog, the search
// page's filters, social cards, rule messages) uses its words. Pages use their own language's (`t()`).
import english from '../content/i18n/en-CA.json' with { type: 'json' };

export { pageTypes, type PageType };

/** Page types as readers see them in the default language: `Practice`, `Case study` (`handbook.pageType.<type>`). */
export const pageTypeLabels = Object.fromEntries(
	pageTypes.map((type) => [type, english[`handbook.pageType.${type}`]]),
) as Record<PageType, string>;

/** Today, as `YYYY-MM-DD` in UTC: a review date may not be later. */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * A calendar date as `YYYY-MM-DD`. YAML parsers disagree on dates (Astro's gives a `Date`, the
 * check's a string), so both are accepted and normalized to the string.
 */
export const reviewedDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
	const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : value;
	const parsed = new Date(`${text}T00:00:00Z`);
	// Round-tripping rejects days that do not exist (2026-02-30 would otherwise become 2 March).
	const real =
		/^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text);
	if (!real) {
		ctx.addIssue({ code: 'custom', message: `\`${String(value)}\` is not a real date written as YYYY-MM-DD` });
		return z.NEVER;
	}
	if (text > today()) {
		ctx.addIssue({ code: 'custom', message: `${text} is in the future` });
		return z.NEVER;
	}
	return text;
});

/**
 * The handbook's own frontmatter fields, added to Starlight's `docsSchema()`.
 * `isCapability` and `isReference` come from the taxonomy and the bibliography,
 * so the same schema serves the Astro build and `npm run check`.
 */
export function pageFields(isCapability: (id: string) => boolean, isReference: (key: string) => boolean) {
	return z.object({
		/** One sentence that says what the page gives the reader; shown in search results, the catalog and link previews. */
		description: z.string().min(10).max(200),
		/** What the page is; see the page-type registry in `src/model/page-types.ts`. */
		type: z.enum(pageTypes),
		/** Ids of the LEADS capabilities the page serves (see `content/taxonomy/leads.yaml`). */
		capabilities: listedOnce(z.string().refine(isCapability, { message: 'unknown capability id' })).default([]),
		/** Bibliography keys of the source documents the page draws on; each must also be cited in the body. */
		sources: listedOnce(z.string().refine(isReference, { message: 'unknown bibliography key' })).default([]),
		/**
		 * The day an editor last read the page against its sources (`YYYY-MM-DD`), shown as "Last reviewed".
		 * Without it, the date of the last commit that changed the page is shown.
		 */
		reviewed: reviewedDate.optional(),
		/**
		 * The page's short id, for its short link `/go/<id>/`, when the last part of its path is already
		 * another short link's id (such as a glossary term's). Permanent once published.
		 */
		shortId: z
			.string()
			.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, such as `trust-topic`')
			.optional(),
		/**
		 * "In brief": three to five short points a leader can use, each one sentence drawn from the page's own
		 * cited content (no new claims, no markdown), ending with its citation `[@key]` (rule `untraced-statement`).
		 * Used on practice, case-study, lesson and topic pages and on the four Develop Coalitions capability pages.
		 * The limit leaves room for a citation or two after a 240-character point.
		 */
		inBrief: z.array(z.string().min(20).max(320)).min(3).max(5).optional(),
		/**
		 * Starlight's `draft: true` is refused. A build leaves such a page out, but the handbook reads it as a page:
		 * its sidebar entry, short link, catalog row and every link to it would lead nowhere. A draft is a file whose
		 * name starts with `_`, which neither the check nor the build reads.
		 */
		draft: z
			.literal(false, {
				message:
					'must be `false` or left out: the build would leave the page out while its sidebar entry, short link and the links to it stayed',
			})
			.default(false),
	});
}
