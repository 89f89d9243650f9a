import fs from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Handbook } from '../handbook/handbook.ts';
import { pageSummaries } from '../site/page-graph.ts';
import { withBase } from '../model/routes.ts';

export { redirectPage } from '../site/redirects.ts';

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Whether a built page asks not to be indexed (`head`: the page up to the end of its `<head>`). */
const isNoindex = (head: string) => /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(head);

/**
 * A built page up to the end of its `<head>`, where a robots meta tag must be (crawlers ignore one in the body),
 * read a chunk at a time: the sitemap needs no page's body. On the 2,000-page benchmark's output, reading every page
 * whole cost about 1.5 s of CPU, and reading their heads about 0.4 s (issue #25).
 */
export function readHead(file: string, chunkSize = 16_384): string {
	const fd = fs.openSync(file, 'r');
	try {
		const decoder = new StringDecoder('utf8');
		const chunk = Buffer.alloc(chunkSize);
		let text = '';
		for (let position = 0; ;) {
			const read = fs.readSync(fd, chunk, 0, chunkSize, position);
			if (read === 0) return text + decoder.end();
			position += read;
			text += decoder.write(chunk.subarray(0, read));
			const end = text.indexOf('</head>');
			if (end >= 0) return text.slice(0, end);
		}
	} finally {
		fs.closeSync(fd);
	}
}

/** The site paths of the built HTML pages that may be indexed (no `noindex`, not the 404 page), sorted. */
export function indexablePaths(outDir: string, base: string): string[] {
	const paths: string[] = [];
	for (const entry of fs.readdirSync(outDir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || entry.name !== 'index.html') continue;
		const file = path.join(entry.parentPath, entry.name);
		if (isNoindex(readHead(file))) continue;
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
 * pages only, each with its review date as `lastmod`) and `robots.txt`. It runs before the post-build pass
 * (post-build.ts) writes the redirect pages and embed views, which say `noindex`, so it never reads them.
 *
 * It is named as the sitemap integration on purpose: Starlight adds `@astrojs/sitemap` only when no
 * integration of that name is present, and that one lists every page, `noindex` ones included (the
 * embed views), with no `lastmod`. The file names stay the same (`sitemap-index.xml`,
 * which Starlight's `<link rel="sitemap">` names, and `sitemap-0.xml`).
 */
export function siteOutput({ handbook }: { handbook: () => Handbook }): AstroIntegration {
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
