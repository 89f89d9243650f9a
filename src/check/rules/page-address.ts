import { kebabName, kebabPath, unbuildablePath } from '../../model/identity.ts';
import type { PageInfo } from '../../model/pages.ts';
import { defineRule } from '../rule.ts';

/** One part of an address as the handbook writes them: lowercase ASCII letters and digits joined by hyphens. */
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What is wrong with a page's file name or `slug:`, if anything, and the name to use. */
function addressProblem(page: PageInfo): { message: string; rename: string } | undefined {
	const extension = /\.mdx?$/.exec(page.relativePath)![0];
	const segments = page.relativePath.slice(0, -extension.length).split('/');
	if (segments.every((segment) => kebab.test(segment))) return undefined;
	const rename = kebabPath(page.relativePath);
	if (segments.slice(0, -1).some((segment) => segment.startsWith('_')))
		return {
			message: `a folder whose name starts with \`_\` is published all the same (at ${page.url}); only a file name starting with \`_\` makes a draft`,
			rename,
		};
	return {
		message: `the file name is not lowercase kebab-case, so the site publishes the page at ${page.url}`,
		rename,
	};
}

export default defineRule({
	id: 'page-address',
	kind: 'editorial',
	summary:
		'File and folder names (and `slug:` values) are lowercase kebab-case, so a page is published at the address its file name says (Astro slugs `My Page.mdx` to `/my-page/`), and every page file ends in `.mdx` or `.md`.',
	example: 'content/docs/practices/Power Dynamics.mdx',
	fix: 'content/docs/practices/power-dynamics.mdx',
	scope: 'page',
	check({ model, pages, report }) {
		for (const page of pages) {
			const slugField = page.frontmatter?.slug;
			if (slugField !== undefined && page.frontmatterFile) {
				const parts = String(slugField)
					.replace(/^\/+|\/+$/g, '')
					.split('/');
				// The characters a file name cannot have: Astro publishes them escaped (`/what%3Fnow/`) but links to the
				// address as written.
				const unusable = unbuildablePath(String(slugField))?.character;
				if (!parts.every((part) => kebab.test(part)))
					report({
						file: page.file,
						at: page.frontmatterFile.locate(['slug']),
						message: unusable
							? `the \`slug:\` \`${String(slugField)}\` has \`${unusable}\`, which an address cannot hold as written: links to the page, its sidebar entry among them, would not reach it`
							: `the \`slug:\` \`${String(slugField)}\` is not lowercase kebab-case; the site publishes the page at ${page.url} as written`,
						hint: `Write it as \`slug: ${parts.map(kebabName).join('/')}\`, or remove it to use the file name.`,
					});
				continue;
			}
			// A name the build cannot take at all is reported by unreadable-file, which says what the build would do.
			const problem = unbuildablePath(page.relativePath) ? undefined : addressProblem(page);
			if (problem)
				report({
					file: page.file,
					at: { line: 1, column: 1 },
					message: problem.message,
					hint: `Rename it to \`${problem.rename}\` (lowercase words joined by hyphens), and link to the address that gives.`,
				});
		}
		for (const stray of model.strays) {
			if (stray.kind !== 'not-built') continue;
			const name = stray.file.split('/').at(-1)!;
			report({
				file: stray.file,
				at: { line: 1, column: 1 },
				message: `the site builds only files ending in \`.mdx\` or \`.md\` (lowercase), so \`${name}\` is not published`,
				hint: `Rename it to \`${kebabName(name.replace(/\.[^.]+$/, ''))}.mdx\`.`,
			});
		}
	},
});
