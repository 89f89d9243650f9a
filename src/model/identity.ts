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
	// `relativePath` has `/` between folders on every system (`slashed`); a `\` left in it is part of a name on
	// Linux, which Astro slugs away with the other punctuation (`notes\draft.mdx` is `notesdraft`).
	const withoutExtension = relativePath.replace(/\.mdx?$/i, '');
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

/** The kebab-case name an editor most likely meant: accents dropped, `_`, `.` and spaces made hyphens. */
export const kebabName = (name: string) =>
	githubSlug(
		name
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[_.]/g, '-'),
	)
		.replace(/[^a-z0-9-]/g, '')
		.replace(/-+/g, '-')
		.replace(/^-|-$/g, '') || 'page';

/** A page's path (`relativePath`, with `/` between folders) in kebab-case, keeping its extension. */
export function kebabPath(relativePath: string): string {
	const extension = /\.mdx?$/i.exec(relativePath)?.[0] ?? '';
	return `${relativePath
		.slice(0, relativePath.length - extension.length)
		.split('/')
		.map(kebabName)
		.join('/')}${extension}`;
}

/**
 * What Astro's build does with a page whose path holds each character it cannot take. Astro makes a page's id and
 * module from its path read as a URL: there `?` and `#` end the path, so Astro looks for a file by the name before
 * them and leaves the page out of the site (with a line in its log and a successful build); `%` starts an escaped
 * character, and the build stops. A `\` is a folder separator only on Windows (where `slashed` has made it `/`);
 * elsewhere it is part of the name, which Astro reads as a folder when it loads the page, and the build stops.
 */
const unbuildable: Record<string, string> = {
	'?': 'leaves the page out of the site (it takes the name to end before the `?`)',
	'#': 'leaves the page out of the site (it takes the name to end before the `#`)',
	'%': 'stops (it takes `%` for the start of an escaped character)',
	'\\': 'stops (it takes `\\` for a folder separator when it loads the page)',
};

/** Why Astro cannot build a page at `relativePath` (`slashed`), if it cannot: the first character it cannot take. */
export function unbuildablePath(relativePath: string): { character: string; consequence: string } | undefined {
	const character = /[?#%\\]/.exec(relativePath)?.[0];
	return character === undefined ? undefined : { character, consequence: unbuildable[character]! };
}
