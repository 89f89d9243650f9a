/** A link as the site will resolve it. */
export type ResolvedLink =
	| { kind: 'external' }
	| { kind: 'glossary'; id: string }
	| { kind: 'malformed' }
	| { kind: 'empty' }
	| { kind: 'script'; scheme: string }
	| { kind: 'internal'; path: string; anchor: string };

/**
 * Resolves a link written on the page at `from`: `glossary:` links, external and other schemes
 * (`https:`, `mailto:`, any case), and site paths with their anchor. Pages have trailing slashes,
 * files (`/catalog.csv`) do not. A malformed %-escape is reported, never thrown.
 */
export function resolveLink(url: string, from: string): ResolvedLink {
	if (url.startsWith('glossary:')) return { kind: 'glossary', id: url.slice('glossary:'.length) };
	if (url.trim() === '') return { kind: 'empty' };
	// Browsers run these as script or as an inline document; nothing content-supplied may. Browsers
	// also drop tabs and newlines anywhere in an address, so `java\tscript:` is `javascript:`.
	// eslint-disable-next-line no-control-regex -- browsers skip control characters before a scheme
	const scheme = /^[\u0000-\u0020]*(javascript|vbscript|data):/i.exec(url.replace(/[\t\n\r]/g, ''));
	if (scheme) return { kind: 'script', scheme: scheme[1]!.toLowerCase() };
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return { kind: 'external' };
	try {
		const resolved = new URL(url, `http://handbook.invalid${from}`);
		let target = decodeURIComponent(resolved.pathname);
		if (!target.endsWith('/') && !/\.[a-z0-9]+$/i.test(target)) target += '/';
		return { kind: 'internal', path: target, anchor: decodeURIComponent(resolved.hash.slice(1)) };
	} catch {
		return { kind: 'malformed' };
	}
}

/** Whether a link target would run script or open an inline document (see `resolveLink`). */
export const isUnsafeTarget = (url: string) => resolveLink(url, '/').kind === 'script';
