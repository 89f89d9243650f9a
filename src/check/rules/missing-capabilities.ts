import { pageType } from '../../model/page-types.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'missing-capabilities',
	kind: 'editorial',
	summary:
		'Pages other than guides, the home page, the glossary and the reference list must say which capabilities they serve.',
	example: 'type: practice\ncapabilities: []',
	fix: 'type: practice\ncapabilities: [build-partnerships, navigate-socio-political]',
	scope: 'page',
	check({ pages, report }) {
		for (const page of pages) {
			const fm = page.frontmatter;
			if (!fm || !page.frontmatterFile || !pageType(fm.type)?.tagged) continue;
			// A list with ids passes; a value of another kind is frontmatter-field's to report.
			if (Array.isArray(fm.capabilities) ? fm.capabilities.length : fm.capabilities !== undefined) continue;
			report({
				file: page.file,
				at: page.frontmatterFile.locate(fm.capabilities === undefined ? ['type'] : ['capabilities']),
				message: `a \`${String(fm.type)}\` page must list the capabilities it serves`,
				hint: 'Add `capabilities: [...]` with one or more ids from content/taxonomy/leads.yaml.',
			});
		}
	},
});
