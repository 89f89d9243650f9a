import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import axe from 'axe-core';
import { launchBrowser, offOrigin, openPage } from '../helpers/browser.ts';
import { distDir, requireBuild } from '../helpers/site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let server: StaticServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
	requireBuild();
	server = await serveStatic(distDir);
	({ browser, close: closeBrowser } = await launchBrowser());
	context = await browser.newContext();
	const record = await openPage(context);
	page = record.page;
	page.on('request', (r) => requests.push(r.url()));
});
afterAll(async () => {
	await context?.close();
	await closeBrowser?.();
	await server?.close();
});

/** Opens the search page at `query` (a query string such as `q=trust&type=practice`) and returns the result paths, best first. */
async function search(query: string, on: Page = page): Promise<string[]> {
	await on.goto(`${server.url}search/?${query}`);
	await on.locator('.pagefind-ui__message, #filter-only:not([hidden]) li').first().waitFor({ timeout: 15_000 });
	// Pagefind shows its "N results" message, then loads each result's title on its own: wait for
	// every shown result's title (or a message that there are none), so the list read below is
	// complete. Waiting for the first few only let a slow fifth title drop out of the list.
	await on.waitForFunction(
		() => {
			if (document.querySelector('#filter-only:not([hidden]) li')) return true;
			if (/^No results/i.test(document.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '')) return true;
			const shown = [...document.querySelectorAll('.pagefind-ui__result')];
			return shown.length > 0 && shown.every((result) => result.querySelector('.pagefind-ui__result-title a'));
		},
		undefined,
		{ timeout: 15_000 },
	);
	return resultPaths(on);
}

