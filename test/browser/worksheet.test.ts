import fs from 'node:fs';
import path from 'node:path';
import { axeViolations } from '../helpers/axe.ts';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { offOrigin } from '../helpers/browser.ts';
import { handbookContent, servedSite } from '../helpers/site.ts';

// The worksheet never loses answers without a word: unreadable stored data is set aside with a notice, a failed
// save is shown next to the answer until a save succeeds, and answers move between browsers as a file.

const key = 'coalitions-handbook:worksheet:v1';
const site = servedSite();

const worksheetUrl = () => new URL('reflection/worksheet/', site.server.url).href;
const [first, second] = handbookContent().reflection.map((question) => question.id);
const box = (page: Page, id: string) => page.locator(`textarea[name="${id}"]`);
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), key);
const status = (page: Page) => page.getByRole('status').filter({ has: page.locator('.worksheet-notice') });

/**
 * Emulations of a browser whose storage misbehaves, installed before the page's scripts run, on the worksheet
 * only (so that the test can put a value in storage from another page first). The errors carry a stack, so that
 * the test can tell which script let one through. `restoreStorage()` undoes "full".
 */
const storageFaults = {
	full: () => {
		if (!location.pathname.includes('/reflection/worksheet/')) return;
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (this: Storage, ...args: [string, string]) {
			if (this !== window.localStorage) return setItem.apply(this, args);
			const error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			Error.captureStackTrace(error);
			throw error;
		};
		Object.assign(window, { restoreStorage: () => (Storage.prototype.setItem = setItem) });
	},
	off: () => {
		if (!location.pathname.includes('/reflection/worksheet/')) return;
		Object.defineProperty(window, 'localStorage', {
			get() {
				const error = new DOMException('Access is denied for this document.', 'SecurityError');
				Error.captureStackTrace(error);
				throw error;
			},
		});
	},
};

/**
 * The uncaught errors that are not Starlight's. Starlight's theme scripts, inline in every page, use
 * localStorage without catching its errors, so a browser with full or disabled storage reports theirs too;
 * they are recognized by their stack, every frame of which is inline in the page (or in the emulation above).
 */
const notStarlights = (errors: Error[]) =>
	errors.filter(
		(error) =>
			!(error.stack ?? '')
				.split('\n')
				.slice(1)
				.every((frame) => /\/reflection\/worksheet\/:\d+:\d+\)?$|<anonymous>/.test(frame)) ||
			!/^(SecurityError|QuotaExceededError|ReferenceError: StarlightThemeProvider is not defined)/.test(
				error.stack ?? '',
			),
	);

interface Opened {
	page: Page;
	/** Uncaught errors, with their stacks. */
	uncaught: Error[];
	/** Messages the page logged as errors (a refused script, a failed request). */
	consoleErrors: string[];
	requests: string[];
	context: BrowserContext;
}

/** Opens the worksheet in a fresh context, with `value` stored under the worksheet's key first and storage faults installed. */
async function openWorksheet(value?: string, fault?: keyof typeof storageFaults): Promise<Opened> {
	const context = await site.browser.newContext({ acceptDownloads: true });
	if (fault) await context.addInitScript(storageFaults[fault]);
	const page = await context.newPage();
	const opened: Opened = { page, uncaught: [], consoleErrors: [], requests: [], context };
	page.on('pageerror', (error) => opened.uncaught.push(error));
	page.on('console', (message) => message.type() === 'error' && opened.consoleErrors.push(message.text()));
	page.on('request', (request) => opened.requests.push(request.url()));
	if (value !== undefined) {
		await page.goto(site.server.url);
		await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, value]);
	}
	await page.goto(worksheetUrl(), { waitUntil: 'networkidle' });
	return opened;
}

test("the filter of Starlight's errors lets an error from a bundled script through", () => {
	const error = (stack: string) => Object.assign(new Error(), { stack });
	const inline =
		'QuotaExceededError: full\n    at get (<anonymous>:5:83)\n    at http://127.0.0.1:1/reflection/worksheet/:4:4';
	const bundled = `${inline}\n    at save (http://127.0.0.1:1/_astro/Worksheet.astro_astro_type_script_index_0_lang.js:1:99)`;
	expect(notStarlights([error(inline), error(bundled)]).map((e) => e.stack)).toEqual([bundled]);
});

/** Nothing went wrong in the page but what a faulty storage makes Starlight's own theme scripts report. */
function expectNoErrors({ uncaught, consoleErrors }: Opened, fault = false): void {
	expect(fault ? notStarlights(uncaught) : uncaught).toEqual([]);
	expect(
		consoleErrors.filter((text) => !fault || !/SecurityError|QuotaExceededError|StarlightThemeProvider/.test(text)),
	).toEqual([]);
}

