import { reservedPrefixes } from '../../model/generated-routes.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'reserved-address',
	kind: 'editorial',
	summary:
		'A page may not take an address the site itself makes: `/search/`, `/404/`, short links under `/go/`, `/cite/`, the catalog.',
	example: 'content/docs/search.mdx',
	fix: 'content/docs/searching-the-handbook.mdx',
	scope: 'site',
	check({ model, derived, report }) {
		const routes = derived.generatedUrls;
		for (const page of model.pages) {
			if (!routes.has(page.url) && !reservedPrefixes.some((prefix) => page.url.startsWith(prefix))) continue;
			report({
				file: page.file,
				at:
					page.frontmatter?.slug !== undefined && page.frontmatterFile
						? page.frontmatterFile.locate(['slug'])
						: { line: 1, column: 1 },
				message: `${page.url} is an address the site makes itself, so this page would never be published`,
				hint: 'Rename the file (or its `slug:`) to another address.',
			});
		}
	},
});
