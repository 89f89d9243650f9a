import { pageType } from '../../model/page-types.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'missing-sources',
	kind: 'editorial',
	summary: 'Content pages must name the source documents they draw on.',
	example: 'type: lesson\n(no sources field)',
	fix: 'type: lesson\nsources: [tudorwilliams-2024-creating]',
	scope: 'page',
	check({ pages, report }) {
		for (const page of pages) {
			const fm = page.frontmatter;
			if (!fm || !page.frontmatterFile || !pageType(fm.type)?.tagged) continue;
			// A list with ids passes; a value of another kind is frontmatter-field's to report.
			if (Array.isArray(fm.sources) ? fm.sources.length : fm.sources !== undefined) continue;
			report({
				file: page.file,
				at: page.frontmatterFile.locate(fm.sources === undefined ? ['type'] : ['sources']),
				message: `a \`${String(fm.type)}\` page must list the source documents it draws on`,
				hint: 'Add `sources: [...]` with the bibliography keys of the documents this page is written from.',
			});
		}
	},
});
