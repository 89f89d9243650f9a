import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'duplicate-page',
	summary:
		'One address, one page: two files may not be published at the same address (`a.md` and `a.mdx`, `a.mdx` and `a/index.mdx`, or a `slug:` that repeats another page).',
	example: 'content/docs/coalitions/trust.mdx and content/docs/coalitions/trust/index.mdx',
	fix: 'Keep one of them, or give one another name.',
	scope: 'site',
	check({ model, report }) {
		const first = new Map<string, string>();
		for (const page of model.pages) {
			if (page.unreadable) continue;
			const owner = first.get(page.url);
			if (!owner) {
				first.set(page.url, page.file);
				continue;
			}
			const slug = page.frontmatter?.slug !== undefined && page.frontmatterFile;
			report({
				file: page.file,
				at: slug ? page.frontmatterFile!.locate(['slug']) : { line: 1, column: 1 },
				message: `${owner} is already published at ${page.url}; the build would keep only one of the two`,
				hint: slug ? 'Give this page another `slug:`, or remove the field.' : 'Merge the two files, or rename one.',
			});
		}
	},
});