describe('unreadable stored data is set aside, with a notice, and answers typed afterwards are saved', () => {
	test.each([
		['null', 'null', 0],
		['an array', '["Our partners", "Trust"]', 0],
		['a number', '42', 0],
		['text that is not JSON', '{"build-trust": "half an answer', 0],
		['an object with other values than text', JSON.stringify({ [first!]: 'A kept answer', [second!]: 7 }), 1],
	])('stored %s', async (_name, value, readable) => {
		const opened = await openWorksheet(value);
		const { page, context } = opened;
		const notice = status(page);
		await expect(notice.textContent()).resolves.toContain('Your saved answers could not all be read');
		const text = (await notice.textContent())!;
		const backupKey = /“(coalitions-handbook:worksheet:v1:backup-[^”]+)”/.exec(text)?.[1];
		expect(backupKey).toMatch(/:backup-\d{4}-\d\d-\d\dT/);
		// The old data is kept exactly as it was, and no longer under the key the page saves to.
		expect(await page.evaluate((k) => localStorage.getItem(k), backupKey!)).toBe(value);
		// The answers that could be read from it are saved again at once.
		expect(await stored(page)).toBe(readable ? JSON.stringify({ [first!]: 'A kept answer' }) : null);
		expect(text).toContain(readable ? 'The one answer that could be read is shown.' : 'No answers could be read');
		if (readable) await expect(box(page, first!).inputValue()).resolves.toBe('A kept answer');

		// The kept data can be downloaded as it is.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			notice.getByRole('button', { name: 'Download the kept data' }).click(),
		]);
		expect(fs.readFileSync(await download.path(), 'utf8')).toBe(value);

		await box(page, second!).fill('We meet every month.');
		expect(JSON.parse((await stored(page))!)).toEqual({
			...(readable ? { [first!]: 'A kept answer' } : {}),
			[second!]: 'We meet every month.',
		});
		await page.reload({ waitUntil: 'networkidle' });
		await expect(box(page, second!).inputValue()).resolves.toBe('We meet every month.');
		expect(await status(page).count()).toBe(0); // valid now: no notice
		expectNoErrors(opened);
		await context.close();
	});
});

describe('a failed save says so next to the answer until a save succeeds', () => {
	test('storage full: each unsaved answer is marked, and the marks go when saving works again', async () => {
		const opened = await openWorksheet(JSON.stringify({ [first!]: 'Saved before' }), 'full');
		const { page, context } = opened;
		await expect(box(page, first!).inputValue()).resolves.toBe('Saved before');
		await box(page, second!).fill('Typed while storage is full');
		const mark = page.locator(`[data-question="${second}"] .worksheet-unsaved`);
		await expect(mark.textContent()).resolves.toBe("Not saved: this browser's storage for the site is full.");
		// A screen reader hears it with the answer box.
		await expect(box(page, second!).getAttribute('aria-describedby')).resolves.toBe(await mark.getAttribute('id'));
		await expect(status(page).textContent()).resolves.toContain('Your answers are not being saved');
		await box(page, second!).pressSequentially(', still.');
		await expect(mark.isVisible()).resolves.toBe(true);
		expect(JSON.parse((await stored(page))!)).toEqual({ [first!]: 'Saved before' });
		// The export holds what is on the page, saved or not.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export answers' }).click(),
		]);
		expect(JSON.parse(fs.readFileSync(await download.path(), 'utf8')).answers).toEqual({
			[first!]: 'Saved before',
			[second!]: 'Typed while storage is full, still.',
		});

		await page.evaluate(() => (window as unknown as { restoreStorage(): void }).restoreStorage());
		await box(page, first!).fill('Saved after');
		await expect(page.locator('.worksheet-unsaved').count()).resolves.toBe(0);
		await expect(box(page, second!).getAttribute('aria-describedby')).resolves.toBeNull();
		await expect(status(page).textContent()).resolves.toContain('Your answers are saved again');
		// The answer typed while storage was full is saved too, not only the one typed last.
		expect(JSON.parse((await stored(page))!)).toEqual({
			[first!]: 'Saved after',
			[second!]: 'Typed while storage is full, still.',
		});
		expectNoErrors(opened, true);
		await context.close();
	});

	test('storage full and unreadable data: the data is not saved over, and the page says so', async () => {
		const opened = await openWorksheet('null', 'full');
		const { page, context } = opened;
		await expect(status(page).textContent()).resolves.toContain('new answers are not saved');
		await box(page, first!).fill('An answer');
		await expect(page.locator(`[data-question="${first}"] .worksheet-unsaved`).textContent()).resolves.toMatch(
			/^Not saved: your earlier saved data could not be read/,
		);
		expect(await stored(page)).toBe('null');
		// Clearing is the way out, once the data is downloaded.
		page.once('dialog', (dialog) => dialog.accept());
		await page.getByRole('button', { name: 'Clear my answers' }).click();
		expect(await stored(page)).toBeNull();
		expectNoErrors(opened, true);
		await context.close();
	});

	test('storage turned off: the page says so at once, and marks what is typed', async () => {
		const opened = await openWorksheet(undefined, 'off');
		const { page, context } = opened;
		await expect(status(page).textContent()).resolves.toContain('Your answers cannot be saved in this browser');
		await box(page, first!).fill('An answer');
		await expect(page.locator(`[data-question="${first}"] .worksheet-unsaved`).textContent()).resolves.toBe(
			'Not saved: this browser does not let the site keep data (storage is turned off or unavailable).',
		);
		expectNoErrors(opened, true);
		await context.close();
	});
});

