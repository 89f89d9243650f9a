import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, offOrigin, openPage, type PageRecord } from '../helpers/browser.ts';
import { distDir, handbookContent, mainText, requireBuild } from '../helpers/site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let server: StaticServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let context: BrowserContext;
const visited: PageRecord[] = [];

beforeAll(async () => {
	requireBuild();
	server = await serveStatic(distDir);
	({ browser, close: closeBrowser } = await launchBrowser());
	context = await browser.newContext();
});

afterAll(async () => {
	await context?.close();
	await closeBrowser?.();
	await server?.close();
});

async function visit(pathname: string): Promise<PageRecord> {
	const record = await openPage(context);
	visited.push(record);
	const response = await record.page.goto(new URL(pathname.replace(/^\//, ''), server.url).href, {
		waitUntil: 'networkidle',
	});
	expect(response?.status(), `${pathname} should load`).toBe(200);
	return record;
}

describe('every content page is built', () => {
	test('each MDX page has its HTML page, with its title as the h1', () => {
		const { pages } = handbookContent();
		expect(pages.length).toBeGreaterThan(10);
		for (const page of pages) {
			const file = path.join(distDir, page.url, 'index.html');
			expect(fs.existsSync(file), `${page.file} should be built at ${page.url}`).toBe(true);
			if (page.frontmatter?.template === 'splash') continue;
			// A page with a hero shows the hero's title as its heading.
			const heading = (page.frontmatter?.hero as { title?: string } | undefined)?.title ?? page.frontmatter?.title;
			const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(fs.readFileSync(file, 'utf8'))?.[1];
			expect(
				h1
					?.replace(/&#39;|&#x27;/g, "'")
					.replace(/&amp;/g, '&')
					.replace(/&quot;/g, '"'),
				page.file,
			).toBe(heading);
		}
	});
});

describe('the text as written', () => {
	test('no word runs into the end of an emphasis, link or code span (a line break Astro dropped)', () => {
		const glued: string[] = [];
		for (const file of fs.readdirSync(distDir, { recursive: true }).map(String)) {
			if (!file.endsWith('.html')) continue;
			const html = fs.readFileSync(path.join(distDir, file), 'utf8');
			for (const [match] of html.matchAll(/<\/(?:em|strong|a|code|q|i|b)>[A-Za-z]{2,}/g))
				glued.push(`${file}: ${match}`);
		}
		expect(glued).toEqual([]);
	});
});

describe('reading in a browser', () => {
	test('the home page renders with the handbook title', async () => {
		const { page } = await visit('/');
		// "… | The Coalitions Handbook" would be longer than a search result shows.
		expect(await page.title()).toBe('Collaborative leadership in health care');
		await expect(page.locator('h1').first().textContent()).resolves.toBe('The Coalitions Handbook');
	});

	test('a capability page renders its content, citations and references', async () => {
		const { page } = await visit('/leads/develop-coalitions/mobilize-knowledge/');
		await expect(page.locator('h1').first().textContent()).resolves.toBe('Mobilize knowledge');
		expect(await page.locator('.sl-markdown-content a.citation').count()).toBeGreaterThan(0);
		expect(await page.locator('.page-references li').count()).toBeGreaterThan(0);
	});
});

describe('search', () => {
	test('finds a page by a word that occurs on that page only', async () => {
		// Pick the longest word that appears in exactly one page's main text.
		const counts = new Map<string, Set<string>>();
		for (const page of handbookContent().pages) {
			const html = fs.readFileSync(path.join(distDir, page.url, 'index.html'), 'utf8');
			for (const word of new Set(mainText(html).match(/\b[a-z]{9,}\b/g) ?? [])) {
				counts.set(word, (counts.get(word) ?? new Set()).add(page.url));
			}
		}
		const [word, pages] = [...counts].filter(([, p]) => p.size === 1).sort((a, b) => b[0].length - a[0].length)[0]!;
		const target = [...pages][0]!;

		const { page } = await visit('/');
		await page
			.getByRole('button', { name: /search/i })
			.first()
			.click();
		await page.locator('dialog[open] input[type="search"], dialog[open] input').first().fill(word);
		const results = page.locator('.pagefind-ui__result-link');
		await results.first().waitFor({ timeout: 15_000 });
		const hrefs = await results.evaluateAll((links) =>
			links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
		);
		expect(
			hrefs.map((h) => h.replace(/#.*$/, '')),
			`searching "${word}"`,
		).toContain(target);
	});
});

describe('privacy and health of every visited page', () => {
	test('no console errors', () => {
		expect(visited.length).toBeGreaterThan(2);
		for (const record of visited) expect(record.consoleErrors, record.page.url()).toEqual([]);
	});

	test('no request leaves 127.0.0.1', () => {
		for (const record of visited) expect(offOrigin(record.requests, server.origin), record.page.url()).toEqual([]);
	});
});
