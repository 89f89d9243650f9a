// A reader finding their way: the sidebar, Previous/Next and breadcrumbs on every page, every page
// on a 320 px phone, previews on a touch screen, the 404 page, and screenshots of each kind of page.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { distDir, handbookContent, servedSite } from '../helpers/site.ts';

const site = servedSite();

/** The content pages a reader can browse to (a page with `sidebar: { hidden: true }` is reached only by links). */
const contentPages = () =>
	handbookContent().pages.filter((p) => (p.frontmatter?.sidebar as { hidden?: boolean } | undefined)?.hidden !== true);
const readerUrls = () => [...contentPages().map((p) => p.url), '/search/?q=trust', '/404.html'];
const open = (page: Page, url: string) =>
	page.goto(new URL(url.slice(1), site.server.url).href, { waitUntil: 'load' }).then(() => page);

describe('getting around, on every content page', () => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
		page = await context.newPage();
	});
	afterAll(async () => context?.close());

	test.each(contentPages().map((p) => p.url))('%s: sidebar, Previous/Next and breadcrumbs', async (url) => {
		await open(page, url);
		const state = await page.evaluate(() => {
			const sidebar = document.querySelector('#starlight__sidebar')!;
			const current = sidebar.querySelectorAll('a[aria-current="page"]');
			const groups = [...sidebar.querySelectorAll('details')];
			const topGroups = [...sidebar.querySelectorAll(':scope .top-level > li > details')];
			const crumbs = document.querySelector('nav[aria-label="Breadcrumb"]');
			return {
				current: [...current].map((a) => new URL((a as HTMLAnchorElement).href).pathname),
				emptyGroups: groups
					.filter((g) => !g.querySelector('a[href]'))
					.map((g) => g.querySelector('summary')?.textContent),
				openGroups: topGroups.filter((g) => (g as HTMLDetailsElement).open).length,
				currentInOpenGroup: [...current].every((a) => {
					for (let d = a.closest('details'); d; d = d.parentElement!.closest('details'))
						if (!(d as HTMLDetailsElement).open) return false;
					return true;
				}),
				pagination: document.querySelectorAll('.pagination-links a[rel="prev"], .pagination-links a[rel="next"]')
					.length,
				crumbs: crumbs ? [...crumbs.querySelectorAll('li')].map((li) => li.textContent?.trim()) : undefined,
				crumbCurrent: crumbs?.querySelector('li:last-child [aria-current="page"]')?.textContent?.trim(),
				title: document.querySelector('h1')?.textContent?.trim(),
			};
		});
		expect(state.emptyGroups, 'empty sidebar groups').toEqual([]);
		if (url === '/') {
			expect(state.current).toEqual([]);
			expect(state.pagination).toBe(0);
			expect(state.crumbs).toBeUndefined();
			return;
		}
		expect(state.current, 'the sidebar marks this page, once').toEqual([url]);
		expect(state.currentInOpenGroup, 'the group holding the current page is open').toBe(true);
		// "Start here" and "Reference" are never collapsed; of the sections, only the current one is open.
		expect(state.openGroups).toBeLessThanOrEqual(3);
		expect(state.pagination, 'Previous or Next').toBeGreaterThan(0);
		expect(state.crumbs?.[0]).toBe('Home');
		expect(state.crumbCurrent).toBe(state.title);
	});

	test('Previous and Next walk the whole handbook in reading order, across sections', async () => {
		const seen: string[] = [];
		await open(page, '/about/');
		for (let i = 0; i < 200; i++) {
			seen.push(new URL(page.url()).pathname);
			const next = page.locator('.pagination-links a[rel="next"]');
			if (!(await next.count())) break;
			await Promise.all([page.waitForURL((u) => u.pathname !== seen.at(-1)), next.click()]);
		}
		const expected = contentPages()
			.map((p) => p.url)
			.filter((u) => u !== '/');
		expect(new Set(seen)).toEqual(new Set(expected));
		expect(seen).toHaveLength(expected.length);
	});

	test("a section's overview lists every page of the section, with its description and tags", async () => {
		for (const section of ['/practices/', '/coalitions/', '/lessons/', '/cases/', '/sources/', '/authoring/']) {
			await open(page, section);
			const listed = await page.$$eval('.section-pages > li > a', (links) =>
				links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
			);
			const children = contentPages()
				.map((p) => p.url)
				.filter((u) => u.startsWith(section) && u !== section && u.slice(section.length).split('/').length === 2);
			expect(new Set(listed), section).toEqual(new Set(children));
			const described = await page.$$eval('.section-pages > li > p:first-of-type', (ps) =>
				ps.every((p) => (p.textContent ?? '').length > 10),
			);
			expect(described, `${section}: every listed page has its description`).toBe(true);
		}
	});

	test("pages keep Starlight's vertical rhythm: consecutive paragraphs and headings are spaced apart", async () => {
		// Guards the order of Starlight's CSS layers: if a stylesheet declaring `starlight.content` loads before
		// Starlight's own, the reset layer wins and every margin between paragraphs disappears.
		for (const url of ['/practices/power-dynamics/', '/linking/', '/coalitions/trust/']) {
			await open(page, url);
			const margins = await page.$$eval(
				'.sl-markdown-content > p + p, .sl-markdown-content > p + .sl-heading-wrapper',
				(els) => els.map((el) => parseFloat(getComputedStyle(el).marginTop)),
			);
			expect(margins.length, url).toBeGreaterThan(1);
			expect(Math.min(...margins), url).toBeGreaterThan(8);
		}
	});

	test('every content page says when it was last reviewed, a real date not in the future', async () => {
		const inGit = (() => {
			try {
				execFileSync('git', ['rev-parse', '--git-dir'], { stdio: 'ignore' });
				return true;
			} catch {
				return false;
			}
		})();
		const today = new Date().toISOString().slice(0, 10);
		for (const { url } of contentPages().filter((p) => p.url !== '/')) {
			const html = fs.readFileSync(path.join(distDir, url, 'index.html'), 'utf8');
			const date = /class="page-reviewed"[^>]*>Last reviewed <time datetime="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
			if (!inGit) continue; // outside a checkout only pages with `reviewed:` have a date
			expect(date, url).toBeDefined();
			expect(date! <= today, `${url}: ${date}`).toBe(true);
		}
	});
});