describe('export and import', () => {
	test('answers exported in one browser are restored by importing the file in a fresh one, and nothing leaves either', async () => {
		const one = await openWorksheet();
		await box(one.page, first!).fill('Trust is built in small steps.');
		await box(one.page, second!).fill('Line one\nLine two "quoted" <b>not markup</b>');
		const [download] = await Promise.all([
			one.page.waitForEvent('download'),
			one.page.getByRole('button', { name: 'Export answers' }).click(),
		]);
		expect(download.suggestedFilename()).toBe('reflection-worksheet-answers.json');
		// Saved under its own name, as a browser would, so that the import sees the name a leader would choose.
		const file = path.resolve('test-results', download.suggestedFilename());
		await download.saveAs(file);
		const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
		expect(exported).toMatchObject({ format: 'coalitions-handbook-worksheet', version: 1 });
		await expect(status(one.page).textContent()).resolves.toContain('Exported 2 answers');

		const two = await openWorksheet(JSON.stringify({ [first!]: 'An older answer on this device' }));
		const dialogs: string[] = [];
		two.page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.accept();
		});
		const [chooser] = await Promise.all([
			two.page.waitForEvent('filechooser'),
			two.page.getByRole('button', { name: 'Import answers' }).click(),
		]);
		await chooser.setFiles(file);
		await expect(status(two.page).textContent()).resolves.toContain('Imported 2 answers');
		// Replacing an answer on this device is asked first.
		expect(dialogs).toEqual([
			'Importing replaces 1 answer in this browser with those in “reflection-worksheet-answers.json”. Import?',
		]);
		await expect(box(two.page, first!).inputValue()).resolves.toBe('Trust is built in small steps.');
		await expect(box(two.page, second!).inputValue()).resolves.toBe('Line one\nLine two "quoted" <b>not markup</b>');
		await two.page.reload({ waitUntil: 'networkidle' });
		await expect(box(two.page, second!).inputValue()).resolves.toBe('Line one\nLine two "quoted" <b>not markup</b>');

		for (const opened of [one, two]) {
			expectNoErrors(opened);
			expect(offOrigin(opened.requests, site.server.origin)).toEqual([]);
			// After the pages loaded, nothing was requested but the pages themselves (reloads) and blob: downloads.
			for (const request of opened.requests.filter((r) => !r.startsWith('blob:')))
				expect(new URL(request).origin).toBe(site.server.origin);
			await opened.context.close();
		}
	});

	test.each([
		['not JSON', 'answers.json', 'my answers', 'it is not a JSON file'],
		['JSON of another kind', 'package.json', '{"name": "x"}', 'it is not a worksheet export'],
		[
			'a later version',
			'later.json',
			'{"format": "coalitions-handbook-worksheet", "version": 2}',
			'it is in a format this page does not know (version 2)',
		],
		[
			'answers that are not text',
			'bad.json',
			'{"format": "coalitions-handbook-worksheet", "version": 1, "answers": {"build-trust": 3}}',
			'1 of its answers is not text',
		],
		[
			'no answers',
			'empty.json',
			'{"format": "coalitions-handbook-worksheet", "version": 1, "answers": {}}',
			'it holds no answers',
		],
	])('a file with %s is refused with a clear message, and the answers stay', async (_name, name, text, problem) => {
		const opened = await openWorksheet(JSON.stringify({ [first!]: 'Mine' }));
		const { page, context } = opened;
		await page.setInputFiles('input[data-import]', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
		const notice = (await status(page).textContent())!;
		expect(notice).toContain('Nothing was imported');
		expect(notice).toContain(`“${name}” was not imported: ${problem}`);
		await expect(box(page, first!).inputValue()).resolves.toBe('Mine');
		expect(JSON.parse((await stored(page))!)).toEqual({ [first!]: 'Mine' });
		expectNoErrors(opened);
		await context.close();
	});
});

describe.each(['light', 'dark'] as const)('notices in %s mode', (colorScheme) => {
	test('pass axe (WCAG 2.2 AA), fit a 320 px screen, and can be used with the keyboard', async () => {
		// axe is injected as a script, which the page's own policy rightly refuses.
		const context = await site.browser.newContext({
			viewport: { width: 320, height: 800 },
			colorScheme,
			bypassCSP: true,
		});
		await context.addInitScript(storageFaults.full);
		const page = await context.newPage();
		await page.goto(site.server.url);
		await page.evaluate((k) => localStorage.setItem(k, '[1, 2]'), key);
		await page.goto(worksheetUrl(), { waitUntil: 'networkidle' });
		await box(page, first!).fill('An answer that is not saved');
		await page.locator('.worksheet-unsaved').waitFor();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		expect(await axeViolations(page)).toEqual([]);
		// The notice's button is reached with Tab from the answer box before it in the page: Shift+Tab back from the filter.
		await page.locator('#worksheet-filter').focus();
		await page.keyboard.press('Shift+Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Download the kept data');
		fs.mkdirSync('test-results', { recursive: true });
		await page.screenshot({ path: `test-results/worksheet-notices-${colorScheme}.png`, fullPage: false });
		await context.close();
	});
});
