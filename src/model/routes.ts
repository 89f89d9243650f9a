/** Joins the site's base path and a root-relative path: `withBase('/handbook/', '/leads/')` is `/handbook/leads/`. */
export function withBase(base: string, pathname: string): string {
	if (!pathname.startsWith('/') || pathname.startsWith('//')) return pathname;
	return `${base.replace(/\/+$/, '')}${pathname}`;
}

/** Anchors of bibliography entries and glossary terms, shared by the pages that link and the pages linked to. */
export const referenceAnchor = (key: string) => `ref-${key}`;
export const termAnchor = (id: string) => id;
