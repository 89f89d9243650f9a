import { shortLinks } from './short-links.ts';
import type { HandbookModel } from './load.ts';
import { citePath, qrPath, shortPath } from './routes.ts';

/**
 * Every address the site publishes besides its pages, with the anchors each one has: the routes
 * under `src/pages/`, the short links, the catalog and the per-page citation files. Links to them
 * are valid, and no page may take one of them over.
 */
export function generatedRoutes(model: HandbookModel): Map<string, Set<string>> {
	const routes = new Map<string, Set<string>>([
		['/search/', new Set()],
		['/404/', new Set()],
		['/catalog.json', new Set()],
		['/catalog.csv', new Set()],
		['/reading-list/', new Set()],
		['/a-z/', new Set()],
		['/course-pack/', new Set()],
		['/print/', new Set()],
		['/search-data.json', new Set()],
		['/search-words.txt', new Set()],
	]);
	for (const link of shortLinks(model)) {
		routes.set(shortPath(link.id), new Set());
		routes.set(qrPath(link.id), new Set());
	}
	for (const page of model.pages) {
		for (const ext of ['bib', 'json'] as const) routes.set(citePath(page.url, ext), new Set());
	}
	return routes;
}

/** Address prefixes the site's own routes use: a page there would clash with them now or later. */
export const reservedPrefixes = ['/go/', '/cite/', '/embed/', '/qr/', '/pagefind/', '/_astro/', '/cards/'];
