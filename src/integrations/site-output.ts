import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Handbook } from '../handbook/handbook.ts';
import { pageSummaries } from '../site/page-graph.ts';
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

/** Whether a built page asks not to be indexed. */
const isNoindex = (html: string) => /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);

/** The site paths of the built HTML pages that may be indexed (no `noindex`, not the 404 page), sorted. */
export function indexablePaths(outDir: string, base: string): string[] {
	const paths: string[] = [];
	for (const entry of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || entry.name !== 'index.html') continue;
		const file = path.join(entry.parentPath, entry.name);
		if (isNoindex(fs.readFileSync(file, 'utf8'))) continue;
		const relative = path.relative(outDir, entry.parentPath).split(path.sep).join('/');
		paths.push(withBase(base, relative ? `/${relative}/` : '/'));
	}
	return paths.sort();
}

/** A sitemap of `urls`, each with its last-review date where known. */
export function sitemapXml(urls: { loc: string; lastmod?: string }[]): string {
	const entries = urls.map(
		({ loc, lastmod }) => `<url><loc>${escapeHtml(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`,
	);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

/** `robots.txt`: everything may be crawled (pages that should stay out of results say `noindex`), and where the sitemap is. */
export function robotsTxt(sitemapUrl: string | undefined): string {
	return `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ''}`;
}

/**
 * What the build writes for search engines and browsers besides the pages: the sitemap (indexable
 * pages only, each with its review date as `lastmod`), `robots.txt`, and valid redirect pages.
 *
 * It is named as the sitemap integration on purpose: Starlight adds `@astrojs/sitemap` only when no
 * integration of that name is present, and that one lists every page, `noindex` ones included (the
 * embed views, 42 of them), with no `lastmod`. The file names stay the same (`sitemap-index.xml`,
 * which Starlight's `<link rel="sitemap">` names, and `sitemap-0.xml`).
 */
export function siteOutput({
	handbook,
	redirects,
}: {
	handbook: () => Handbook;
	redirects: Record<string, string>;
}): AstroIntegration {
	let site: string | undefined;
	let base = '/';
	return {
		name: '@astrojs/sitemap',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site?.replace(/\/+$/, '');
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = path.resolve(fileURLToPath(dir));
				for (const [from, to] of Object.entries(redirects)) {
					const file = path.join(outDir, from, 'index.html');
					// Only the pages Astro wrote for the redirects, and never outside the output folder.
					if (file.startsWith(outDir + path.sep) && fs.existsSync(file))
						fs.writeFileSync(file, redirectPage(from, to, base, site));
				}
				const sitemapUrl = site && new URL(withBase(base, '/sitemap-index.xml'), site).href;
				fs.writeFileSync(path.join(outDir, 'robots.txt'), robotsTxt(sitemapUrl));
				// A sitemap lists full addresses: a preview build (no published origin) has none.
				if (!site || !sitemapUrl) return;
				const reviewed = new Map(
					[...pageSummaries(handbook()).values()].map((p) => [withBase(base, p.url), p.reviewed]),
				);
				const urls = indexablePaths(outDir, base).map((loc) => ({
					loc: new URL(loc, site).href,
					lastmod: reviewed.get(loc),
				}));
				fs.writeFileSync(path.join(outDir, 'sitemap-0.xml'), sitemapXml(urls));
				const index = new URL(withBase(base, '/sitemap-0.xml'), site).href;
				fs.writeFileSync(
					path.join(outDir, 'sitemap-index.xml'),
					`<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${index}</loc></sitemap></sitemapindex>\n`,
				);
				logger.info(`Sitemap: ${urls.length} indexable pages; robots.txt points to it.`);
			},
		},
	};
}
