import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium off the network and quiet here (shared with the benchmark and Lighthouse). */
export const chromiumFlags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/**
 * Debian's Chromium, headless, with `chromiumFlags`.
 * Playwright gives every launch a fresh, empty profile (user data dir) of its own.
 */
export async function launchBrowser(): Promise<{ browser: Browser; close(): Promise<void> }> {
	const browser = await chromium.launch({
		executablePath: chromiumPath,
		headless: true,
		args: chromiumFlags,
	});
	return {
		browser,
		async close() {
			await browser.close();
		},
	};
}

/** What a page did while it was open: console errors, failed requests, and every URL it asked for. */
export interface PageRecord {
	page: Page;
	consoleErrors: string[];
	requests: string[];
}

/** Opens a page that records its console errors and every request it makes. */
export async function openPage(context: BrowserContext): Promise<PageRecord> {
	const page = await context.newPage();
	const record: PageRecord = { page, consoleErrors: [], requests: [] };
	page.on('console', (message) => {
		if (message.type() === 'error') record.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => record.consoleErrors.push(error.message));
	page.on('request', (request) => record.requests.push(request.url()));
	return record;
}

/** Requests that left the test server's origin (data: and blob: URLs stay in the page). */
export function offOrigin(requests: string[], origin: string): string[] {
	return requests.filter((url) => !url.startsWith(origin) && !/^(data|blob|about):/.test(url));
}

/**
 * The scripts and stylesheets a page has loaded since this was called, with their text: what a reader's
 * browser downloaded, to say what a visit or a search costs without timing it.
 */
export function loadedCode(page: Page): { scripts: Map<string, string>; styles: Map<string, string> } {
	const scripts = new Map<string, string>();
	const styles = new Map<string, string>();
	page.on('response', (response) => {
		const type = response.request().resourceType();
		const into = type === 'script' ? scripts : type === 'stylesheet' ? styles : undefined;
		if (!into || !response.ok()) return;
		const pathname = new URL(response.url()).pathname;
		response.text().then(
			(text) => into.set(pathname, text),
			() => into.set(pathname, ''),
		);
	});
	return { scripts, styles };
}
