// The handbook without JavaScript: search cannot run, so the search page and the 404's search form lead to the
// A–Z index of every page, and the worksheet says that answers cannot be saved.
import { describe, expect, test } from 'vitest';
import { handbookContent, servedSite } from '../helpers/site.ts';

const site = servedSite();

/** A page opened in a browser with JavaScript turned off (or on), closed with its context. */
async function open(path: string, javaScriptEnabled = false) {
	const context = await site.browser.newContext({ javaScriptEnabled });
	const page = await context.newPage();
	const response = await page.goto(`${site.server.url}${path}`);
	return { page, response, close: () => context.close() };
}

describe('without JavaScript', () => {
	test('the A–Z index lists every page by title, under its letter, with working links', async () => {
		const { page, close } = await open('a-z/');
		const links = await page
			.locator('.az-pages a')
			.evaluateAll((anchors) => anchors.map((a) => [a.textContent!.trim(), a.getAttribute('href')!]));
		const pages = handbookContent().pages;
		expect(links.map(([, href]) => href).sort()).toEqual(pages.map((p) => p.url).sort());
		for (const info of pages) expect(links).toContainEqual([String(info.frontmatter!.title), info.url]);
		// Each letter of the navigation leads to its section, whose first title starts with that letter.
		for (const letter of await page.locator('.az-letters a').allTextContents()) {
			const id = letter === '#' ? 'other' : letter.toLowerCase();
			const first = await page.locator(`section[aria-labelledby="${id}"] .az-pages a`).first().textContent();
			if (letter !== '#') expect(first!.normalize('NFD').charAt(0).toUpperCase(), letter).toBe(letter);
		}
		await close();
	});

	test('the search page says that search cannot run, and leads to the A–Z index', async () => {
		const { page, close } = await open('search/?q=trust');
		await expect(page.locator('.search-noscript').textContent()).resolves.toContain('could not be looked up');
		await page.locator('.search-noscript a', { hasText: 'A to Z' }).click();
		await page.waitForURL(/\/a-z\/$/);
		await expect(page.locator('h1').textContent()).resolves.toBe('All pages, A to Z');
		await close();
	});

	test("the 404's search form leads to the A–Z index (with JavaScript, to the search page with the query)", async () => {
		const plain = await open('no-such-page/');
		expect(plain.response!.status()).toBe(404);
		await plain.page.fill('#not-found-query', 'trust');
		await plain.page.click('form.not-found-search button[type="submit"]');
		await plain.page.waitForURL(/\/a-z\/\?q=trust$/);
		await expect(plain.page.locator('.az-pages a').count()).resolves.toBe(handbookContent().pages.length);
		await plain.close();

		const scripted = await open('no-such-page/', true);
		await scripted.page.fill('#not-found-query', 'trust');
		await scripted.page.click('form.not-found-search button[type="submit"]');
		await scripted.page.waitForURL(/\/search\/\?q=trust$/);
		await scripted.close();
	});

	test('an unknown address is answered with every security header', async () => {
		const { response, close } = await open('no-such-folder/deeper/page/');
		const headers = response!.headers();
		expect(headers['content-security-policy']).toMatch(/script-src 'self'/);
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['x-frame-options']).toBe('DENY');
		expect(headers['x-content-type-options']).toBe('nosniff');
		await close();
	});

	test('the worksheet says that answers cannot be saved, and only when JavaScript is off', async () => {
		const plain = await open('reflection/worksheet/');
		const note = plain.page.locator('.worksheet-noscript');
		await expect(note.isVisible()).resolves.toBe(true);
		await expect(note.textContent()).resolves.toContain('Your answers cannot be saved');
		await plain.close();
		const scripted = await open('reflection/worksheet/', true);
		await expect(scripted.page.locator('.worksheet-noscript').count()).resolves.toBe(0);
		await expect(scripted.page.getByText('Your answers cannot be saved').isVisible()).resolves.toBe(false);
		await scripted.close();
	});
});
