import { focusDomain } from '../lib/interpretation.ts';
import type { PageType } from '../schemas/page.ts';
import type { Problem } from './rules.ts';
import type { ContentSet } from './validate.ts';

/** Page types whose readers are leaders looking for what to do: each opens with "In brief". */
export const inBriefPageTypes: readonly PageType[] = ['practice', 'case-study', 'lesson', 'topic'];

/** Whether a page must carry `inBrief`: the types above, and capability pages of the focus domain. */
export function needsInBrief(frontmatter: Record<string, unknown>, content: Pick<ContentSet, 'framework'>): boolean {
	const type = frontmatter.type as PageType;
	if (inBriefPageTypes.includes(type)) return true;
	if (type !== 'capability' || !Array.isArray(frontmatter.capabilities)) return false;
	const id = frontmatter.capabilities[0];
	return typeof id === 'string' && content.framework?.capabilities.get(id)?.domainId === focusDomain;
}

/**
 * Rule `in-brief-missing`: practice, case-study, lesson and topic pages, and the Develop Coalitions
 * capability pages, open with three to five "In brief" points kept in the frontmatter (`inBrief:`).
 * Their length and count are the schema's business (`frontmatter-field`); this rule only asks that they exist.
 */
export function checkInBrief(content: ContentSet): Problem[] {
	const problems: Problem[] = [];
	for (const page of content.pages) {
		const fm = page.frontmatter;
		if (!fm || !page.frontmatterFile || fm.inBrief !== undefined || !needsInBrief(fm, content)) continue;
		problems.push({
			file: page.file,
			...page.frontmatterFile.locate(['type']),
			rule: 'in-brief-missing',
			message: `a \`${String(fm.type)}\` page must open with "In brief" points, and this one has no \`inBrief:\` field`,
			hint: 'Add `inBrief:` to the frontmatter: a list of three to five one-sentence points a leader can use, each drawn from what the page itself says and cites (no new claims, no citations or Markdown).',
		});
	}
	return problems;
}
