// What the build writes for search engines, link previews and validators besides the pages' text:
// the sitemap, robots.txt, Open Graph and Twitter tags, one language tag, titles that fit a search
// result, valid short-link pages; and, in a browser, the embed views' "In brief", QR codes of a
// preview build, and a search page that downloads no search engine before a search.
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { beforeAll, describe, expect, test } from 'vitest';
import os from 'node:os';
import { embedPages, outputWriter, writeEmbedViews } from '../../src/build/post-build.ts';
import { readUiStrings, uiStringsFolder } from '../../src/starlight-plugin.ts';
import { publicUrl } from '../../src/config.ts';
import { pageSummaries } from '../../src/site/page-graph.ts';
import { redirectsFor, shortLinks } from '../../src/model/short-links.ts';
import { shortPath } from '../../src/model/routes.ts';
import { readHandbook } from '../../src/handbook/handbook.ts';
import { contentDir } from '../../src/model/project.ts';
import { openPage } from '../helpers/browser.ts';
import { baseBuild, rootBuild, type Build } from '../helpers/builds.ts';
import { handbookContent, servedSite } from '../helpers/site.ts';

const site = servedSite();

/** Every HTML file of a build, by its path in the build. */
function htmlFiles(dir: string): { file: string; html: string }[] {
	return fs
		.readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => path.join(e.parentPath, e.name))
		.map((file) => ({ file: path.relative(dir, file), html: fs.readFileSync(file, 'utf8') }));
}

const noindex = (html: string) => /<meta name="robots" content="[^"]*noindex/.test(html);
const metaContent = (html: string, key: string) =>
	new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
/** A title as a search engine reads it: entities decoded. */
const decode = (text: string) =>
	text
		.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
		.replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

