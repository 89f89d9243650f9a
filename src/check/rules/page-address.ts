import { slug } from 'github-slugger';
import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'page-address',
	summary:
		'File and folder names are lowercase kebab-case, so a page is published at the address its file name says (Astro slugs `My Page.mdx` to `/my-page/`).',
	example: 'content/docs/practices/Power Dynamics.mdx',
	fix: 'content/docs/practices/power-dynamics.mdx',
	scope: 'page',
	check({ pages, report }) {
		for (const page of pages) {
			const extension = /\.mdx?$/i.exec(page.relativePath)?.[0] ?? '.mdx';
			const segments = page.relativePath.slice(0, -extension.length).split('/');
			const slugged = segments.map((segment) => slug(segment));
			if (slugged.join('/') === segments.join('/') && extension === extension.toLowerCase()) continue;
			report({
				file: page.file,
				at: { line: 1, column: 1 },
				message:
					extension === extension.toLowerCase()
						? `the file name is not lowercase kebab-case, so the site publishes the page at ${page.url}`
						: `the site builds only files ending in \`.md\` or \`.mdx\`, not \`${extension}\``,
				hint: `Rename it to \`${slugged.join('/')}${extension.toLowerCase()}\` (lowercase words joined by hyphens), and link to ${page.url}.`,
			});
		}
	},
});
