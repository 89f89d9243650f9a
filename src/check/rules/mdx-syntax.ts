import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'mdx-syntax',
	kind: 'editorial',
	summary: 'The page is not valid MDX, so it cannot be built.',
	example: 'Costs fell {by half.',
	fix: 'Costs fell \\{by half. (escape `{`, `}` and `<` in prose, and close every tag you open)',
	scope: 'page',
	check({ pages, report }) {
		for (const page of pages)
			if (page.mdxSyntax)
				report({
					file: page.file,
					at: page.mdxSyntax.position,
					message: page.mdxSyntax.message,
					hint: 'Escape `{`, `}` and `<` in prose (`\\{`, `&lt;`), and close every tag and expression you open.',
				});
	},
});
