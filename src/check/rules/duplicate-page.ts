import { kebabName } from '../../model/identity.ts';
import type { PageInfo } from '../../model/pages.ts';
import { defineRule } from '../rule.ts';

/**
 * How likely a file is to be the one the editor meant at its address (lower is likelier): a plain
 * kebab-case `.mdx` file without `slug:` first, then `.md`, an `index` file in a folder, a `slug:`,
 * and a name that is not kebab-case. The others are reported, so the odd one out gets the message.
 */
function rank(page: PageInfo): number {
	const parts = page.relativePath.replace(/\.mdx?$/, '').split('/');
	let rank = 0;
	if (!parts.every((part) => kebabName(part) === part)) rank += 8;
	if (page.frontmatter?.slug) rank += 4;
	if (parts.length > 1 && parts.at(-1) === 'index') rank += 2;
	if (page.relativePath.endsWith('.md')) rank += 1;
	return rank;
}

export default defineRule({
	id: 'duplicate-page',
	kind: 'editorial',
	summary:
		'One address, one page: two files may not be published at the same address (`a.md` and `a.mdx`, `a.mdx` and `a/index.mdx`, or a `slug:` that repeats another page).',
	example: 'content/docs/coalitions/trust.mdx and content/docs/coalitions/trust/index.mdx',
	fix: 'Keep one of them, or give one another name.',
	scope: 'site',
	check({ model, report }) {
		const readable = model.pages.filter((page) => !page.unreadable);
		for (const group of Map.groupBy(readable, (page) => page.url).values()) {
			if (group.length < 2) continue;
			const [keeper, ...others] = [...group].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file));
			for (const page of others) {
				const slug = page.frontmatter?.slug !== undefined && page.frontmatterFile;
				report({
					file: page.file,
					at: slug ? page.frontmatterFile!.locate(['slug']) : { line: 1, column: 1 },
					message: `${keeper!.file} is already published at ${page.url}; the build would keep only one of the two`,
					hint: slug ? 'Give this page another `slug:`, or remove the field.' : 'Merge the two files, or rename one.',
				});
			}
		}
	},
});
