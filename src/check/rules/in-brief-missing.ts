import { focusDomain } from '../../model/interpretation.ts';
import { pageType } from '../../model/page-types.ts';
import type { HandbookModel } from '../../model/load.ts';
import { defineRule } from '../rule.ts';

/** Whether a page must carry `inBrief`: its type says so (the registry), or it is a capability page of the focus domain. */
export function needsInBrief(frontmatter: Record<string, unknown>, model: Pick<HandbookModel, 'framework'>): boolean {
	if (pageType(frontmatter.type)?.inBrief) return true;
	const id = Array.isArray(frontmatter.capabilities) ? frontmatter.capabilities[0] : undefined;
	return frontmatter.type === 'capability' && model.framework?.capabilities.get(String(id))?.domainId === focusDomain;
}

export default defineRule({
	id: 'in-brief-missing',
	kind: 'editorial',
	summary:
		'Pages of the types leaders read for what to do (practice, case study, lesson, topic; see the page-type registry), and the Develop Coalitions capability pages, open with three to five "In brief" points.',
	example: 'type: practice\n(no inBrief field)',
	fix: 'type: practice\ninBrief:\n  - Agree together what the partnership is for, and revisit it as it changes.\n  - ...',
	scope: 'page',
	check({ model, pages, report }) {
		for (const page of pages) {
			const fm = page.frontmatter;
			if (!fm || !page.frontmatterFile || fm.inBrief !== undefined || !needsInBrief(fm, model)) continue;
			report({
				file: page.file,
				at: page.frontmatterFile.locate(['type']),
				message: `a \`${String(fm.type)}\` page must open with "In brief" points, and this one has no \`inBrief:\` field`,
				hint: 'Add `inBrief:` to the frontmatter: a list of three to five one-sentence points a leader can use, each drawn from what the page itself says and ending with its citation inside the quotes, `"... [@key]."` (no new claims, no other Markdown).',
			});
		}
	},
});
