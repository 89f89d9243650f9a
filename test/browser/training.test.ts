import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isReaderPage, pageShortId } from '../../src/model/short-links.ts';
import { launchBrowser, loadedCode, offOrigin, openPage } from '../helpers/browser.ts';
import { baseBuild, lmsPort, rootBuild, type Build } from '../helpers/builds.ts';
import { handbookContent, requireBuild } from '../helpers/site.ts';
import { readHeadersFile as readHeaders, serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
	({ browser, close: closeBrowser } = await launchBrowser());
});
afterAll(async () => closeBrowser?.());

/** A practice page, as trainers use most. */
const practice = () => handbookContent().pages.find((p) => p.url === '/practices/managing-conflict/')!;
const practiceTitle = () => String(practice().frontmatter?.title);

/** Every file of a build, with Pagefind's compressed index files read uncompressed. */
function* builtText(dir: string): Generator<{ file: string; text: string }> {
	for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		let bytes = fs.readFileSync(file);
		if (/\.pf_(fragment|index|meta|filter)$/.test(entry.name)) bytes = zlib.gunzipSync(bytes);
		yield { file: path.relative(dir, file), text: bytes.toString('latin1') };
	}
}

/** Decodes the QR code drawn by an inline SVG, as a phone camera would read it from the screen. */
function decodeQr(svg: string): string | undefined {
	const image = new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, background: 'white' }).render();
	return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

