import { z } from 'zod';

/** A page of the handbook by its address, optionally with a heading's anchor: `/challenges/#conflict-breaks-out`. */
const pageAddress = z
	.string()
	.trim()
	.regex(
		/^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/,
		'must be a page address such as `/coalitions/trust/` or `/challenges/#conflict-breaks-out`',
	);

/** What a leader types: a situation in their own words, with at least two meaningful words. */
const phrasing = z.string().trim().min(8, 'must describe a situation, in a few words');

/**
 * One entry of the needs (`content/search/needs.yaml`): situations leaders describe, and either the
 * page or challenge entry whose content (per its sources) answers them, or, for a need the sources
 * do not cover, what is not covered and the nearest pages. Search shows the answer first when a
 * query matches one of the phrasings; for a gap, it says that the handbook's sources do not cover it.
 */
export const needEntrySchema = z
	.strictObject({
		/** The situations, each as a leader might describe it (for example `a partner keeps sending junior staff`). */
		needs: z.array(phrasing).min(1, 'an entry needs at least one phrasing'),
		/** The page or challenge entry that answers them. */
		answer: pageAddress.optional(),
		/** For a need the sources do not cover: what they do not cover, as search says it (`how to run a meeting`). */
		gap: z.string().trim().min(3).optional(),
		/** For a gap: the nearest pages or challenge entries that the handbook does have. */
		nearest: z.array(pageAddress).optional(),
	})
	.refine((e) => Boolean(e.answer) !== Boolean(e.gap), {
		message:
			'needs either `answer` (the page that answers the need) or `gap` (what the sources do not cover), not both',
	});

export const needsFileSchema = z.array(needEntrySchema);
