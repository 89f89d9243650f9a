// The redirects the build writes (short links, renamed pages' old addresses): a static page for every host, and
// `_redirects` for hosts that read it (Netlify, Cloudflare Pages), which then answer with an HTTP redirect.
import { withBase } from '../model/routes.ts';

/** The language of every page the handbook writes (Starlight's root locale says the same). */
export const siteLang = 'en-CA';

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Search results show about 60 characters of a title: a redirect's names its target when that fits. */
const redirectTitle = (to: string) =>
	to.length <= 45 ? `Redirecting to ${to}` : 'Redirecting to a page of the handbook';

/**
 * A redirect page (a short link, a renamed page's old address) as valid HTML: Astro's own leaves out
 * `<html lang>` and the favicon (so browsers ask for a `/favicon.ico` that does not exist), and
 * writes the refresh without the space the Nu checker expects.
 */
export function redirectPage(from: string, to: string, base: string, site: string | undefined): string {
	const target = escapeHtml(to);
	const canonical = site ? `<link rel="canonical" href="${escapeHtml(new URL(to, site).href)}">` : '';
	return (
		`<!doctype html><html lang="${siteLang}"><head><meta charset="utf-8">` +
		`<title>${escapeHtml(redirectTitle(to))}</title>` +
		`<meta http-equiv="refresh" content="0; url=${target}"><meta name="robots" content="noindex">${canonical}` +
		`<link rel="icon" href="${escapeHtml(withBase(base, '/favicon.svg'))}" type="image/svg+xml"></head>` +
		`<body><p><a href="${target}">Redirecting from <code>${escapeHtml(withBase(base, from))}</code> to <code>${target}</code></a></p></body></html>\n`
	);
}

/** Hosts that read `_redirects` (Cloudflare Pages) take at most this many static rules. */
export const maxRedirectRules = 2000;

/**
 * `_redirects`: one line per redirect, `from to status`, `from` with the base path (`to` already has it).
 * A short link answers 302: it names a page, which may move (a browser keeps a 301 for good). A renamed page's
 * old address answers 301: it has moved for good. Cloudflare Pages follows these even though the static
 * redirect page exists at the same address; Netlify serves the static page (a refresh to the same target).
 */
export function redirectsFile(redirects: Record<string, string>, base: string): string {
	const lines = Object.entries(redirects).map(
		([from, to]) => `${withBase(base, from)} ${to} ${from.startsWith('/go/') ? 302 : 301}`,
	);
	return `${lines.join('\n')}\n`;
}