describe.each([() => rootBuild, baseBuild])('the output of the handbook built %#', (getBuild) => {
	let build: Build;
	let files: { file: string; html: string }[];
	beforeAll(() => {
		build = getBuild();
		files = htmlFiles(build.dir);
	});

	test('every page, short-link pages and embed views included, says lang="en-CA"', () => {
		expect(files.length).toBeGreaterThan(200);
		const wrong = files
			.map(({ file, html }) => [file, /<html\b[^>]*\blang="([^"]*)"/.exec(html)?.[1]] as const)
			.filter(([, lang]) => lang !== 'en-CA');
		expect(wrong).toEqual([]);
	});

	test('"On this page" reaches every section of every page, those the handbook adds after the content included', () => {
		const listed = (html: string) => [
			...(/<starlight-toc[\s\S]*?<\/starlight-toc>/.exec(html)?.[0] ?? '').matchAll(/href="#([^"]+)"/g),
		];
		const withToc = files.filter(({ html }) => listed(html).length);
		expect(withToc.length).toBeGreaterThan(50);
		const problems: string[] = [];
		for (const { file, html } of withToc) {
			const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
			const ids = new Set([...html.matchAll(/\bid="([^"]+)"/g)].map(([, id]) => id));
			const toc = new Set(listed(html).map(([, id]) => id!));
			for (const id of toc)
				if (id !== '_top' && !ids.has(id)) problems.push(`${file}: #${id} is listed but not on the page`);
			// Every section heading is listed, but "In brief" (the top of the page) and the closed "Use in training".
			for (const [, id] of main.matchAll(/<h[23]\b[^>]*\bid="([^"]+)"/g))
				if (!toc.has(id!) && id !== 'in-brief' && !id!.startsWith('training-'))
					problems.push(`${file}: the section #${id} is not listed`);
		}
		expect(problems).toEqual([]);
		// The sections made from data, each reached from where a reader looks for it.
		const tocOf = (page: string) =>
			listed(files.find(({ file }) => file === path.join(page, 'index.html'))!.html).map(([, id]) => id);
		expect(tocOf('sources/iocn-case-study')).toEqual(
			expect.arrayContaining(['source-parts', 'sec-i', 'sec-i-1', 'references', 'cite-this-page']),
		);
		expect(tocOf('leads/develop-coalitions/mobilize-knowledge').slice(-3)).toEqual([
			'backlinks',
			'references',
			'cite-this-page',
		]);
		expect(tocOf('cases/alberta-pcns').slice(-3)).toEqual(['related-pages', 'references', 'cite-this-page']);
	});

	test('every address on every page names a file the build wrote, as written: under the base path, a page with its slash', () => {
		// What a link, image, script or style sheet asks for, without a redirect from the host (`/cases/iocn` would
		// need one) and without a file the build left out (a page Starlight drops, a missing image).
		const broken = new Set<string>();
		for (const { file, html } of files)
			for (const [, address = ''] of html.matchAll(/\s(?:href|src)="(\/(?!\/)[^"]*)"/g)) {
				const pathname = decode(address).replace(/[?#].*$/s, '');
				const local = pathname.startsWith(build.base)
					? decodeURIComponent(pathname.slice(build.base.length))
					: undefined;
				const target =
					local === undefined
						? undefined
						: path.join(build.dir, local.endsWith('/') || !local ? `${local}index.html` : local);
				if (!target || !fs.existsSync(target) || !fs.statSync(target).isFile()) broken.add(`${file}: ${address}`);
			}
		expect([...broken]).toEqual([]);
	});

	test('every <title> fits a search result (60 characters at most)', () => {
		const long = files
			.map(({ file, html }) => [file, decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')] as const)
			.filter(([, title]) => !title || title.length > 60);
		expect(long).toEqual([]);
	});

	test('short-link pages: a valid refresh ("0; url=…"), noindex, and a favicon that exists', () => {
		const goFiles = files.filter(({ file }) => file.startsWith(`go${path.sep}`));
		expect(goFiles.length).toBeGreaterThan(40);
		for (const { file, html } of goFiles) {
			expect(html, file).toMatch(/<meta http-equiv="refresh" content="0; url=\/[^"]+">/);
			expect(noindex(html), file).toBe(true);
			const icon = /<link rel="icon" href="([^"]+)"/.exec(html)?.[1];
			expect(icon, file).toMatch(new RegExp(`^${build.base}`));
			expect(fs.existsSync(path.join(build.dir, icon!.slice(build.base.length))), icon).toBe(true);
		}
	});

	test('every short link and old address has its redirect page and its `_redirects` line, to the same target', () => {
		const redirects = redirectsFor(handbookContent(), build.base);
		expect(Object.keys(redirects).length).toBeGreaterThan(40);
		const lines = new Set(fs.readFileSync(path.join(build.dir, '_redirects'), 'utf8').trim().split('\n'));
		for (const [from, to] of Object.entries(redirects)) {
			const html = fs.readFileSync(path.join(build.dir, from, 'index.html'), 'utf8');
			expect(html, from).toContain(`<meta http-equiv="refresh" content="0; url=${to.replace(/&/g, '&amp;')}">`);
			expect(lines, from).toContain(`${build.base}${from.slice(1)} ${to} ${from.startsWith('/go/') ? 302 : 301}`);
		}
		expect(lines.size).toBe(Object.keys(redirects).length);
	});

	test("every QR image decodes to its short link's address (a site path in a preview build)", () => {
		const ids = new Set(shortLinks(handbookContent()).map((link) => link.id));
		expect(fs.readdirSync(path.join(build.dir, 'qr')).sort()).toEqual([...ids].map((id) => `${id}.svg`).sort());
		for (const id of ids) {
			const svg = fs.readFileSync(path.join(build.dir, 'qr', `${id}.svg`), 'utf8');
			const image = new Resvg(svg, { fitTo: { mode: 'width', value: 200 }, background: 'white' }).render();
			const text = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
			expect(text, id).toBe(publicUrl(shortPath(id), { site: build.site ?? null, base: build.base }));
		}
	});

	test('every embed view is made again byte for byte from its reader page and the shell; a shell the pass would not write stops it', async () => {
		const handbook = readHandbook(contentDir());
		const config = { site: build.site ?? null, base: build.base };
		const pages = embedPages(handbook, readUiStrings(uiStringsFolder), config);
		expect(pages.length).toBeGreaterThan(30);
		expect(fs.readdirSync(path.join(build.dir, 'embed')).length).toBe(pages.length);
		// A copy of the build with only the view Astro renders (the first); the pass makes the others.
		const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-embed-'));
		try {
			fs.cpSync(build.dir, copy, { recursive: true });
			for (const { embed } of pages.slice(1)) fs.rmSync(path.join(copy, embed), { recursive: true });
			const out = outputWriter(copy);
			expect(await writeEmbedViews(copy, out, handbook, readUiStrings(uiStringsFolder), config)).toBe(pages.length);
			await out.done();
			for (const { embed } of pages) {
				const made = fs.readFileSync(path.join(copy, embed, 'index.html'), 'utf8');
				expect(made === fs.readFileSync(path.join(build.dir, embed, 'index.html'), 'utf8'), embed).toBe(true);
			}
			const shell = path.join(copy, pages[0]!.embed, 'index.html');
			fs.writeFileSync(shell, fs.readFileSync(shell, 'utf8').replace('(opens in a new tab)', '(opens elsewhere)'));
			await expect(
				writeEmbedViews(copy, outputWriter(copy), handbook, readUiStrings(uiStringsFolder), config),
			).rejects.toThrow(/differs from the one Astro rendered/);
		} finally {
			fs.rmSync(copy, { recursive: true, force: true });
		}
	});

	test('robots.txt lets crawlers in, and names the sitemap when the site has an address', () => {
		const robots = fs.readFileSync(path.join(build.dir, 'robots.txt'), 'utf8');
		expect(robots).toMatch(/^User-agent: \*\nAllow: \//);
		if (build.site) expect(robots).toContain(`Sitemap: ${build.site}${build.base}sitemap-index.xml`);
		else expect(robots).not.toContain('Sitemap:');
	});

	test('the 404 page names no canonical address (it has none) and is not indexed', () => {
		const html = fs.readFileSync(path.join(build.dir, '404.html'), 'utf8');
		expect(html).not.toContain('rel="canonical"');
		expect(html).not.toContain('og:url');
		expect(noindex(html)).toBe(true);
	});
});

describe('the published build (with an origin)', () => {
	let build: Build;
	let files: { file: string; html: string }[];
	beforeAll(() => {
		build = baseBuild();
		files = htmlFiles(build.dir);
	});
	const pageFile = (loc: string) => {
		const pathname = new URL(loc).pathname.slice(build.base.length);
		return path.join(build.dir, pathname, 'index.html');
	};
	const sitemapLocs = () => {
		const index = fs.readFileSync(path.join(build.dir, 'sitemap-index.xml'), 'utf8');
		const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
		expect(maps.length).toBeGreaterThan(0);
		return maps.flatMap((map) => {
			const xml = fs.readFileSync(path.join(build.dir, new URL(map).pathname.slice(build.base.length)), 'utf8');
			return [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)].map((m) => ({
				loc: m[1]!,
				lastmod: m[2],
			}));
		});
	};

	test('the sitemap lists every indexable page and no page that says noindex (embed views, short links, 404)', () => {
		const urls = sitemapLocs();
		const listed = new Set(urls.map((u) => u.loc));
		for (const { loc } of urls) {
			expect(fs.existsSync(pageFile(loc)), loc).toBe(true);
			expect(noindex(fs.readFileSync(pageFile(loc), 'utf8')), loc).toBe(false);
		}
		expect([...listed].filter((loc) => /\/(embed|go)\//.test(loc))).toEqual([]);
		// Every page that may be indexed is listed: the content pages, the search page and the reading list.
		const indexable = files
			.filter(({ file, html }) => file.endsWith('index.html') && !noindex(html))
			.map(({ file }) => `${build.site}${build.base}${path.dirname(file) === '.' ? '' : `${path.dirname(file)}/`}`);
		expect(indexable.filter((loc) => !listed.has(loc))).toEqual([]);
		for (const extra of ['search/', 'reading-list/']) expect(listed).toContain(`${build.site}${build.base}${extra}`);
	});

	test("each content page's lastmod in the sitemap is its review date", () => {
		const lastmod = new Map(sitemapLocs().map((u) => [u.loc, u.lastmod]));
		const reviewed = [...pageSummaries(readHandbook(contentDir())).values()].filter((p) => p.reviewed);
		expect(reviewed.length).toBeGreaterThan(10);
		for (const page of reviewed)
			expect(lastmod.get(`${build.site}${build.base}${page.url.slice(1)}`), page.url).toBe(page.reviewed);
	});

	test('every indexable page has the full Open Graph and Twitter set, with the image and its alt text', () => {
		const indexable = files.filter(({ file, html }) => file.endsWith('index.html') && !noindex(html));
		expect(indexable.map((f) => f.file)).toEqual(
			expect.arrayContaining([path.join('search', 'index.html'), path.join('reading-list', 'index.html')]),
		);
		const required = [
			'og:title',
			'og:type',
			'og:url',
			'og:description',
			'og:site_name',
			'og:locale',
			'og:image',
			'og:image:alt',
			'og:image:width',
			'og:image:height',
			'twitter:card',
			'twitter:title',
			'twitter:image',
			'twitter:image:alt',
		];
		const missing: string[] = [];
		for (const { file, html } of indexable) {
			for (const key of required) if (!metaContent(html, key)) missing.push(`${file}: ${key}`);
			const image = metaContent(html, 'og:image');
			if (image && !fs.existsSync(path.join(build.dir, new URL(image).pathname.slice(build.base.length))))
				missing.push(`${file}: the og:image file ${image}`);
			if (metaContent(html, 'og:locale') !== 'en_CA') missing.push(`${file}: og:locale en_CA`);
		}
		expect(missing).toEqual([]);
	});
});

describe('in a browser (the preview build)', () => {
	test('an embed view shows "In brief", as its full page does', async () => {
		const { page } = await openPage(await site.browser.newContext());
		await page.goto(new URL('embed/managing-conflict/', site.server.url).href);
		const box = page.locator('.in-brief');
		await expect(box.locator('h2').textContent()).resolves.toBe('In brief');
		expect(await box.locator('li').count()).toBeGreaterThanOrEqual(3);
		expect(await box.isVisible()).toBe(true);
		const points = handbookContent().pages.find((p) => p.url === '/practices/managing-conflict/')!.frontmatter
			?.inBrief as string[];
		// Each point as written, up to its citation (shown there as author and year).
		const shown = await box.locator('li').allTextContents();
		expect(shown.length).toBe(points.length);
		points.forEach((point, i) => expect(shown[i]!.startsWith(point.split(' [@')[0]!), shown[i]).toBe(true));
		await page.context().close();
	});

	test('a QR code decodes to a full address on the origin the page came from, not a site path', async () => {
		const { page } = await openPage(await site.browser.newContext());
		await page.goto(new URL('practices/managing-conflict/', site.server.url).href);
		const expected = new URL('/go/managing-conflict/', site.server.origin).href;
		for (const selector of ['.use-in-training .qr-code', '.print-header']) {
			// Drawn again in the browser, which then marks the element with the full address.
			await page.locator(`${selector}[data-qr^="http"]`).waitFor({ state: 'attached' });
			const svg = await page.locator(`${selector} svg`).evaluate((el) => el.outerHTML);
			const image = new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, background: 'white' }).render();
			expect(jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data, selector).toBe(expected);
		}
		await page.context().close();
	});

	test('the search page downloads no part of the search engine before the reader searches', async () => {
		const record = await openPage(await site.browser.newContext());
		const { page, requests } = record;
		await page.goto(new URL('search/', site.server.url).href, { waitUntil: 'networkidle' });
		await page.locator('#handbook-search input[type="search"]').waitFor();
		// The filters are offered before the search, without counts.
		expect(await page.locator('.pagefind-ui__filter-checkbox').count()).toBeGreaterThan(5);
		const engine = (url: string) => /\/pagefind\/|search-data\.json/.test(url);
		expect(requests.filter(engine)).toEqual([]);
		await page.locator('#handbook-search input[type="search"]').fill('conflict');
		await page.locator('.pagefind-ui__result-link').first().waitFor();
		expect(requests.filter(engine).length).toBeGreaterThan(0);
		expect(record.consoleErrors).toEqual([]);
		await page.context().close();
	});
});
