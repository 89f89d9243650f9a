import { slug as githubSlug } from 'github-slugger';

/**
 * A page's identity, by the rules Astro's glob loader and Starlight apply, so the check and the
 * build can never disagree about where a page is published:
 * - a `slug:` in the frontmatter is the id, as written;
 * - otherwise each folder and the file name (without `.md`/`.mdx`) is slugged as GitHub slugs
 *   headings (`My Page.mdx` is `my-page`), and a trailing `/index` is dropped;
 * - Starlight publishes the id `index` at `/` and any other id at `/<id>/`.
 */
export function pageId(relativePath: string, slugField?: unknown): string {
	// Astro's glob loader takes any truthy `slug:` as the id, as text (`slug: 2024` is `2024`).
	if (slugField) return String(slugField);
	const withoutExtension = relativePath.replace(/\\/g, '/').replace(/\.mdx?$/i, '');
	return withoutExtension
		.split('/')
		.map((segment) => githubSlug(segment))
		.join('/')
		.replace(/\/index$/, '');
}

/** The URL path (without base) Starlight gives an entry id: `index` is `/`, `a/b` is `/a/b/`. */
export function urlOfId(id: string): string {
	const trimmed = id.replace(/^\/+|\/+$/g, '');
	return trimmed === '' || trimmed === 'index' ? '/' : `/${trimmed}/`;
}
