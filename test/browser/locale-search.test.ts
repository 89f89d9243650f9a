// Search within a language, in a real browser: the bilingual fixture (test/fixtures/bilingual) built with both
// languages, and the header search used as a reader uses it. On a French page, Pagefind reads the French index
// (the page's `lang`), so French words find French pages, and English words find nothing; on an English page, the
// reverse. The expected addresses are the fixture's files.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { bilingualFixture } from '../helpers/bilingual.ts';
import { buildContentSet } from '../helpers/builds.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let server: StaticServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
	const { root, config } = bilingualFixture();
	const { dist, result: build } = buildContentSet(root, config);
	if (build.status !== 0) throw new Error(`The bilingual fixture did not build:\n${build.stdout}\n${build.stderr}`);
	server = await serveStatic(dist);
	({ browser, close: closeBrowser } = await launchBrowser());
});
afterAll(async () => {
	await closeBrowser?.();
	await server?.close();
});

/** Searches for `query` in the header search of the page at `pathname`; returns the results' paths. */
async function headerSearch(pathname: string, query: string): Promise<{ paths: string[]; message: string }> {
	const context = await browser.newContext();
	const { page } = await openPage(context);
	try {
		await page.goto(`${server.url}${pathname.slice(1)}`);
		await page.locator('button[data-open-modal]').click();
		await page.locator('dialog[open] .pagefind-ui__search-input').fill(query);
		// The message names the query once its results (or their absence) are shown.
		const message = page.locator('dialog[open] .pagefind-ui__message').filter({ hasText: `for “${query}”` });
		await message.waitFor({ timeout: 30_000 });
		return { paths: await resultPaths(page), message: (await message.textContent()) ?? '' };
	} finally {
		await context.close();
	}
}

async function resultPaths(page: Page): Promise<string[]> {
	return page
		.locator('dialog[open] .pagefind-ui__result-link')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('the header search stays within the page’s language', () => {
	test('on the French page, a French word finds the French page', async () => {
		const { paths } = await headerSearch('/fr/pratiques/mettre-en-commun/', 'savoir');
		expect(paths).toContain('/fr/pratiques/mettre-en-commun/');
		expect(paths.every((p) => p.startsWith('/fr/'))).toBe(true);
	});

	test('on the French page, an English name finds nothing; on an English page, it finds English pages', async () => {
		expect((await headerSearch('/fr/pratiques/mettre-en-commun/', 'Osborne')).message).toBe('No results for “Osborne”');
		const english = await headerSearch('/cases/example/', 'Osborne');
		expect(english.paths.length).toBeGreaterThan(0);
		expect(english.paths.some((p) => p.startsWith('/fr/'))).toBe(false);
	});

	test('on an English page, the French word finds nothing', async () => {
		expect((await headerSearch('/cases/example/', 'savoir')).message).toBe('No results for “savoir”');
	});
});

describe('the copy-link buttons speak the page’s language', () => {
	/** The first section heading's copy-link button: its text and accessible name. */
	async function copyButton(pathname: string): Promise<{ text: string; label: string }> {
		const context = await browser.newContext();
		const { page } = await openPage(context);
		try {
			await page.goto(`${server.url}${pathname.slice(1)}`);
			const button = page.locator('.sl-markdown-content .copy-link').first();
			return { text: (await button.textContent()) ?? '', label: (await button.getAttribute('aria-label')) ?? '' };
		} finally {
			await context.close();
		}
	}

	test('French on the French page, English on an English page', async () => {
		expect(await copyButton('/fr/pratiques/mettre-en-commun/')).toEqual({
			text: 'Copier le lien',
			label: 'Copier le lien vers la section\u00a0: Ce que disent les sources',
		});
		const english = await copyButton('/cases/example/');
		expect(english.text).toBe('Copy link');
		expect(english.label).toMatch(/^Copy link to section: \S/);
	});
});
