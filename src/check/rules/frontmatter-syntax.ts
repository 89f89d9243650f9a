import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'frontmatter-syntax',
	kind: 'editorial',
	summary: 'The frontmatter between the `---` lines is not valid YAML.',
	example: 'title: Trust: the basis',
	fix: 'title: "Trust: the basis" (quote values that contain a colon)',
	scope: 'page',
	check({ pages, report }) {
		for (const page of pages)
			if (page.frontmatterSyntax)
				report({
					file: page.file,
					at: page.frontmatterSyntax.position,
					message: page.frontmatterSyntax.message,
					hint: 'Frontmatter is YAML between two `---` lines at the top of the file; quote values that contain `:` or `#`.',
				});
	},
});
