import { pagePathname } from '../model/routes.ts';

/** A link as the site will resolve it. */
export type ResolvedLink =
	| { kind: 'external' }
	| { kind: 'glossary'; id: string }
	| { kind: 'malformed' }
	| { kind: 'empty' }
	| { kind: 'script'; scheme: string }
	| { kind: 'unsupported'; scheme: string }
	| { kind: 'internal'; path: string; anchor: string };

/**
 * The schemes a page may link to. One list for the check (Markdown links, raw `<a>`, banners) and the output audit's
 * allowlist (scripts/output-allowlist.ts), so that whatever the check accepts, the build publishes.
 */
export const linkSchemes: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/** Why a link with a scheme outside `linkSchemes` is refused, in one sentence. */
export const unsupportedScheme = (scheme: string) =>
	['javascript', 'vbscript', 'data'].includes(scheme)
		? `\`${scheme}:\` addresses run script or embedded content in the reader's browser`
		: `\`${scheme}:\` addresses are not ones a page may link to (only ${linkSchemes.map((s) => `${s}:`).join(', ')})`;

/**
 * Resolves a link written on the page at `from`: `glossary:` links, external and other schemes
 * (`https:`, `mailto:`, any case), and site paths with their anchor. Pages have trailing slashes,
 * files (`/catalog.csv`) do not. A malformed %-escape is reported, never thrown.
 */
export function resolveLink(url: string, from: string): ResolvedLink {
	// A path from the site root resolves the same from every page, and three rules resolve every link: parsed once.
	const key = url.startsWith('/') && !url.startsWith('//') ? url : `${from}\n${url}`;
	let resolved = resolvedLinks.get(key);
	if (!resolved) {
		if (resolvedLinks.size >= maxResolvedLinks) resolvedLinks.clear();
		resolved = resolve(url, from);
		resolvedLinks.set(key, resolved);
	}
	return resolved;
}

/** Links already resolved, by address (and page, for a relative one); emptied when full, so a long dev session stays small. */
const resolvedLinks = new Map<string, Readonly<ResolvedLink>>();
const maxResolvedLinks = 100_000;

function resolve(url: string, from: string): ResolvedLink {
	if (url.startsWith('glossary:')) return { kind: 'glossary', id: url.slice('glossary:'.length) };
	if (url.trim() === '') return { kind: 'empty' };
	// Browsers run these as script or as an inline document; nothing content-supplied may. Browsers
	// also drop tabs and newlines anywhere in an address, so `java\tscript:` is `javascript:`.
	// eslint-disable-next-line no-control-regex -- browsers skip control characters before a scheme
	const scheme = /^[\u0000-\u0020]*(javascript|vbscript|data):/i.exec(url.replace(/[\t\n\r]/g, ''));
	if (scheme) return { kind: 'script', scheme: scheme[1]!.toLowerCase() };
	const other = /^([a-z][a-z0-9+.-]*):/i.exec(url);
	if (other && !linkSchemes.includes(other[1]!.toLowerCase()))
		return { kind: 'unsupported', scheme: other[1]!.toLowerCase() };
	if (other || url.startsWith('//')) return { kind: 'external' };
	try {
		const resolved = new URL(url, `http://handbook.invalid${from}`);
		const target = pagePathname(decodeURIComponent(resolved.pathname));
		return { kind: 'internal', path: target, anchor: decodeURIComponent(resolved.hash.slice(1)) };
	} catch {
		return { kind: 'malformed' };
	}
}
