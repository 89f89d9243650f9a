import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchBrowser, loadedCode, offOrigin, openPage } from '../helpers/browser.ts';
import { distDir, handbookContent, requireBuild } from '../helpers/site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { clientVocabulary } from '../../src/search/vocabulary.ts';
import { contentWords } from '../../src/search/vocabulary.ts';
import { clientNeeds } from '../../src/search/needs.ts';
import { queryTable } from './search-queries.ts';

let server: StaticServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
	requireBuild();
	server = await serveStatic(distDir);
	({ browser, close: closeBrowser } = await launchBrowser());
	context = await browser.newContext();
	const record = await openPage(context);
	page = record.page;
	page.on('request', (r) => requests.push(r.url()));
	page.on('pageerror', (e) => pageErrors.push(e.message));
});
afterAll(async () => {
	await context?.close();
	await closeBrowser?.();
	await server?.close();
});

/** Waits until the search UI has shown the results of its latest search. */
async function settled(on: Page): Promise<void> {
	await on.waitForFunction(() => document.querySelector('#handbook-search')?.hasAttribute('data-searched'), undefined, {
		timeout: 15_000,
	});
}

/**
 * Opens the search page at `query` (a query string such as `q=trust&type=practice`), through the
 * real search UI with the handbook's query processing, and returns the result paths, best first.
 */
async function search(query: string, on: Page = page): Promise<string[]> {
	await on.goto(`${server.url}search/?${query}`);
	await settled(on);
	return resultPaths(on);
}

/** The results' addresses, best first: a page's path, or a challenge entry's path and anchor. */
async function resultPaths(on: Page = page): Promise<string[]> {
	return on
		.locator('#handbook-search .pagefind-ui__result > .pagefind-ui__result-inner .pagefind-ui__result-link')
		.evaluateAll((as) =>
			as.map((a) => {
				const url = new URL((a as HTMLAnchorElement).href);
				return url.pathname + url.hash;
			}),
		);
}

