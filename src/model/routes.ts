// The site's addresses, built in one place: the routes of the page types and generated files without base, and
// the base path applied once (as Starlight's `pathWithBase` in its utils/base.ts). No imports: every layer may use it.

/** Joins a base path and a root-relative path: `withBase('/handbook/', '/leads/')` is `/handbook/leads/`. */
export function withBase(base: string, pathname: string): string {
	if (!pathname.startsWith('/') || pathname.startsWith('//')) return pathname;
	return `${base.replace(/\/+$/, '')}${pathname}`;
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
