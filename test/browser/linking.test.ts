import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { backlinkGroups, backlinkLimit } from '../../src/site/page-graph.ts';
import { readerPageTypes } from '../../src/model/page-types.ts';
import { isReaderPage } from '../../src/model/short-links.ts';
import { catalogSchema, type Catalog } from '../../src/schemas/catalog.ts';
import { launchBrowser, offOrigin, openPage } from '../helpers/browser.ts';
import { baseBuild, rootBuild, type Build } from '../helpers/builds.ts';
import { handbookContent, requireBuild } from '../helpers/site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
	({ browser, close: closeBrowser } = await launchBrowser());
});
afterAll(async () => closeBrowser?.());

const builds: (() => Build)[] = [() => rootBuild, baseBuild];

describe.each(builds)('the handbook built %#', (getBuild) => {
	let build: Build;
	let server: StaticServer;
	let context: BrowserContext;
	const url = (pathname: string) => new URL(pathname.replace(/^\//, ''), server.url).href;

	beforeAll(async () => {
		build = getBuild();
		requireBuild(build.dir);
		server = await serveStatic(build.dir, build.base);
		context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
	});
	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	test('a capability page lists exactly the pages tagged with it, as links that work', async () => {
		const id = 'mobilize-knowledge';
		const tagged = handbookContent().pages.filter((p) => {
			const fm = p.frontmatter ?? {};
			// The framework's own pages (capability and domain pages) describe capabilities; they do not serve them.
			const framework = fm.type === 'capability' || fm.type === 'domain';
			return !framework && Array.isArray(fm.capabilities) && (fm.capabilities as string[]).includes(id);
		});
		expect(tagged.length).toBeGreaterThanOrEqual(3);
		// Each group lists its first pages by title, up to the limit, and links to the search page for the rest.
		const expected = backlinkGroups
			.flatMap((group) =>
				tagged
					.filter((p) => (group.types as readonly string[]).includes(String(p.frontmatter?.type)))
					.sort((a, b) => String(a.frontmatter?.title).localeCompare(String(b.frontmatter?.title)))
					.slice(0, backlinkLimit),
			)
			.map((p) => p.url)
			.sort();
		const { page, requests } = await openPage(context);
		await page.goto(url('/leads/develop-coalitions/mobilize-knowledge/'));
		const links = await page
			.locator('.backlinks a')
			.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		const pages = links
			.filter((l) => !l.includes('#') && !l.endsWith('/search/'))
			.map((l) => `/${l.slice(build.base.length)}`);
		expect([...new Set(pages)].sort()).toEqual(expected);
		for (const link of links)
			expect(fs.existsSync(path.join(build.dir, link.slice(build.base.length), 'index.html')), link).toBe(true);
		expect(offOrigin(requests, server.origin)).toEqual([]);
	});

	test("a trainer whose slides link to a renamed page's old address sees on the linking page where it went, and the old address still leads there", async () => {
		const { page } = await openPage(context);
		await page.goto(url('/linking/'));
		const rows = page.locator('table.moved-pages tbody tr');
		// content/redirects.yaml, written out: each old address with the title of the page it now leads to.
		expect(await rows.locator('td:first-child').allTextContents()).toEqual([
			'/practices/shared-decision-making/',
			'/practices/shared-purpose/',
		]);
		// On a phone, an old address wraps after a slash rather than inside a word.
		expect(await rows.locator('td:first-child code').first().innerHTML()).toBe(
			'/<wbr>practices/<wbr>shared-decision-making/',
		);
		expect(await rows.locator('td a').allTextContents()).toEqual([
			'Developing shared decision-making processes',
			'Developing a shared purpose and shared group identity',
		]);
		await rows.locator('td a').nth(1).click();
		await page.waitForURL(/\/practices\/shared-purpose-and-identity\/$/);
		const newAddress = page.url();
		await page.goto(url('/practices/shared-purpose/'));
		await page.waitForURL(newAddress);
	});

	test("the authoring guide's search vocabulary page lists every entry with what search also looks for, by the handbook's names", async () => {
		const { page } = await openPage(context);
		await page.goto(url('/authoring/search-vocabulary/'));
		const rows = page.locator('table.search-vocabulary tbody tr');
		// One row per entry of content/search/vocabulary.yaml.
		const entries = fs.readFileSync(path.resolve('content/search/vocabulary.yaml'), 'utf8').match(/^- words:/gm);
		expect(await rows.count()).toBe(entries!.length);
		// Entries written out from the file: a practice by its title, a capability and a glossary term by their names.
		const row = (word: string) => rows.filter({ has: page.locator('td:first-child', { hasText: word }) });
		const targets = (word: string) => row(word).locator('td li').allTextContents();
		expect(await targets('psychological safety')).toEqual([
			'practice: Creating a safe, inclusive and trusting environment',
		]);
		expect(await targets('leading change')).toEqual(['capability: Champion and orchestrate change']);
		expect(await targets('integrated services')).toEqual(['glossary term: Integrated care system (ICS)']);
		expect(await targets('silo')).toEqual(['term: partnership', 'term: collaboration']);
	});

	test("the authoring guide's check errors show each example and fix as written, without a run of spaces before it", async () => {
		const { page } = await openPage(context);
		await page.goto(url('/authoring/check-errors/'));
		const rule = page.locator('section.check-rule', { has: page.locator('h2#unknown-citation') });
		// The example as src/check/rules/unknown-citation.ts writes it: nothing before the citation.
		expect(await rule.locator('pre').first().innerText()).toBe('[@kanter-1994]');
		const shown = await page.locator('section.check-rule pre').allInnerTexts();
		expect(shown.length).toBeGreaterThan(40);
		for (const text of shown) expect(text, text).toBe(text.trim());
		// Summaries show code as code, not the backticks the rules write it with.
		expect(await rule.locator('p').first().innerText()).toBe(
			'Every citation key must be in content/bibliography/references.json.',
		);
		expect(await rule.locator('p code').allInnerTexts()).toEqual(['content/bibliography/references.json']);
		const summaries = await page.locator('section.check-rule > p:first-of-type').allInnerTexts();
		expect(summaries.filter((summary) => summary.includes('`'))).toEqual([]);
		// "On this page" lists the page's own headings, then every rule, in the page's order, each reaching its section,
		// then how to cite the page (added after every page's content).
		const toc = page.locator('starlight-toc nav a:not([href="#_top"])');
		const sections = await page.locator('section.check-rule h2').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
		const listed = await toc.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(listed.slice(0, 1)).toEqual(['#read-a-report']);
		expect(listed.slice(1, -1)).toEqual(sections);
		expect(listed.slice(-1)).toEqual(['#cite-this-page']);
		expect(listed).toContain('#unknown-citation');
		expect(listed).toContain('#untraced-statement');
	});

	test('the catalog lists every reader page, question, term and reference, and every address and short link in it resolves', async () => {
		const json = (await (await fetch(url('/catalog.json'))).json()) as Catalog;
		const catalog = catalogSchema.parse(json);
		const csv = await (await fetch(url('/catalog.csv'))).text();
		expect(csv.trim().split('\r\n').length).toBe(catalog.entries.length + 1);
		const types = new Set(catalog.entries.map((e) => e.type));
		expect([...types].sort()).toEqual([...readerPageTypes, 'glossary-term', 'reference', 'reflection-question'].sort());
		expect(catalog.entries.filter((e) => e.type === 'capability')).toHaveLength(20);
		// Every reader page is listed, with its review date; a preview build writes site paths, a published one absolute addresses.
		const content = handbookContent();
		const readerUrls = content.pages.filter(isReaderPage).map((p) => `${build.base.slice(0, -1)}${p.url}`);
		const listed = catalog.entries.filter((e) => (readerPageTypes as readonly string[]).includes(e.type));
		expect(listed.map((e) => new URL(e.url, server.origin).pathname).sort()).toEqual(readerUrls.sort());
		for (const entry of listed) expect(entry.reviewed, entry.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(catalog.entries.filter((e) => e.type === 'reflection-question')).toHaveLength(content.reflection.length);
		for (const entry of catalog.entries) {
			if (build.site) expect(entry.url.startsWith(`${build.site}${build.base}`), entry.url).toBe(true);
			else expect(entry.url.startsWith(build.base), entry.url).toBe(true);
			const target = new URL(entry.url, server.origin);
			expect(target.pathname.startsWith(build.base), entry.url).toBe(true);
			const html = await (await fetch(url(target.pathname.slice(build.base.length - 1)))).text();
			if (target.hash) expect(html, entry.url).toContain(`id="${decodeURIComponent(target.hash.slice(1))}"`);
			if (entry.type !== 'reference') expect(entry.shortLink, entry.id).not.toBeNull();
			if (entry.shortLink) {
				const redirect = await fetch(
					url(new URL(entry.shortLink, server.origin).pathname.slice(build.base.length - 1)),
				);
				expect(redirect.status, entry.shortLink).toBe(200);
				const refresh = /http-equiv="refresh" content="0; url=([^"]+)"/.exec(await redirect.text())?.[1];
				expect(refresh, entry.shortLink).toBe(`${target.pathname}${target.hash}`);
			}
		}
	});

	test('every page has a social card: a 1200 × 630 PNG under the base path, announced only with a published origin', () => {
		for (const page of handbookContent().pages) {
			const html = fs.readFileSync(path.join(build.dir, page.url, 'index.html'), 'utf8');
			const card = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
			// A link preview needs an absolute image address, which a preview build does not have.
			if (!build.site) {
				expect(card, page.url).toBeUndefined();
				continue;
			}
			expect(card, page.url).toBeDefined();
			expect(card!.startsWith(`${build.site}${build.base}cards/`), card).toBe(true);
			const cardPath = new URL(card!).pathname;
			const png = fs.readFileSync(path.join(build.dir, cardPath.slice(build.base.length)));
			expect(png.subarray(1, 4).toString()).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		}
		expect(fs.readdirSync(path.join(build.dir, 'cards')).length).toBeGreaterThan(10);
	});

	test('a short link and an old address land on the right page in a browser', async () => {
		const { page } = await openPage(context);
		await page.goto(url('/go/mobilize-knowledge/'));
		await page.waitForURL(/\/leads\/develop-coalitions\/mobilize-knowledge\/$/);
		await expect(page.locator('h1').first().textContent()).resolves.toBe('Mobilize knowledge');
		await page.goto(url('/practices/shared-purpose/'));
		await page.waitForURL(/\/practices\/shared-purpose-and-identity\/$/);
	});

	test('the copy-link control puts the full URL of the section on the clipboard', async () => {
		const { page } = await openPage(context);
		await page.goto(url('/coalitions/trust/'));
		// The first section heading (Use in training's heading, in its summary, is not a section).
		const heading = page.locator('.sl-markdown-content h2[id]').first();
		const id = await heading.getAttribute('id');
		await page.locator('.sl-markdown-content .copy-link').first().click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(url(`/coalitions/trust/#${id}`));
	});

	test('internal links, citations and assets carry the base path', async () => {
		const { page, requests } = await openPage(context);
		await page.goto(url('/cases/iocn/'), { waitUntil: 'networkidle' });
		const hrefs = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(hrefs.length).toBeGreaterThan(10);
		for (const href of hrefs) expect(href.startsWith(build.base), href).toBe(true);
		for (const request of requests) expect(new URL(request).pathname.startsWith(build.base), request).toBe(true);
	});

	test('the worksheet keeps answers across a reload, filters, downloads, clears, and sends nothing', async () => {
		const { page, requests } = await openPage(context);
		await page.goto(url('/reflection/worksheet/?capability=mobilize-knowledge'), { waitUntil: 'networkidle' });
		const loaded = requests.length;
		const visible = page.locator('[data-question]:not([hidden])');
		const all = await page.locator('[data-question]').count();
		const shown = await visible.count();
		expect(shown).toBeGreaterThan(0);
		expect(shown).toBeLessThan(all);
		const box = visible.first().locator('textarea');
		await box.fill('Our regional data group meets monthly.');
		await page.reload({ waitUntil: 'networkidle' });
		await expect(page.locator('[data-question]:not([hidden]) textarea').first().inputValue()).resolves.toBe(
			'Our regional data group meets monthly.',
		);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download (Markdown)' }).click(),
		]);
		const file = await download.path();
		expect(fs.readFileSync(file, 'utf8')).toContain('Our regional data group meets monthly.');

		page.once('dialog', (dialog) => dialog.accept());
		await page.getByRole('button', { name: 'Clear my answers' }).click();
		await expect(page.locator('[data-question] textarea').first().inputValue()).resolves.toBe('');
		expect(await page.evaluate(() => localStorage.getItem('coalitions-handbook:worksheet:v1'))).toBeNull();
		// After the page and its assets loaded: the reload fetches the page again, and nothing else goes out.
		const later = requests.slice(loaded).filter((r) => !r.startsWith('blob:'));
		for (const request of later) expect(new URL(request).origin).toBe(server.origin);
		expect(offOrigin(requests, server.origin)).toEqual([]);
	});

	test('printing hides the navigation and lists link addresses as numbered endnotes', async () => {
		const { page } = await openPage(context);
		await page.goto(url('/coalitions/trust/'), { waitUntil: 'networkidle' });
		await page.emulateMedia({ media: 'print' });
		for (const selector of [
			'header',
			'nav.sidebar',
			'.right-sidebar-container',
			'.pagination-links',
			'.copy-link',
			'.use-in-training',
			'.cite-downloads',
		]) {
			const shown = await page
				.locator(selector)
				.first()
				.evaluate((el) => getComputedStyle(el).display !== 'none')
				.catch(() => false);
			expect(shown, `${selector} should be hidden in print`).toBe(false);
		}
		const link = page.locator('.sl-markdown-content a[data-endnote]').first();
		const n = await link.getAttribute('data-endnote');
		const href = await link.getAttribute('href');
		expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`"\u00a0[${n}]"`);
		// The endnote gives the full canonical address (the published origin and base path), or the site path in a preview build.
		const note = await page.locator(`.print-endnotes li[value="${n}"]`).textContent();
		expect(note).toBe(build.site ? new URL(href!, build.site).href : href);
		await expect(page.locator('.print-endnotes').isVisible()).resolves.toBe(true);
		await expect(page.locator('.print-header').isVisible()).resolves.toBe(true);
		await expect(page.locator('.page-references').isVisible()).resolves.toBe(true);
		fs.mkdirSync('test-results', { recursive: true });
		await page.screenshot({ path: `test-results/print-${build.base === '/' ? 'root' : 'base'}.png`, fullPage: true });
	});
});

test('the worksheet is readable with JavaScript off', async () => {
	const server = await serveStatic(rootBuild.dir);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(new URL('reflection/worksheet/', server.url).href);
	expect(await page.locator('[data-question]').count()).toBe(handbookContent().reflection.length);
	expect(await page.locator('[data-question] q').first().textContent()).toBe(handbookContent().reflection[0]!.text);
	await context.close();
	await server.close();
});
