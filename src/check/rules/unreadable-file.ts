import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'unreadable-file',
	kind: 'editorial',
	summary:
		'Every page is UTF-8 text of a sensible size (a byte-order mark is fine), under a name the build can take (without `?`, `#`, `%` or `\\`), so it can be parsed and built.',
	example: 'trust.mdx saved as Windows-1252, a 5 MB page pasted from a spreadsheet, or What now?.mdx',
	fix: 'trust.mdx saved as UTF-8, split into pages of one section each, and what-now.mdx',
	scope: 'page',
	check({ pages, report }) {
		for (const page of pages)
			if (page.unreadable)
				report({
					file: page.file,
					at: page.unreadable.position,
					message: page.unreadable.message,
					hint: page.unreadable.hint,
				});
	},
});
