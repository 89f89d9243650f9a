// The site's addresses, built in one place: the routes of the page types and generated files without base, and
// the base path applied once (as Starlight's `pathWithBase` in its utils/base.ts). No imports: every layer may use it.

/** Joins a base path and a root-relative path: `withBase('/handbook/', '/leads/')` is `/handbook/leads/`. */
export function withBase(base: string, pathname: string): string {
	if (!pathname.startsWith('/') || pathname.startsWith('//')) return pathname;
	return `${base.replace(/\/+$/, '')}${pathname}`;
}

/**
 * A page's path with the trailing slash every page's address has (`/cases/example` is `/cases/example/`); a path
 * whose last part has an extension is a file (`/catalog.csv`) and is left as it is.
 */
export const pagePathname = (pathname: string) =>
	pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname) ? pathname : `${pathname}/`;

/**
 * A root-relative link with its path as `pagePathname` gives it, query and anchor kept: `/cases/example#context` is
 * `/cases/example/#context`. The check resolves a link without the slash to the page, so the build writes it with
 * the slash: without it a reader goes through the host's redirect, or reaches nothing where there is none.
 */
export function withPageSlash(url: string): string {
	const end = url.search(/[?#]/);
	return end < 0 ? pagePathname(url) : `${pagePathname(url.slice(0, end))}${url.slice(end)}`;
}

/**
 * A relative address (`../trust`, `trust#why`) as the root-relative one it reaches from the page at `from`
 * (`/coalitions/power/`), as the check resolves it; any other address (root-relative, another site or scheme, an
 * anchor or a query on the page itself) as it is.
 */
export function rootRelative(address: string, from: string): string {
	if (address === '' || /^[a-z][a-z0-9+.-]*:|^\/|^[?#]/i.test(address)) return address;
	const origin = 'http://handbook.invalid';
	const url = URL.parse(address, `${origin}${from}`);
	// What a browser reads as another scheme or site (`\tjavascript:`, a space before `//host`) is not a page's link.
	return url?.origin === origin ? `${url.pathname}${url.search}${url.hash}` : address;
}

/**
 * A link as a page writes it, as the browser must request it: a site address (`/cases/example#context`) with the base
 * path and its page's slash (`/handbook/cases/example/#context`); a relative one (`../trust`) with its page's slash,
 * still relative, as the check resolves it from the page's address; any other (another site, another scheme, an
 * anchor or a query on the page itself) as it is. For every link the handbook writes from content: Markdown links,
 * elements and components with an `href`, a home page's hero actions.
 */
export function linkAddress(base: string, address: string): string {
	if (address.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(address)) return address;
	if (address.startsWith('/')) return withBase(base, withPageSlash(address));
	return address === '' || /^[?#]/.test(address) ? address : withPageSlash(address);
}

/**
 * The site's base path as Astro was configured (`/`, or `/handbook/` for a site under a folder): the one place
 * that reads `import.meta.env.BASE_URL`. Outside Vite (the npm scripts under plain Node) there is none: `/`.
 */
export const siteBase = (): string => (import.meta.env as ImportMetaEnv | undefined)?.BASE_URL ?? '/';

/** A root-relative path as the browser must request it, with the site's base path: `/leads/` → `/handbook/leads/`. */
export const pathWithBase = (pathname: string) => withBase(siteBase(), pathname);

/** Anchors of bibliography entries and glossary terms, shared by the pages that link and the pages linked to. */
export const referenceAnchor = (key: string) => `ref-${key}`;
export const termAnchor = (id: string) => id;

/** A source's entry in the reference list, without base. */
export const referencePath = (key: string) => `/references/#${referenceAnchor(key)}`;
/** A term's entry in the glossary, without base. */
export const termPath = (id: string) => `/glossary/#${termAnchor(id)}`;
/** A reflection question on the reflection page, without base. */
export const reflectionPath = (id: string) => `/reflection/#${id}`;
/** A short link, without base. */
export const shortPath = (id: string) => `/go/${id}/`;
/** The QR code of a short link, without base. */
export const qrPath = (id: string) => `/qr/${id}.svg`;
/** A page's embed view, without base. */
export const embedPath = (id: string) => `/embed/${id}/`;
/** The downloads of a page's reference (BibTeX, CSL-JSON), without base: named after its path, `home` for `/`. */
export const citePath = (pageUrl: string, ext: 'bib' | 'json') =>
	`/cite/${pageUrl === '/' ? 'home' : pageUrl.slice(1, -1)}.${ext}`;