async function resultPaths(on: Page = page): Promise<string[]> {
	const filterOnly = on.locator('#filter-only:not([hidden]) li a');
	if (await filterOnly.count())
		return filterOnly.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	return on
		.locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title a')
		.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/**
 * What health leaders and trainers type, and the page that must come up in the top 3.
 * Several pages are listed where any of them answers the question.
 */
const queries: [query: string, expected: string[]][] = [
	['conflict', ['/coalitions/conflict/', '/practices/managing-conflict/']],
	['trust', ['/coalitions/trust/']],
	['primary care network', ['/cases/alberta-pcns/']],
	['collaborative advantage', ['/coalitions/collaborative-advantage/']],
	['what is a coalition', ['/coalitions/what-is-a-coalition/']],
	['lifecycle', ['/coalitions/lifecycle/']],
	['stakeholder analysis', ['/coalitions/collaborative-leaders/']],
	['service charter', ['/coalitions/collaborative-leaders/']],
	['political skill', ['/leads/develop-coalitions/navigate-socio-political/']],
	['mobilize knowledge', ['/leads/develop-coalitions/mobilize-knowledge/']],
	['power dynamics', ['/practices/power-dynamics/']],
	['shared decision-making', ['/practices/shared-decision-processes/']],
	['shared purpose', ['/practices/shared-purpose-and-identity/', '/lessons/shared-purpose-and-value/']],
	['moral injury', ['/lessons/context-and-history/']],
	['governance', ['/lessons/context-and-history/']],
	['hard data', ['/lessons/hard-data-hard-graft/']],
	['CLAHRC', ['/cases/iocn/']],
	['place-based network', ['/cases/iocn/']],
	['level 5 leadership', ['/cases/iocn/']],
	['civic leadership', ['/practices/']],
	['interlocking directorate', ['/coalitions/forms-of-collaboration/']],
	['joint venture', ['/coalitions/forms-of-collaboration/']],
	['motives', ['/coalitions/why-coalitions-form/']],
	['after-action review', ['/leads/develop-coalitions/commit-to-service/', '/coalitions/lifecycle/']],
	['community of practice', ['/cases/iocn/']],
	['provincial physician leads', ['/cases/alberta-pcns/']],
	['north zone', ['/cases/alberta-pcns/']],
	['reflection questions', ['/reflection/']],
	['customers and service', ['/leads/develop-coalitions/commit-to-service/']],
	['LEADS framework', ['/leads/']],
	['safe inclusive environment', ['/practices/safe-inclusive-environment/']],
	['healthy relationships', ['/practices/healthy-relationships/']],
	['Intermountain', ['/cases/iocn/']],
	['organisational learning', ['/cases/iocn/']],
];

describe('a leader finds the right page in the top 3', () => {
	test('the query table has at least 25 queries', () => expect(queries.length).toBeGreaterThanOrEqual(25));

	test.each(queries)('"%s"', async (query, expected) => {
		const top = (await search(`q=${encodeURIComponent(query)}`)).slice(0, 3);
		expect(
			top.some((path) => expected.includes(path)),
			`top 3 for "${query}": ${top.join(', ')}`,
		).toBe(true);
	});
});

describe('spelling variants find the same pages', () => {
	test.each([
		['organisation', 'organization'],
		['mobilise', 'mobilize'],
		['centre', 'center'],
		['behaviour', 'behavior'],
		['co-ordinated', 'coordinated'],
		['programme', 'program'],
	])('"%s" and "%s"', async (a, b) => {
		const first = await search(`q=${a}`);
		expect(first.length, `"${a}" should find pages`).toBeGreaterThan(0);
		expect(await search(`q=${b}`)).toEqual(first);
	});

	test('a variant does not widen results beyond its own word', async () => {
		// "program" must not match "programming"-like or unrelated words: every result contains a form of the word.
		const results = await search('q=programme');
		for (const path of results) {
			const html = await (await fetch(`${server.url}${path.slice(1)}`)).text();
			expect(html.toLowerCase(), path).toMatch(/\bprogram(me)?s?\b/);
		}
	});
});

describe('filters', () => {
	test('a filter narrows the results to pages of that type', async () => {
		const all = await search('q=trust');
		const practices = await search('q=trust&type=practice');
		expect(practices.length).toBeGreaterThan(0);
		expect(practices.length).toBeLessThan(all.length);
		for (const path of practices) expect(path).toMatch(/^\/practices\/[a-z-]+\/$/);
	});

	test('a domain filter keeps only pages serving that domain', async () => {
		const results = await search('q=leadership&domain=systems-transformation');
		expect(results.length).toBeGreaterThan(0);
		const filtered = new Set(results);
		const unfiltered = await search('q=leadership');
		expect(unfiltered.length).toBeGreaterThan(filtered.size);
	});

	test('a filter-only search lists every page of that type', async () => {
		const results = await search('type=case-study');
		expect(results.sort()).toEqual(['/cases/alberta-pcns/', '/cases/iocn/']);
		const practices = await search('type=practice');
		expect(practices).toHaveLength(6);
	});

	test('filter values are clean labels, with no stray text', async () => {
		await search('q=trust');
		const labels = await page.locator('.pagefind-ui__filter-label').allTextContents();
		expect(labels.length).toBeGreaterThan(5);
		for (const label of labels) expect(label).toMatch(/^[\p{L}\p{N} ,.&’'()-]+ \(\d+\)$/u);
	});
});

describe('search URLs', () => {
	test('typing a query and ticking a filter puts both in the address, and that address restores the same results', async () => {
		await page.goto(`${server.url}search/`);
		const input = page.locator('#handbook-search .pagefind-ui__search-input');
		await input.fill('conflict');
		await page.locator('.pagefind-ui__message').first().waitFor();
		await page.locator('.pagefind-ui__filter-name', { hasText: /domain/i }).click();
		await page.locator('.pagefind-ui__filter-label', { hasText: 'Develop Coalitions' }).click();
		await page.waitForURL(/domain=develop-coalitions/);
		const shared = page.url();
		expect(shared).toMatch(/[?&]q=conflict/);
		// The shared address, opened in a second tab, against what the first tab shows once its
		// filtered search has finished (polled: the address changes before the results do).
		const second = await context.newPage();
		const restored = await search(new URL(shared).search.slice(1), second);
		await second.close();
		expect(restored.length).toBeGreaterThan(0);
		await expect.poll(() => resultPaths(), { timeout: 15_000 }).toEqual(restored);
	});

	test('the header search dialog still works and links to the search page', async () => {
		await page.goto(`${server.url}coalitions/`);
		await page.locator('button[data-open-modal]').click();
		await page.locator('dialog[open] .pagefind-ui__search-input').fill('trust');
		await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor();
		const more = await page.locator('dialog[open] [data-search-page-link]').getAttribute('href');
		expect(more).toMatch(/\/search\/\?q=trust$/);
	});

	test('no search request leaves 127.0.0.1', () => {
		expect(offOrigin(requests, server.origin)).toEqual([]);
	});
});

describe('search without JavaScript', () => {
	test('the header offers a link to the search page, which says what search needs', async () => {
		const noJs = await browser.newContext({ javaScriptEnabled: false });
		const plain = await noJs.newPage();
		await plain.goto(`${server.url}coalitions/trust/`);
		const link = plain.locator('a.search-page-link');
		await expect(link.isVisible()).resolves.toBe(true);
		await link.click();
		await expect(plain.locator('.search-noscript').textContent()).resolves.toContain('Search needs JavaScript');
		await noJs.close();
	});
});

describe('accessibility of the search UI', () => {
	test('the search page with results and filters, and the open dialog, have no axe violations', async () => {
		// axe is injected as a script, which the page's own policy rightly refuses.
		const axeContext = await browser.newContext({ bypassCSP: true });
		page = await axeContext.newPage();
		await search('q=trust');
		for (const state of ['search page', 'dialog'] as const) {
			if (state === 'dialog') {
				await page.locator('button[data-open-modal]').click();
				await page.locator('dialog[open] .pagefind-ui__search-input').fill('conflict');
				await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor();
			}
			await page.addScriptTag({ content: axe.source });
			const result = await page.evaluate(() =>
				(window as unknown as { axe: typeof axe }).axe.run(document, {
					runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
				}),
			);
			expect(
				result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
				state,
			).toEqual([]);
		}
		await axeContext.close();
	});
});