describe.each([320, 375])('every page on a %i px screen', (width) => {
	test("no page is wider than the screen, and the header shows the site's whole name and keeps its search and menu buttons on screen", async () => {
		const context = await site.browser.newContext({ viewport: { width, height: 720 }, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		const problems: string[] = [];
		for (const url of readerUrls()) {
			await open(page, url);
			const state = await page.evaluate(() => {
				const onScreen = (selector: string) => {
					const box = document.querySelector(selector)?.getBoundingClientRect();
					return Boolean(box && box.width > 0 && box.left >= 0 && box.right <= innerWidth);
				};
				// The site's name, whole: not cut at the side of its box or of the header, nor below the header.
				const name = document.querySelector<HTMLElement>('.site-title span')!;
				const box = name.getBoundingClientRect();
				const wrapper = document.querySelector('.title-wrapper')!.getBoundingClientRect();
				const header = document.querySelector('header.header')!.getBoundingClientRect();
				return {
					width: document.documentElement.scrollWidth,
					search: onScreen('site-search button[data-open-modal]'),
					menu: onScreen('button.sl-menu-button'),
					name:
						name.scrollWidth <= name.clientWidth &&
						name.scrollHeight <= name.clientHeight + 1 &&
						box.right <= wrapper.right + 1 &&
						box.bottom <= header.bottom,
				};
			});
			if (state.width > width) problems.push(`${url}: ${state.width} px wide`);
			if (!state.name) problems.push(`${url}: the site's name is cut`);
			if (!state.search) problems.push(`${url}: search button off screen`);
			if (!state.menu) problems.push(`${url}: menu button off screen`);
		}
		await context.close();
		expect(problems).toEqual([]);
	});
});

describe('on a phone, by touch', () => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await site.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
		page = await context.newPage();
	});
	afterAll(async () => context?.close());

	test('a reader opens the menu, goes to a practice, then reads on with Next and back up with the breadcrumbs', async () => {
		await open(page, '/');
		await page.locator('button.sl-menu-button').tap();
		const group = page.locator('#starlight__sidebar summary', { hasText: 'Collaborative leadership practices' });
		await group.tap();
		await page.locator('#starlight__sidebar a', { hasText: 'Actively managing power dynamics' }).tap();
		await page.waitForURL(/\/practices\/power-dynamics\/$/);
		await page.locator('.pagination-links a[rel="next"]').tap();
		await page.waitForURL(/\/practices\/managing-conflict\/$/);
		await page.locator('nav[aria-label="Breadcrumb"] a', { hasText: 'Collaborative leadership practices' }).tap();
		await page.waitForURL(/\/practices\/$/);
		expect(await page.locator('.section-pages > li').count()).toBe(6);
	});

	test.each([
		// A citation with a locator leads to that part of the source's page; one without, to the reference.
		['a citation', 'a.citation', 'Full reference', /\/(references\/#ref-|sources\/[a-z-]+\/#sec-)/],
		['a glossary term', 'a.term', 'Full glossary entry', /\/glossary\/#/],
	])(
		'the first tap on %s shows its preview without leaving the page; its link opens the entry',
		async (_n, selector, more, target) => {
			const url = '/cases/iocn/';
			await open(page, url);
			const link = page.locator(`.sl-markdown-content ${selector}`).first();
			await link.scrollIntoViewIfNeeded();
			await link.tap();
			const preview = page.locator(`#${await link.getAttribute('aria-describedby')}`);
			await expect.poll(() => preview.isVisible()).toBe(true);
			expect(new URL(page.url()).pathname).toBe(url);
			const box = await preview.boundingBox();
			expect(box!.x).toBeGreaterThanOrEqual(0);
			expect(box!.x + box!.width).toBeLessThanOrEqual(375);
			await preview.getByRole('link', { name: more }).tap();
			await page.waitForURL(target);
		},
	);

	test('a second tap on the same link follows it', async () => {
		await open(page, '/cases/iocn/');
		const link = page.locator('.sl-markdown-content a.citation').first();
		await link.scrollIntoViewIfNeeded();
		await link.tap();
		await link.tap();
		await page.waitForURL(/\/(references\/#ref-|sources\/[a-z-]+\/#sec-)/);
	});
});

describe('the 404 page', () => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
		page = await context.newPage();
	});
	afterAll(async () => context?.close());

	test('a mistyped short link names the nearest short links, which work', async () => {
		const response = await page.goto(new URL('go/coalitoin/', site.server.url).href);
		expect(response?.status()).toBe(404);
		const suggestions = page.locator('[data-short-link-suggestions] a');
		await expect.poll(() => suggestions.count()).toBeGreaterThan(0);
		expect(await suggestions.first().textContent()).toBe('/go/coalition/');
		// Where every short link is: the linking page, whose catalog lists them.
		expect(await page.locator('#short-link-help p').last().textContent()).toBe(
			'Linking to the handbook explains how short links are made, and its catalog lists every one.',
		);
		await suggestions.first().click();
		await page.waitForURL(/\/glossary\/#coalition$/);
	});

	test('any unknown address offers a search that works, and the main sections', async () => {
		await page.goto(new URL('no-such-page/', site.server.url).href);
		expect(await page.locator('#short-link-help').isHidden()).toBe(true);
		const sections = await page.$$eval('main a', (links) =>
			links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
		);
		for (const section of ['/practices/', '/cases/', '/leads/', '/glossary/']) expect(sections).toContain(section);
		await page.locator('#not-found-query').fill('power dynamics');
		await page.locator('#not-found-query').press('Enter');
		await page.waitForURL(/\/search\/\?q=power\+dynamics/);
		await page.locator('.pagefind-ui__result-link').first().waitFor();
	});
});

describe('screenshots of each kind of page', () => {
	const kinds = () => {
		const byType = new Map<string, string>();
		for (const p of contentPages()) {
			const type = String(p.frontmatter?.type);
			if (!byType.has(type)) byType.set(type, p.url);
		}
		return [
			...byType.entries(),
			['worksheet', '/reflection/worksheet/'],
			['capability-map', '/capability-map/'],
			['search', '/search/?q=trust'],
			['not-found', '/go/coalitoin/'],
		] as [string, string][];
	};
	const folder = path.resolve('test-results/screenshots');

	test.each([
		['desktop', 1280, 'light'],
		['desktop', 1280, 'dark'],
		['phone', 375, 'light'],
		['phone', 375, 'dark'],
	] as const)('at %s width (%i px), %s mode, saved under test-results/screenshots/', async (_name, width, scheme) => {
		fs.mkdirSync(folder, { recursive: true });
		const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
		const page = await context.newPage();
		for (const [kind, url] of kinds()) {
			await page.goto(new URL(url.slice(1), site.server.url).href, { waitUntil: 'networkidle' });
			if (url.startsWith('/search/')) await page.locator('.pagefind-ui__result-link').first().waitFor();
			const theme = await page.evaluate(() => document.documentElement.dataset.theme);
			expect(theme, url).toBe(scheme);
			const file = path.join(folder, `${kind}-${width}-${scheme}.png`);
			await page.screenshot({ path: file });
			expect(fs.statSync(file).size).toBeGreaterThan(5_000);
		}
		await context.close();
	});
});
