import { shortLinks, type ShortLink } from './short-links.ts';
import type { HandbookModel } from './load.ts';
import { citePath, qrPath, shortPath } from './routes.ts';
import { counterpartUrl, type Locales } from './locales.ts';

/**
 * The site's own pages that each language has (`src/pages/[...locale]/`): the search page, the A–Z index, the
 * reading list, the course pack, the whole handbook in print and the 404 page, at `/search/` and, for French,
 * `/fr/search/`. A reader of the French pages searches, browses and makes a reading list in French.
 */
export const localizedSitePages = ['/search/', '/a-z/', '/reading-list/', '/course-pack/', '/print/', '/404/'] as const;

/** The address of one of those pages in a language (`/fr/search/`). */
export const sitePageUrl = (url: (typeof localizedSitePages)[number], locale: string) =>
	counterpartUrl(url, 'root', locale);

/** Their routes' `getStaticPaths`: one page per language, the root language's at the site's root. */
export const sitePagePaths = (locales: Locales) =>
	Object.keys(locales).map((key) => ({ params: { locale: key === 'root' ? undefined : key } }));

/**
 * Every address the site publishes besides its pages, with the anchors each one has: the routes
 * under `src/pages/`, the short links, the catalog and the per-page citation files. Links to them
 * are valid, and no page may take one of them over. `links`: the model's short links, when already made.
 */
export function generatedRoutes(
	model: HandbookModel,
	links: readonly ShortLink[] = shortLinks(model),
): Map<string, Set<string>> {
	const routes = new Map<string, Set<string>>([
		...Object.keys(model.locales).flatMap((locale) =>
			localizedSitePages.map((url) => [sitePageUrl(url, locale), new Set<string>()] as const),
		),
		['/catalog.json', new Set()],
		['/catalog.csv', new Set()],
		['/search-data.json', new Set()],
		['/search-words.txt', new Set()],
	]);
	for (const link of links) {
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
