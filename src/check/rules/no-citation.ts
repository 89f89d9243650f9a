import { pageType } from '../../model/page-types.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'no-citation',
	kind: 'editorial',
	summary: 'Every content page cites at least one source, so every claim can be traced.',
	example: 'A page with no [@key] anywhere.',
	fix: 'Trust evolves throughout the relationship [@leadersforlife-2010-develop].',
	scope: 'page',
	check({ pages, report }) {
		for (const page of pages) {
			const fm = page.frontmatter;
			if (!fm || !page.frontmatterFile || page.mdxSyntax || !pageType(fm.type)?.tagged || page.citations.length)
				continue;
			report({
				file: page.file,
				at: page.frontmatterFile.locate(['title']),
				message: 'the page cites no source',
				hint: 'Add a citation such as `[@leadersforlife-2010-develop]` after each statement, naming where it comes from.',
			});
		}
	},
});