/** The words of a built page, lowercased, from its HTML file. */
function builtText(pathname: string): string {
	const html = fs.readFileSync(path.join(distDir, pathname, 'index.html'), 'utf8');
	const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? html;
	return main
		.replace(/<[^>]+>/g, ' ')
		.replace(/&[a-z#0-9]+;/g, ' ')
		.toLowerCase();
}

describe('a leader finds the right page in the top 3', () => {
	test('the table has at least 120 queries: 30 or more questions and 40 or more needs in a leader’s words, 8 or more typos', () => {
		expect(queryTable.length).toBeGreaterThanOrEqual(120);
		expect(queryTable.filter(([, , kind]) => kind === 'question').length).toBeGreaterThanOrEqual(30);
		expect(queryTable.filter(([, , kind]) => kind === 'need').length).toBeGreaterThanOrEqual(40);
		expect(queryTable.filter(([, , kind]) => kind === 'typo').length).toBeGreaterThanOrEqual(8);
	});

	test('the questions are the leader’s own words: none occurs in the handbook’s reader pages', () => {
		const words = (text: string) =>
			text
				.toLowerCase()
				.replace(/[^\p{L}\p{N}]+/gu, ' ')
				.trim();
		// The authoring guide quotes leaders' words as examples of the search vocabulary.
		const pages = handbookContent()
			.pages.filter((p) => !p.url.startsWith('/authoring/'))
			.map((p) => words([p.frontmatter?.title, p.frontmatter?.description, p.text].join(' ')));
		for (const [query, , kind] of queryTable) {
			if (kind !== 'question') continue;
			expect(
				pages.some((text) => text.includes(words(query))),
				query,
			).toBe(false);
		}
	});

	test('the needs are not the editors’ phrasings: none is a phrasing of content/search/needs.yaml', () => {
		const phrasings = new Set(
			(handbookContent() && clientNeeds(handbookContent())).flatMap((n) => n.phrases.map((p) => p.toLowerCase())),
		);
		expect(phrasings.size).toBeGreaterThan(40);
		for (const [query, , kind] of queryTable)
			if (kind === 'need') expect(phrasings.has(query.toLowerCase()), query).toBe(false);
	});

	test.each(queryTable)('"%s"', async (query, expected) => {
		const results = await search(`q=${encodeURIComponent(query)}`);
		const top = results.slice(0, 3);
		expect(
			top.some((p) => expected.includes(p)),
			`top 3 for "${query}": ${top.join(', ')}`,
		).toBe(true);
		expect(new Set(top).size, 'one result per page').toBe(top.length);
		// Readers' results: the authoring guide is not among them.
		expect(results.filter((p) => p.startsWith('/authoring/'))).toEqual([]);
	});
});

describe('typos', () => {
	test('a word not in the index is replaced by the nearest indexed word, and the reader can search as typed', async () => {
		const corrected = await search('q=partnershp');
		await expect(page.locator('.search-correction').textContent()).resolves.toBe(
			'Showing results for partnership. Search instead for partnershp',
		);
		expect(corrected).toEqual(await search('q=partnership'));
		await search('q=partnershp');
		await page.locator('.search-instead').click();
		await expect.poll(() => page.locator('.search-correction').isHidden()).toBe(true);
	});

	test('a word Pagefind finds as typed is not corrected', async () => {
		await search('q=trust');
		await expect(page.locator('.search-correction').isHidden()).resolves.toBe(true);
	});
});

describe('honest about gaps', () => {
	const gapText = () => page.locator('#handbook-search .search-gap').textContent();
	const gapLinks = () =>
		page
			.locator('#handbook-search .search-gap a')
			.evaluateAll((as) =>
				as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
			);

	test('a real word the handbook lacks is not replaced by a nearby indexed word (involving, resolving)', async () => {
		for (const word of ['involving', 'resolving']) {
			await search(`q=${word}`);
			await expect(page.locator('.search-correction').isHidden(), word).resolves.toBe(true);
			await expect(page.locator('#handbook-search .pagefind-ui__message').textContent()).resolves.toContain(
				`“${word}”`,
			);
		}
		// A misspelling is still corrected.
		await search('q=partnershp');
		await expect(page.locator('.search-correction').isHidden()).resolves.toBe(false);
	});

	test('a query whose meaningful words the handbook lacks says its sources do not cover it, with the challenges page', async () => {
		await search('q=burnout');
		await expect(page.locator('#handbook-search .search-gap').isVisible()).resolves.toBe(true);
		await expect(gapText()).resolves.toContain('The handbook’s sources do not cover “burnout”.');
		const links = await gapLinks();
		expect(links).toContain('/challenges/');
		// The only pages that mention the word are the authoring guide's: not a topic for a leader.
		expect(links.filter((link) => link.startsWith('/authoring/'))).toEqual([]);
	});

	test('a need the editors know the sources do not cover says so, with its nearest pages', async () => {
		await search(`q=${encodeURIComponent('our partner organization keeps missing the meetings')}`);
		await expect(gapText()).resolves.toContain(
			'The handbook’s sources do not cover what to do when a partner keeps missing meetings',
		);
		const links = await gapLinks();
		expect(links).toContain('/challenges/#senior-leaders-are-not-fully-committed');
		expect(links).toContain('/challenges/');
	});

	test('a word the handbook lacks beside words it has is named, and the results match the others', async () => {
		await search(`q=${encodeURIComponent('burnout and trust')}`);
		await expect(gapText()).resolves.toContain('Nothing in the handbook matches “burnout”');
		expect((await resultPaths()).slice(0, 3)).toContain('/coalitions/trust/');
	});

	test('a query the handbook covers says nothing about gaps', async () => {
		await search('q=trust');
		await expect(page.locator('#handbook-search .search-gap').isHidden()).resolves.toBe(true);
		await search(`q=${encodeURIComponent('the hospital does not listen to the family doctors')}`);
		await expect(page.locator('#handbook-search .search-gap').isHidden()).resolves.toBe(true);
	});

	test('burnout and moral distress do not lead to “moral injury”, nor a partnership agreement to “service charter”: search says they are not covered', async () => {
		const means = new Map(
			clientVocabulary(handbookContent()).entries.flatMap((e) => e.words.map((w) => [w, e.means] as const)),
		);
		for (const word of ['burnout', 'moral distress', 'memorandum of understanding', 'terms of reference'])
			expect(means.get(word) ?? [], word).toEqual([]);
		for (const query of ['moral distress', 'staff burnout', 'memorandum of understanding', 'terms of reference']) {
			await search(`q=${encodeURIComponent(query)}`);
			await expect(gapText(), query).resolves.toContain('The handbook’s sources do not cover');
		}
	});
});

describe('the glossary does not outrank the pages that treat a subject', () => {
	test.each([
		['joint venture', '/coalitions/forms-of-collaboration/'],
		['distributed leadership', '/coalitions/tensions/'],
		['political skill', '/leads/develop-coalitions/navigate-socio-political/'],
		['co-production', '/cases/iocn/'],
		['moral injury', '/lessons/context-and-history/'],
	])('"%s": %s ranks above the glossary', async (query, treated) => {
		const results = await search(`q=${encodeURIComponent(query)}`);
		const glossary = results.indexOf('/glossary/');
		expect(results.indexOf(treated), results.join(', ')).toBeGreaterThanOrEqual(0);
		expect(glossary === -1 || glossary > results.indexOf(treated), results.join(', ')).toBe(true);
	});
});

describe('the search vocabulary', () => {
	const vocabulary = clientVocabulary(handbookContent());

	test('it has entries, and each maps to at least one of the handbook’s terms', () => {
		expect(vocabulary.entries.length).toBeGreaterThan(20);
		for (const entry of vocabulary.entries) expect(entry.means.length, entry.words[0]).toBeGreaterThan(0);
	});

	test.each(vocabulary.entries.map((e) => [e.words[0]!, e.means] as const))(
		'searching "%s" finds a page about its target',
		async (word, means) => {
			const top = (await search(`q=${encodeURIComponent(word)}`)).slice(0, 3);
			expect(top.length, word).toBeGreaterThan(0);
			const about = top.some((p) => {
				const text = builtText(p);
				return means.some((term) => contentWords(term).every((w) => text.includes(w)));
			});
			expect(about, `top 3 for "${word}" (${top.join(', ')}) has none of ${means.join(' / ')}`).toBe(true);
		},
	);

	test('the vocabulary adds nothing to any page', () => {
		const leaderWords = ['psychological safety', 'stakeholder mapping', 'change management', 'patient engagement'];
		for (const pathname of handbookContent().pages.map((p) => p.url)) {
			const html = fs.readFileSync(path.join(distDir, pathname, 'index.html'), 'utf8').toLowerCase();
			for (const words of leaderWords)
				if (!pathname.startsWith('/authoring/')) expect(html.includes(words), `${pathname}: ${words}`).toBe(false);
		}
	});
});

describe('readers’ results first', () => {
	test('the authoring guide is left out of readers’ results', async () => {
		const results = await search('q=data');
		expect(results.length).toBeGreaterThan(3);
		expect(results.filter((p) => p.startsWith('/authoring/'))).toEqual([]);
	});

	test('the authoring guide is found when the reader chooses it, or asks about authoring', async () => {
		const editors = await search('q=data&audience=editors');
		expect(editors.length).toBeGreaterThan(0);
		for (const p of editors) expect(p).toMatch(/^\/authoring\//);
		expect((await search('q=authoring%20citations')).slice(0, 3).some((p) => p.startsWith('/authoring/'))).toBe(true);
	});

	test('a query only the authoring guide answers shows it, and says so', async () => {
		const results = await search('q=yaml');
		expect(results.length).toBeGreaterThan(0);
		for (const p of results) expect(p).toMatch(/^\/authoring\//);
		await expect(page.locator('#handbook-search .pagefind-ui__message').textContent()).resolves.toContain(
			'authoring guide',
		);
	});

	test('a page whose sources only name its subject ranks below a page with substance on the same words', async () => {
		const results = await search('q=evidence');
		const brief = results.indexOf('/leads/achieve-results/align-decisions/');
		const substance = results.indexOf('/leads/develop-coalitions/mobilize-knowledge/');
		expect(substance).toBeGreaterThanOrEqual(0);
		expect(brief === -1 || brief > substance, results.join(', ')).toBe(true);
	});
});

describe('what a first search loads', () => {
	test('the authoring and brief pages listed in search-data.json are exactly those Pagefind’s filters give', async () => {
		const data = JSON.parse(fs.readFileSync(path.join(distDir, 'search-data.json'), 'utf8')) as {
			audience: { editors: string[]; brief: string[]; unlisted: string[]; readers: number };
		};
		await page.goto(`${server.url}`);
		// As a string: vitest would rewrite a dynamic import() inside a function it transforms.
		const fromFilters = (await page.evaluate(`(async () => {
			const pagefind = await import('${server.url}pagefind/pagefind.js');
			const ids = async (filters) => (await pagefind.search(null, { filters })).results.map((r) => r.id).sort();
			return {
				editors: await ids({ audience: 'Content editors' }),
				brief: await ids({ depth: 'Brief' }),
				readers: (await ids({ audience: 'Readers' })).length,
			};
		})()`)) as { editors: string[]; brief: string[]; readers: number };
		// Pages with no audience: the home page only.
		expect(data.audience.unlisted).toHaveLength(1);
		const {
			unlisted: _,
			reference: __,
			...audience
		} = data.audience as typeof data.audience & { reference?: string[] };
		expect(fromFilters.editors.length).toBeGreaterThan(0);
		expect(fromFilters.brief.length).toBeGreaterThan(0);
		expect({ ...audience, editors: [...audience.editors].sort(), brief: [...audience.brief].sort() }).toEqual(
			fromFilters,
		);
	});

	test('a reader’s first search in the header loads no filter index and no Pagefind worker', async () => {
		const fresh = await browser.newContext();
		const { page: reader } = await openPage(fresh);
		const fetched: string[] = [];
		reader.on('request', (r) => fetched.push(new URL(r.url()).pathname));
		try {
			const loaded = loadedCode(reader);
			await reader.goto(`${server.url}leads/develop-coalitions/mobilize-knowledge/`);
			await reader.locator('button[data-open-modal]').click();
			await reader.locator('dialog[open] .pagefind-ui__search-input').fill('trust');
			await reader.locator('dialog[open] .pagefind-ui__result').first().waitFor();
			expect(fetched.some((p) => p.endsWith('.pf_index'))).toBe(true);
			expect(fetched.filter((p) => p.endsWith('.pf_filter') || p.includes('pagefind-worker'))).toEqual([]);
			// Nor the search page's filter panel: its code and styles load with the search page only.
			const code = [...loaded.scripts.values(), ...loaded.styles.values()].join('\n');
			expect(code).toContain('pagefind-ui__result-excerpt');
			const filterNames = ['pagefind-ui__filter-checkbox', 'search-chip', 'search-filters-body'];
			expect(filterNames.filter((name) => code.includes(name))).toEqual([]);
		} finally {
			await fresh.close();
		}
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
});

describe('filters', () => {
	test('a filter narrows the results to pages of that type', async () => {
		const all = await search('q=trust');
		const practices = await search('q=trust&type=practice');
		expect(practices.length).toBeGreaterThan(0);
		expect(practices.length).toBeLessThan(all.length);
		for (const p of practices) expect(p).toMatch(/^\/practices\/[a-z-]+\/$/);
	});

	test('a filter-only address lists every page of that type', async () => {
		expect((await search('type=case-study')).sort()).toEqual(['/cases/alberta-pcns/', '/cases/iocn/']);
		expect(await search('type=practice')).toHaveLength(6);
	});

	test('a filter-only address shows its filters set, as chips that clear one filter, and “Clear all”', async () => {
		const both = await search('type=practice&domain=develop-coalitions');
		expect(both.length).toBeGreaterThan(0);
		await expect(
			page.locator('.pagefind-ui__filter-checkbox[name="type"][value="practice"]').isChecked(),
		).resolves.toBe(true);
		await expect(
			page.locator('.pagefind-ui__filter-checkbox[name="domain"][value="develop-coalitions"]').isChecked(),
		).resolves.toBe(true);
		const chips = page.locator('.search-chip');
		await expect(chips.allTextContents()).resolves.toEqual([
			'Page type: Practice×',
			'LEADS domain: Develop Coalitions×',
		]);

		// Removing one filter keeps the other, in the page and in the address.
		await page.getByRole('button', { name: 'Remove filter Page type: Practice' }).click();
		await page.waitForURL(/\/search\/\?domain=develop-coalitions$/);
		await expect.poll(async () => (await resultPaths()).length).toBeGreaterThan(both.length);
		await expect(chips.allTextContents()).resolves.toEqual(['LEADS domain: Develop Coalitions×']);

		// A filter can be added back from the panel, and "Clear all" removes every one.
		await page.locator('.pagefind-ui__filter-checkbox[name="type"][value="practice"]').check();
		await page.waitForURL(/type=practice/);
		await page.getByRole('button', { name: 'Clear all' }).click();
		await page.waitForURL(/\/search\/$/);
		await expect(chips.count()).resolves.toBe(0);
		await expect(page.locator('.pagefind-ui__filter-checkbox:checked').count()).resolves.toBe(0);
	});

	test('an unknown id in the address says so, with the nearest id', async () => {
		await search('type=practices');
		await expect(page.locator('#search-unknown').textContent()).resolves.toBe(
			"No page type called 'practices'. Did you mean 'practice'?",
		);
		await search('q=trust&domain=develop-coalition');
		await expect(page.locator('#search-unknown').textContent()).resolves.toContain(
			"Did you mean 'develop-coalitions'?",
		);
	});

	test('address parameters are data: ?type=__proto__ and friends do not throw', async () => {
		pageErrors.length = 0;
		const results = await search('q=trust&type=__proto__&domain=constructor&capability=toString&__proto__=x');
		expect(pageErrors).toEqual([]);
		expect(results.length).toBeGreaterThan(0);
		await expect(page.locator('#search-unknown').textContent()).resolves.toContain("No page type called '__proto__'.");
	});

	test('filter values are plain text labels with their counts', async () => {
		await search('q=trust');
		const labels = page.locator('.pagefind-ui__filter-label');
		expect(await labels.count()).toBeGreaterThan(5);
		for (const label of await labels.allTextContents()) expect(label).toMatch(/^[\p{L}\p{N} ,.&’'()-]+ \(\d+\)$/u);
		// Set as text: no label has child elements.
		expect(await labels.evaluateAll((ls) => ls.filter((l) => l.children.length > 0).length)).toBe(0);
	});

	test('filters start collapsed above the results on a phone, open on a wide screen; one chevron per heading', async () => {
		for (const [width, open] of [
			[375, false],
			[1280, true],
		] as const) {
			const sized = await browser.newContext({ viewport: { width, height: 800 } });
			const tab = await sized.newPage();
			await search('q=trust', tab);
			const panel = tab.locator('.search-filters');
			await expect(panel.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(open);
			const above = await tab.evaluate(
				() =>
					document.querySelector('.search-filters')!.getBoundingClientRect().top <
					document.querySelector('.pagefind-ui__results')!.getBoundingClientRect().top,
			);
			expect(above).toBe(true);
			// A summary shown as a list item would draw the browser's marker beside the handbook's chevron.
			const markers = await tab
				.locator('.search-filters summary')
				.evaluateAll((ss) => ss.map((s) => [getComputedStyle(s).display, getComputedStyle(s, '::after').content]));
			for (const [display, after] of markers) {
				expect(display).not.toBe('list-item');
				expect(after).toBe('""');
			}
			await sized.close();
		}
	});
});

describe('search URLs', () => {
	test('typing a query and ticking a filter puts both in the address, and that address restores the same results', async () => {
		await page.goto(`${server.url}search/`);
		await settled(page);
		await page.locator('#handbook-search .pagefind-ui__search-input').fill('conflict');
		await page.waitForURL(/q=conflict/);
		await page.locator('.pagefind-ui__filter-name', { hasText: /domain/i }).click();
		await page.locator('.pagefind-ui__filter-label', { hasText: 'Develop Coalitions' }).click();
		await page.waitForURL(/domain=develop-coalitions/);
		const shared = page.url();
		const second = await context.newPage();
		const restored = await search(new URL(shared).search.slice(1), second);
		await second.close();
		expect(restored.length).toBeGreaterThan(0);
		await expect.poll(() => resultPaths(), { timeout: 15_000 }).toEqual(restored);
	});

	test('the header search loads Pagefind only when opened, finds results and links to the search page', async () => {
		const fresh = await context.newPage();
		const asked: string[] = [];
		fresh.on('request', (r) => asked.push(new URL(r.url()).pathname));
		await fresh.goto(`${server.url}coalitions/`, { waitUntil: 'networkidle' });
		expect(asked.filter((p) => p.includes('pagefind'))).toEqual([]);
		await fresh.locator('button[data-open-modal]').click();
		await fresh
			.locator('dialog[open] .pagefind-ui__search-input')
			.fill('how do I build trust with another organization');
		await fresh.locator('dialog[open] .pagefind-ui__result-link').first().waitFor();
		const first = await fresh.locator('dialog[open] .pagefind-ui__result-link').first().getAttribute('href');
		expect(first).toBe('/coalitions/trust/');
		const more = await fresh.locator('dialog[open] [data-search-page-link]').getAttribute('href');
		expect(more).toMatch(/\/search\/\?q=how%20do%20I%20build%20trust/);
		expect(asked.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
		await fresh.close();
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
	test.each(['light', 'dark'] as const)(
		'the search page with results, filters and a correction, and the open dialog, have no axe violations (%s)',
		async (colorScheme) => {
			// axe is injected as a script, which the page's own policy rightly refuses.
			const axeContext = await browser.newContext({ bypassCSP: true, colorScheme });
			const tab = await axeContext.newPage();
			await search('q=partnershp&type=practice', tab);
			for (const state of ['search page', 'dialog'] as const) {
				if (state === 'dialog') {
					await tab.locator('button[data-open-modal]').click();
					await tab.locator('dialog[open] .pagefind-ui__search-input').fill('conflict');
					await tab.locator('dialog[open] .pagefind-ui__result-link').first().waitFor();
				}
				expect(await axeViolations(tab), state).toEqual([]);
			}
			await axeContext.close();
		},
	);
});