test('no file of the README build (`npm start`, `npm test`) holds a loopback address', () => {
	requireBuild(rootBuild.dir);
	const found: string[] = [];
	let files = 0;
	for (const { file, text } of builtText(rootBuild.dir)) {
		files++;
		const match = /(?:127\.0\.0\.1|localhost|\[::1\]|0\.0\.0\.0)[^\s"'<]{0,40}/i.exec(text);
		if (match) found.push(`${file}: ${match[0]}`);
	}
	expect(files).toBeGreaterThan(500);
	expect(found).toEqual([]);
});

describe.each([() => rootBuild, baseBuild])('the handbook built %#, for trainers', (getBuild) => {
	let build: Build;
	let server: StaticServer;
	let context: BrowserContext;
	const url = (pathname: string) => new URL(pathname.replace(/^\//, ''), server.url).href;
	/** An address as the build writes it: absolute on its origin, or a site path. */
	const written = (pathname: string) => `${build.site ?? ''}${build.base.slice(0, -1)}${pathname}`;

	beforeAll(async () => {
		build = getBuild();
		requireBuild(build.dir);
		server = await serveStatic(build.dir, build.base);
		context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
	});
	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	test('every reader page shows its own short link, which leads back to it', async () => {
		const pages = handbookContent().pages.filter(isReaderPage);
		expect(pages.length).toBeGreaterThan(50);
		const ids = new Set<string>();
		for (const page of pages) {
			const id = pageShortId(page)!;
			expect(ids.has(id), id).toBe(false);
			ids.add(id);
			const html = fs.readFileSync(path.join(build.dir, page.url, 'index.html'), 'utf8');
			expect(html, page.url).toContain(`data-short-link="${written(`/go/${id}/`)}"`);
			const redirect = fs.readFileSync(path.join(build.dir, 'go', id, 'index.html'), 'utf8');
			expect(redirect, id).toContain(`content="0; url=${build.base.slice(0, -1)}${page.url}"`);
		}
		// Topics, lessons and source pages have short links too.
		for (const id of ['trust', 'hard-data-hard-graft', 'kings-fund-report', 'coalitions']) expect(ids).toContain(id);
		const { page } = await openPage(context);
		await page.goto(url('/go/trust/'));
		await page.waitForURL(/\/coalitions\/trust\/$/);
	});

	test('a first visit loads neither the reading list nor the styles of the pages that have their own', async () => {
		const { page } = await openPage(context);
		const loaded = loadedCode(page);
		await page.goto(url(practice().url), { waitUntil: 'networkidle' });
		// What the reading list page, the course packs, the worksheet and the 404 page alone use.
		const styles = [...loaded.styles.values()].join('\n');
		expect(styles).toContain('.use-in-training');
		const theirs = ['.reading-list-items', '.pack-document', '.worksheet-questions', '.not-found-search'];
		expect(theirs.filter((selector) => styles.includes(selector))).toEqual([]);
		const storageKey = 'coalitions-handbook:reading-list:v1';
		expect([...loaded.scripts.values()].some((code) => code.includes(storageKey))).toBe(false);
		// The list's store comes with the first "Add to reading list", and the page is added.
		await page.locator('.use-in-training summary').click();
		await addToReadingList(page);
		await expect.poll(() => [...loaded.scripts.values()].some((code) => code.includes(storageKey))).toBe(true);
		const stored = await page.evaluate((key) => localStorage.getItem(key), storageKey);
		expect(JSON.parse(stored ?? '[]')).toContainEqual({ id: 'managing-conflict', note: '' });
		await page.evaluate((key) => localStorage.removeItem(key), storageKey);
	});

	test("the pages with styles of their own get them (reading list, worksheet, course pack, 404), and a reading list item's buttons line up", async () => {
		const { page } = await openPage(context);
		const style = (selector: string, property: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
		await page.goto(url('/reading-list/?p=trust,managing-conflict'), { waitUntil: 'networkidle' });
		expect(await style('.reading-list-items', 'padding-inline-start')).toBe('24px');
		// A row of buttons lines up: Move up, Move down and Remove start at the same height.
		const tops = await page
			.locator('.reading-list-item-actions')
			.first()
			.locator('button')
			.evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
		expect(tops).toHaveLength(3);
		expect(new Set(tops).size).toBe(1);
		await page.goto(url('/reflection/worksheet/'), { waitUntil: 'networkidle' });
		expect(await style('.worksheet-questions', 'padding-inline-start')).toBe('24px');
		await page.goto(url('/course-pack/?p=trust'), { waitUntil: 'networkidle' });
		await page.emulateMedia({ media: 'print' });
		expect(await style('.pack-intro', 'display')).toBe('none');
		await page.emulateMedia({ media: 'screen' });
		await page.goto(url('/no-such-page/'));
		expect(await style('.not-found-search label', 'display')).toBe('block');
	});

	test('the QR code on a page decodes to its short link', async () => {
		const { page } = await openPage(context);
		await page.goto(url(practice().url));
		// A preview build's codes are drawn again in the browser from the full address (site paths are no use to a phone).
		const full = new URL(written('/go/managing-conflict/'), server.origin).href;
		await page.locator('.use-in-training .qr-code[data-qr^="http"]').waitFor({ state: 'attached' });
		const svg = await page.locator('.use-in-training .qr-code svg').evaluate((el) => el.outerHTML);
		expect(decodeQr(svg)).toBe(full);
		// The handout's QR code says the same; the reading list's QR file is the build's.
		const printed = await page.locator('.print-header svg').evaluate((el) => el.outerHTML);
		expect(decodeQr(printed)).toBe(full);
		const file = fs.readFileSync(path.join(build.dir, 'qr', 'managing-conflict.svg'), 'utf8');
		expect(decodeQr(file)).toBe(written('/go/managing-conflict/'));
	});

	test('"Use in training" is collapsed, opens from the keyboard, and copies the short link and the citation', async () => {
		const { page } = await openPage(context);
		await page.goto(url(practice().url), { waitUntil: 'networkidle' });
		const box = page.locator('details.use-in-training');
		expect(await box.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
		await page.locator('.use-in-training summary').focus();
		await page.keyboard.press('Enter');
		expect(await box.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		const fullShort = new URL(written('/go/managing-conflict/'), server.origin).href;
		await page.getByRole('button', { name: 'Copy short link' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fullShort);
		await expect.poll(() => page.getByRole('status').textContent()).toContain(fullShort);
		// The embed code names the embed view by its full address.
		await page.getByRole('button', { name: 'Copy embed code' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
			`src="${new URL(written('/embed/managing-conflict/'), server.origin).href}"`,
		);
	});

	test('"Copy citation" puts the APA citation on the clipboard: the editors, the review date, the full address', async () => {
		const { page } = await openPage(context);
		await page.goto(url(practice().url), { waitUntil: 'networkidle' });
		const reviewed = await page.locator('.page-reviewed time').getAttribute('datetime');
		const [year, month, day] = reviewed!.split('-').map(Number) as [number, number, number];
		const monthName = new Date(Date.UTC(year, month - 1, day)).toLocaleString('en-US', {
			month: 'long',
			timeZone: 'UTC',
		});
		await page.locator('.cite-this-page').getByRole('button', { name: 'Copy citation' }).click();
		const full = new URL(written(practice().url), server.origin).href;
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`The Coalitions Handbook editors. (${year}, ${monthName} ${day}). ${practiceTitle()}. The Coalitions Handbook. ${full}`,
		);
		const bibtex = fs.readFileSync(path.join(build.dir, 'cite/practices/managing-conflict.bib'), 'utf8');
		expect(bibtex).toContain('publisher = {The Coalitions Handbook}');
		expect(bibtex).not.toMatch(/urldate|accessed/i);
	});

	test('a practice page prints as a handout: short link and review date on the first page, no BibTeX or navigation', async () => {
		const { page } = await openPage(context);
		await page.goto(url(practice().url), { waitUntil: 'networkidle' });
		const reviewedText = (await page.locator('.page-reviewed time').textContent())!;
		const pdf = path.join(temporaryFolder('handout-'), 'handout.pdf');
		await page.pdf({ path: pdf, format: 'A4' });
		const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' });
		const all = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
		expect(first).toContain(written('/go/managing-conflict/'));
		expect(first).toContain(reviewedText);
		expect(first).toContain(practiceTitle());
		for (const chrome of ['BibTeX', 'CSL-JSON', 'Skip to content', 'On this page', 'Use in training', 'Full reference'])
			expect(all, chrome).not.toContain(chrome);
		// Sidebar sections and the search box are not printed.
		expect(all).not.toMatch(/Authoring guide|Ctrl K|Search/);
		// Link addresses come as numbered endnotes.
		expect(all).toContain('Link addresses');
		fs.copyFileSync(pdf, `test-results/handout-${build.base === '/' ? 'root' : 'base'}.pdf`);
	});

	test('the worksheet prints with name and date lines and the filter it holds', async () => {
		const { page } = await openPage(context);
		await page.goto(url('/reflection/worksheet/?capability=mobilize-knowledge'), { waitUntil: 'networkidle' });
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.worksheet-print-lines').isVisible()).resolves.toBe(true);
		const filter = await page.locator('.worksheet-print-filter').textContent();
		expect(filter).toMatch(/^Questions for Mobilize knowledge: \d+ of 16\.$/);
	});

	/** The list is shown after the catalog has loaded: on a busy machine that takes more than expect.poll's second. */
	const patiently = { timeout: 20_000 };

	/** Adds the open page to the reading list and waits for the button to say so (the list's store loads on click). */
	const addToReadingList = async (page: Page) => {
		await page.getByRole('button', { name: 'Add to reading list' }).click();
		await page.getByRole('button', { name: 'On your reading list' }).waitFor();
	};

	test('"Add to reading list" on a full list, or in a browser that refuses to keep it, says so and leaves the list as it was', async () => {
		const { page } = await openPage(context);
		await page.goto(url(practice().url), { waitUntil: 'networkidle' });
		const storageKey = 'coalitions-handbook:reading-list:v1';
		// A list of 100 pages, the most a list holds, as an earlier visit left it.
		const hundred = JSON.stringify(Array.from({ length: 100 }, (_, i) => ({ id: `page-${i + 1}`, note: '' })));
		await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [storageKey, hundred]);
		await page.locator('.use-in-training summary').click();
		await page.getByRole('button', { name: 'Add to reading list' }).click();
		await expect
			.poll(() => page.getByRole('status').textContent())
			.toBe(
				`${practiceTitle()} was not added: your reading list already holds 100 pages, the most it can hold. Open the reading list to remove some first.`,
			);
		expect(await page.getByRole('button', { name: 'Add to reading list' }).count()).toBe(1);
		expect(await page.getByRole('button', { name: 'On your reading list' }).count()).toBe(0);
		expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBe(hundred);

		// A browser whose storage is full refuses every write.
		await page.evaluate((key) => {
			localStorage.removeItem(key);
			Storage.prototype.setItem = () => {
				throw new DOMException('full', 'QuotaExceededError');
			};
		}, storageKey);
		await page.getByRole('button', { name: 'Add to reading list' }).click();
		await expect
			.poll(() => page.getByRole('status').textContent())
			.toBe(
				`${practiceTitle()} could not be added: this browser refused to keep your reading list (its storage is full or turned off).`,
			);
		expect(await page.getByRole('button', { name: 'On your reading list' }).count()).toBe(0);
		expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBeNull();
		await page.close();
	});

	test('"Add to reading list" says so when the list\'s code cannot be loaded (the connection dropped), and leaves the button as it was', async () => {
		const { page } = await openPage(context);
		await page.goto(url(practice().url), { waitUntil: 'networkidle' });
		const stored = () => page.evaluate(() => localStorage.getItem('coalitions-handbook:reading-list:v1'));
		const before = await stored();
		// Loaded on the first click only: a reader who lost the connection after opening the page clicks in vain.
		await page.route(/\/add-to-list\.[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
		await page.locator('.use-in-training summary').click();
		await page.getByRole('button', { name: 'Add to reading list' }).click();
		await expect
			.poll(() => page.getByRole('status').textContent())
			.toBe(
				`${practiceTitle()} could not be added: the reading list could not be loaded. Check the connection and try again.`,
			);
		expect(await page.getByRole('button', { name: 'On your reading list' }).count()).toBe(0);
		expect(await stored()).toBe(before);
		await page.close();
	});

	test("on a 320 px phone a reading list item's QR code sits under its text, which keeps the screen's width", async () => {
		const { page } = await openPage(context);
		await page.setViewportSize({ width: 320, height: 800 });
		await page.goto(url('/reading-list/?p=trust'), { waitUntil: 'networkidle' });
		const item = page.locator('.reading-list-item').first();
		await item.locator('.reading-list-qr').waitFor();
		const [text, qr] = await Promise.all(
			['.reading-list-text', '.reading-list-qr'].map((selector) =>
				item.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON()),
			),
		);
		expect(qr.top, 'the QR code comes after the text').toBeGreaterThanOrEqual(text.bottom);
		expect(text.width, "the text takes the item's width").toBeGreaterThan(200);
		await page.close();
	});

	test("a reading list's title has its label above its box, and heads the printed handout instead of the form field", async () => {
		const { page } = await openPage(context);
		await page.goto(url('/reading-list/?p=trust&t=Workshop%2C+day+1'), { waitUntil: 'networkidle' });
		const box = (selector: string) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().toJSON());
		const field = page.getByLabel('Title of the list');
		await expect(field.inputValue()).resolves.toBe('Workshop, day 1');
		const label = await box('label[for="reading-list-name"]');
		const input = await box('#reading-list-name');
		expect(label.bottom, 'the label sits above its box, not against it').toBeLessThanOrEqual(input.top);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.reading-list-printed-title').innerText()).resolves.toBe('Workshop, day 1');
		await expect(field.isVisible()).resolves.toBe(false);
		await expect(page.locator('label[for="reading-list-name"]').isVisible()).resolves.toBe(false);
		// A title typed now is the one printed.
		await page.emulateMedia({ media: 'screen' });
		await field.fill('Board retreat');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.reading-list-printed-title').innerText()).resolves.toBe('Board retreat');
		// Typing the title made the shared list this browser's own: put the browser back as the next tests expect it.
		await expect(page.locator('.reading-list-status').textContent()).resolves.toBe('1 page on this list.');
		await page.evaluate(() =>
			['reading-list', 'reading-list-title'].forEach((name) =>
				localStorage.removeItem(`coalitions-handbook:${name}:v1`),
			),
		);
		await page.close();
	});

	test('the reading list page adds no page past 100, and a merge that does not fit says how many were left out', async () => {
		const { page } = await openPage(context);
		// The handbook has fewer than 100 pages: the catalog is served with 100 more, as a larger handbook's would be.
		const extra = Array.from({ length: 100 }, (_, i) => ({
			id: `page-${i + 1}`,
			type: 'topic',
			title: `Page ${i + 1}`,
			summary: '',
			capabilities: [],
			url: `/page-${i + 1}/`,
			shortLink: `/go/page-${i + 1}/`,
			inBrief: [],
		}));
		await page.route('**/catalog.json', async (route) => {
			const response = await route.fetch();
			const catalog = await response.json();
			await route.fulfill({ response, json: { ...catalog, entries: [...catalog.entries, ...extra] } });
		});
		const storageKey = 'coalitions-handbook:reading-list:v1';
		await page.goto(url('/reading-list/'), { waitUntil: 'networkidle' });
		const hundred = JSON.stringify(extra.map((entry) => ({ id: entry.id, note: '' })));
		await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [storageKey, hundred]);
		await page.reload({ waitUntil: 'networkidle' });
		const status = page.locator('.reading-list-status');
		await expect.poll(() => status.textContent(), patiently).toBe('100 pages on this list.');
		await page.getByLabel('Add a page').selectOption('trust');
		await page.getByRole('button', { name: 'Add', exact: true }).click();
		const announced = page.locator('#handbook-status');
		await expect
			.poll(() => announced.textContent())
			.toBe('Trust was not added: the list already holds 100 pages, the most it can hold. Remove one first.');
		expect(await page.locator('.reading-list-title').count()).toBe(100);
		expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBe(hundred);

		// A shared list of three, one already on the reader's list: two would be added, neither fits.
		await page.goto(url('/reading-list/?p=trust,page-1,iocn'), { waitUntil: 'networkidle' });
		await page.getByRole('button', { name: 'Add these pages to my list' }).click();
		await expect
			.poll(() => announced.textContent())
			.toBe(
				'The shared pages are added to the end of your list. 2 of them did not fit: a list holds at most 100 pages. Undo brings back your list as it was.',
			);
		await page.evaluate((key) => localStorage.removeItem(key), storageKey);
		await page.close();
	});

	test('a shared list naming pages the handbook no longer has shows the others and says which were left out', async () => {
		const { page } = await openPage(context);
		await page.goto(url('/reading-list/?p=trust,old-page,iocn,gone'), { waitUntil: 'networkidle' });
		const status = page.locator('.reading-list-status');
		await expect
			.poll(() => status.textContent(), patiently)
			.toBe(
				'2 pages on this list (from a shared link: changing it makes it your list in this browser). 2 pages of the list are no longer in the handbook and were left out: old-page, gone.',
			);
		expect(await page.locator('.reading-list-title').count()).toBe(2);
		await page.goto(url('/reading-list/?p=trust,old-page'), { waitUntil: 'networkidle' });
		await expect
			.poll(() => status.textContent(), patiently)
			.toContain('1 page of the list is no longer in the handbook and was left out: old-page.');
		await page.close();
	});

	test('a shared list opened with no list of your own becomes yours when you type its title or a note', async () => {
		const { page } = await openPage(context);
		const keys = ['coalitions-handbook:reading-list:v1', 'coalitions-handbook:reading-list-title:v1'];
		const status = page.locator('.reading-list-status');
		for (const [typeIn, value] of [
			['Title of the list', 'Week 1'],
			['Note for “Trust”', 'Read first'],
		] as const) {
			await page.goto(url('/reading-list/?p=trust'), { waitUntil: 'networkidle' });
			await expect
				.poll(() => status.textContent(), patiently)
				.toBe('1 page on this list (from a shared link: changing it makes it your list in this browser).');
			await page.getByLabel(typeIn).fill(value);
			await expect.poll(() => status.textContent()).toBe('1 page on this list.');
			// Kept in this browser: the reading list without an address shows it.
			await page.goto(url('/reading-list/'), { waitUntil: 'networkidle' });
			await expect.poll(() => page.locator('.reading-list-title').allTextContents(), patiently).toEqual(['Trust']);
			expect(await page.getByLabel(typeIn).inputValue()).toBe(value);
			await page.evaluate((names) => names.forEach((key) => localStorage.removeItem(key)), keys);
		}
		await page.close();
	});

	test('a reading list built in the pages survives a reload, opens from its link in a fresh browser, and prints', async () => {
		const { page, requests } = await openPage(context);
		await page.goto(url('/practices/managing-conflict/'), { waitUntil: 'networkidle' });
		await page.locator('.use-in-training summary').click();
		await addToReadingList(page);
		await page.goto(url('/coalitions/trust/'), { waitUntil: 'networkidle' });
		await page.locator('.use-in-training summary').click();
		await addToReadingList(page);
		await page.goto(url('/reading-list/'), { waitUntil: 'networkidle' });
		const titles = () => page.locator('.reading-list-title').allTextContents();
		await expect.poll(titles, patiently).toEqual([practiceTitle(), 'Trust']);
		// Add a third from the page, move Trust first, and write a note.
		await page.getByLabel('Add a page').selectOption('iocn');
		await page.getByRole('button', { name: 'Add', exact: true }).click();
		await page.getByRole('button', { name: 'Move up: Trust' }).click();
		await page.getByLabel('Note for “Trust”').fill('Read before the first session.');
		await page.getByLabel('Note for “Trust”').blur();
		const expected = ['Trust', practiceTitle(), (await titles())[2]!];
		expect(expected[2]).toMatch(/IOCN|network/i);
		// The browser reports the address the script set (history.replaceState) after the action returns: waited for.
		await expect.poll(() => new URL(page.url()).searchParams.get('p')).toBe('trust,managing-conflict,iocn');
		await page.reload({ waitUntil: 'networkidle' });
		await expect.poll(titles, patiently).toEqual(expected);
		await expect(page.getByLabel('Note for “Trust”').inputValue()).resolves.toBe('Read before the first session.');

		const shared = page.url();
		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		await other.goto(shared, { waitUntil: 'networkidle' });
		await expect.poll(() => other.locator('.reading-list-title').allTextContents(), patiently).toEqual(expected);
		await expect(other.getByLabel('Note for “Trust”').inputValue()).resolves.toBe('Read before the first session.');
		await other.emulateMedia({ media: 'print' });
		const printed = await other
			.locator('.reading-list-item')
			.evaluateAll((items) => items.map((item) => (item as HTMLElement).innerText));
		const shortIds = ['trust', 'managing-conflict', 'iocn'];
		printed.forEach((text, i) =>
			expect(text).toContain(`Short link: ${new URL(written(`/go/${shortIds[i]}/`), server.origin).href}`),
		);
		expect(printed[0]).toContain('Read before the first session.');
		await expect(other.locator('.reading-list-controls').isVisible()).resolves.toBe(false);
		// Each item's QR code opens its short link from a phone: a full address, in a preview build too
		// (drawn in the browser there) as in a published one (the build's /qr/<id>.svg).
		const qrMarkup = () =>
			other
				.locator('.reading-list-qr')
				.evaluateAll((holders) =>
					Promise.all(
						holders.map(async (holder) =>
							holder instanceof HTMLImageElement
								? (await fetch(holder.src)).text()
								: (holder.querySelector('svg')?.outerHTML ?? ''),
						),
					),
				);
		await expect.poll(async () => (await qrMarkup()).filter(Boolean).length, patiently).toBe(3);
		expect((await qrMarkup()).map(decodeQr)).toEqual(
			shortIds.map((id) => new URL(written(`/go/${id}/`), server.origin).href),
		);
		await fresh.close();
		expect(offOrigin(requests, server.origin)).toEqual([]);
	}, 180_000);

	test('reading-list notes typed in two boxes in a row are both kept, in the address too, with focus and Tab order kept', async () => {
		const fresh = await browser.newContext();
		const page = await fresh.newPage();
		await page.goto(url('/reading-list/?p=trust,managing-conflict,iocn'));
		const first = page.getByLabel('Note for “Trust”');
		const second = page.getByLabel(`Note for “${practiceTitle()}”`);
		await first.click();
		await page.keyboard.type('Read first.');
		// Straight from one box into the next, as a trainer does: the click must land, and typing go there.
		await second.click();
		await page.keyboard.type('Bring a case.');
		await expect(first.inputValue()).resolves.toBe('Read first.');
		await expect(second.inputValue()).resolves.toBe('Bring a case.');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('note-managing-conflict');
		// The note being typed is already in the address: a link copied now holds it.
		const params = () => new URL(page.url()).searchParams;
		expect(params().get('n.trust')).toBe('Read first.');
		expect(params().get('n.managing-conflict')).toBe('Bring a case.');
		// Tab goes on from the note to its item's buttons, not to the top of the page.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
			`Move up: ${practiceTitle()}`,
		);
		// Moving an item keeps every note and the focus on the button that moved it.
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.locator('.reading-list-title').allTextContents(), patiently)
			.toEqual([practiceTitle(), 'Trust', expect.stringMatching(/IOCN/)]);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
			`Move down: ${practiceTitle()}`,
		);
		await expect(first.inputValue()).resolves.toBe('Read first.');
		await page.reload();
		await expect(page.getByLabel('Note for “Trust”').inputValue()).resolves.toBe('Read first.');
		await fresh.close();
	}, 180_000);

	test('the reading list names each kind of entry as the rest of the site does (the page-type registry)', async () => {
		const fresh = await browser.newContext();
		const page = await fresh.newPage();
		await page.goto(
			url('/reading-list/?p=iocn,develop-coalitions,align-decisions,after-action-review,key-partners-in-my-unit'),
		);
		// Written out here, not read from the registry: these are the words a reader sees on the pages' badges.
		await expect
			.poll(() => page.locator('.reading-list-type').allTextContents(), patiently)
			.toEqual([
				' (Case study)',
				' (LEADS domain)',
				' (LEADS capability)',
				' (Glossary term)',
				' (Reflection question)',
			]);
		await fresh.close();
	}, 180_000);

	test("opening a shared reading list never loses the reader's own: save it apart, replace with undo, or merge", async () => {
		const fresh = await browser.newContext();
		const page = await fresh.newPage();
		const titles = () => page.locator('.reading-list-title').allTextContents();
		// The reader's own list: one page, with a note.
		await page.goto(url('/practices/managing-conflict/'));
		await page.locator('.use-in-training summary').click();
		await addToReadingList(page);
		await page.goto(url('/reading-list/'));
		await page.getByLabel(`Note for “${practiceTitle()}”`).fill('My own note.');
		await page.getByLabel(`Note for “${practiceTitle()}”`).blur();
		const ownList = async () => {
			await page.goto(url('/reading-list/'));
			await expect.poll(titles, patiently).not.toEqual([]);
			return {
				titles: await titles(),
				note: await page.getByLabel(`Note for “${practiceTitle()}”`).inputValue(),
			};
		};
		const mine = { titles: [practiceTitle()], note: 'My own note.' };
		await expect(ownList()).resolves.toEqual(mine);

		// A colleague's list opens as it is, and changing it (adding a page) leaves the reader's own alone.
		const shared = url('/reading-list/?p=trust,iocn&t=Their+workshop&n.trust=Their+note.');
		await page.goto(shared);
		await expect.poll(titles, patiently).toEqual(['Trust', expect.stringMatching(/IOCN/)]);
		await page.getByLabel('Add a page').selectOption('conflict');
		await page.getByRole('button', { name: 'Add', exact: true }).click();
		await expect.poll(titles, patiently).toHaveLength(3);
		// The browser reports the address the script set (history.replaceState) after the action returns: waited for.
		await expect.poll(() => new URL(page.url()).searchParams.get('p')).toBe('trust,iocn,conflict');
		await expect(ownList()).resolves.toEqual(mine);

		// The shared list says what it is, and offers the choices.
		await page.goto(shared);
		await page.locator('.reading-list-shared').waitFor({ state: 'visible' });
		await page.goto(url('/reading-list/'));
		// The reader's list gets a title, which the choices below must keep too.
		await page.getByLabel('Title of the list').fill('My workshop');

		// Saved as a separate list: the reader's own is unchanged, and the saved one opens from its link.
		await page.goto(shared);
		await page.getByRole('button', { name: 'Save as a separate list' }).click();
		await page.getByRole('link', { name: 'Their workshop' }).click();
		await expect.poll(titles, patiently).toEqual(['Trust', expect.stringMatching(/IOCN/)]);
		await expect(ownList()).resolves.toEqual(mine);

		// Replaced, then undone.
		await page.goto(shared);
		await page.getByRole('button', { name: 'Replace my list with this one' }).click();
		await expect.poll(titles, patiently).toEqual(['Trust', expect.stringMatching(/IOCN/)]);
		await page.getByRole('button', { name: /Undo/ }).click();
		await expect.poll(titles, patiently).toEqual([practiceTitle()]);
		await expect(ownList()).resolves.toEqual(mine);

		// Merged: the shared pages after the reader's, whose note and title stay.
		await page.goto(shared);
		await page.getByRole('button', { name: 'Add these pages to my list' }).click();
		const merged = await ownList();
		expect(merged.titles).toEqual([practiceTitle(), 'Trust', expect.stringMatching(/IOCN/)]);
		expect(merged.note).toBe('My own note.');
		await expect(page.getByLabel('Title of the list').inputValue()).resolves.toBe('My workshop');
		await expect(page.getByLabel('Note for “Trust”').inputValue()).resolves.toBe('Their note.');
		await fresh.close();
	}, 180_000);
});

describe('framing', () => {
	let site: StaticServer;
	let lms: StaticServer;
	let elsewhere: StaticServer;
	let build: Build;
	let context: BrowserContext;

	/** A learning system's page that frames `src`, served from `host` (its origin is what the policy checks). */
	async function framed(host: string, src: string): Promise<{ page: Page; loaded: boolean }> {
		const page = await context.newPage();
		const name = `frame-${Math.random().toString(36).slice(2)}.html`;
		fs.writeFileSync(
			path.join(lmsDir, name),
			`<!doctype html><title>Course</title><iframe src="${src}" title="Handbook"></iframe>`,
		);
		await page.goto(`${host}/${name}`, { waitUntil: 'load' });
		// A refused frame shows the browser's own error page (chrome-error://), not the handbook's.
		const frame = page.frames().find((f) => f !== page.mainFrame());
		const loaded = frame?.url() === src && (await frame.locator('main h1').count()) > 0;
		return { page, loaded };
	}
	let lmsDir: string;

	beforeAll(async () => {
		build = baseBuild();
		site = await serveStatic(build.dir, build.base);
		lmsDir = temporaryFolder('lms-');
		fs.writeFileSync(path.join(lmsDir, '404.html'), '<!doctype html><title>Not found</title>');
		lms = await serveStatic(lmsDir, '/', { port: lmsPort });
		elsewhere = await serveStatic(lmsDir);
		context = await browser.newContext();
	});
	afterAll(async () => {
		await context?.close();
		await Promise.all([site?.close(), lms?.close(), elsewhere?.close()]);
	});

	test('an embed view loads in a frame on a configured origin and is refused on another', async () => {
		const embed = `${site.url}embed/managing-conflict/`;
		const allowed = await framed(`http://localhost:${lmsPort}`, embed);
		expect(allowed.loaded, 'framed by the configured learning system').toBe(true);
		const frame = allowed.page.frames().find((f) => f.url() === embed)!;
		await expect(frame.locator('h1').textContent()).resolves.toBe(practiceTitle());
		// The content and its citations, the references and a link to the full page; no site header or sidebar.
		expect(await frame.locator('a.citation').count()).toBeGreaterThan(3);
		await expect(frame.locator('#references').count()).resolves.toBe(1);
		await expect(frame.locator('.embed-full a').first().getAttribute('href')).resolves.toBe(
			'/handbook/practices/managing-conflict/',
		);
		await expect(frame.locator('header, nav.sidebar, #starlight__sidebar').count()).resolves.toBe(0);
		const refused = await framed(elsewhere.origin, embed);
		expect(refused.loaded, 'framed by an origin not in the configuration').toBe(false);
	});

	test('a normal page is refused in any frame, even on the configured origin', async () => {
		for (const host of [`http://localhost:${lmsPort}`, elsewhere.origin]) {
			const { loaded } = await framed(host, `${site.url}practices/managing-conflict/`);
			expect(loaded, host).toBe(false);
		}
	});

	test('with no origin configured (the committed configuration), embed views refuse every frame', async () => {
		const root = await serveStatic(rootBuild.dir);
		const { loaded } = await framed(`http://localhost:${lmsPort}`, `${root.url}embed/managing-conflict/`);
		expect(loaded).toBe(false);
		await root.close();
	});

	test.each([() => rootBuild, baseBuild])(
		"each page's meta policy and its _headers policy are the same (build %#)",
		(getBuild) => {
			const { dir, base, embedOrigins } = getBuild();
			const headersFor = readHeaders(dir);
			let pages = 0;
			for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
				if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
				const file = path.join(entry.parentPath, entry.name);
				const meta = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(
					fs.readFileSync(file, 'utf8'),
				)?.[1];
				if (!meta) continue;
				pages++;
				const request = `${base}${path.relative(dir, file).replace(/index\.html$/, '')}`;
				const header = headersFor(request)['content-security-policy'];
				expect(header, request).toBeDefined();
				const directives = (policy: string) =>
					new Map(
						policy
							.split(';')
							.map((d) => d.trim().split(/\s+/))
							.map(([name, ...values]) => [name!, values]),
					);
				const fromMeta = directives(meta);
				// A host that joins the values of two matching rules (`/*` and the page's own) sends two policies,
				// and browsers enforce both: each must allow what the page runs, and the frame-ancestors that
				// counts is the narrowest.
				const policies = header!.split(',').map(directives);
				// Browsers ignore frame-ancestors in a meta tag, so only the header carries it.
				expect(fromMeta.has('frame-ancestors')).toBe(false);
				for (const fromHeader of policies) {
					expect([...fromHeader.keys()].sort()).toEqual([...fromMeta.keys(), 'frame-ancestors'].sort());
					for (const [name, values] of fromMeta)
						for (const value of values) expect(fromHeader.get(name), `${request} ${name}`).toContain(value);
				}
				const embed = request.startsWith(`${base}embed/`);
				const frameLists = policies.map((policy) => policy.get('frame-ancestors')!);
				const narrowest = frameLists.some((list) => list.includes("'none'"))
					? ["'none'"]
					: frameLists.reduce((kept, list) => kept.filter((origin) => list.includes(origin)));
				expect(narrowest, request).toEqual(embed && embedOrigins.length ? embedOrigins : ["'none'"]);
				expect(headersFor(request)['x-frame-options'], request).toBe(embed && embedOrigins.length ? undefined : 'DENY');
			}
			expect(pages).toBeGreaterThan(100);
		},
	);
});
