// Measurements for `npm run bench`: a build's time and peak memory, output size,
// and what a cold page visit and a first search transfer, in Debian's Chromium.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from '../../test/helpers/static-server.ts';
import { chromiumFlags, chromiumPath } from '../../test/helpers/browser.ts';

export interface BuildResult {
	seconds: number;
	peakMB: number;
	ok: boolean;
	log: string;
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(pid: number): number {
	const children = new Map<number, number[]>();
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
		} catch {
			// The process ended while we looked.
		}
	}
	let total = 0;
	const visit = (p: number) => {
		try {
			const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1];
			total += Number(rss ?? 0) * 1024;
		} catch {
			// Gone.
		}
		for (const child of children.get(p) ?? []) visit(child);
	};
	visit(pid);
	return total;
}

/** Runs a command to completion, sampling the memory of its process tree. */
export function timedRun(
	command: string,
	args: string[],
	env: NodeJS.ProcessEnv,
	cwd = process.cwd(),
): Promise<BuildResult> {
	return new Promise((resolve) => {
		const started = performance.now();
		const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
		let log = '';
		child.stdout.on('data', (d) => (log += d));
		child.stderr.on('data', (d) => (log += d));
		let peak = 0;
		const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 200);
		child.on('close', (code) => {
			clearInterval(timer);
			resolve({ seconds: (performance.now() - started) / 1000, peakMB: peak / 1024 / 1024, ok: code === 0, log });
		});
	});
}

/** Bytes and files under a folder, and how many HTML pages. */
export function outputSize(dir: string): { bytes: number; files: number; pages: number } {
	let bytes = 0;
	let files = 0;
	let pages = 0;
	for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		files++;
		const file = path.join(entry.parentPath, entry.name);
		bytes += fs.statSync(file).size;
		// A page is an HTML page a reader reads, not a redirect (short links, renamed pages).
		if (entry.name === 'index.html' && !fs.readFileSync(file, 'utf8').includes('http-equiv="refresh"')) pages++;
	}
	return { bytes, files, pages };
}

export async function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}

export interface VisitResult {
	/** Compressed body bytes transferred until the page was idle. */
	bytes: number;
	/** HTTP response headers on top of that (large here because every response carries the CSP). */
	headerBytes: number;
	requests: number;
	byType: Record<string, number>;
}

/**
 * A cold first visit: a new browser profile, gzip as a production host sends, and
 * every byte counted until the network has been quiet for 3 seconds (which covers
 * anything preloaded when the browser is idle), with no interaction.
 */
export async function coldVisit(browser: Browser, dir: string, pathname: string, base = '/'): Promise<VisitResult> {
	const server = await serveStatic(dir, base, { gzip: true });
	const context = await browser.newContext();
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	const types = new Map<string, string>();
	let wire = 0;
	cdp.on('Network.responseReceived', (e) => types.set(new URL(e.response.url).pathname, e.type));
	cdp.on('Network.loadingFinished', (e) => (wire += e.encodedDataLength));
	await page.goto(`${server.url}${pathname.replace(/^\//, '')}`, { waitUntil: 'networkidle' });
	await page.waitForTimeout(3000);
	// Bodies are counted where they are sent, compressed, so HTTP framing does not blur them.
	const result: VisitResult = { bytes: 0, headerBytes: 0, requests: server.sent.length, byType: {} };
	for (const { path: sentPath, bytes } of server.sent) {
		result.bytes += bytes;
		const type = types.get(sentPath) ?? 'Other';
		result.byType[type] = (result.byType[type] ?? 0) + bytes;
	}
	result.headerBytes = Math.max(0, wire - result.bytes);
	await context.close();
	await server.close();
	return result;
}

/** What a reader's first search costs, over several cold runs. */
export interface SearchResult {
	/** Compressed body bytes from opening the search to the first results (median run). */
	bytes: number;
	/** Milliseconds from the last keystroke to the first results of the whole query: median, then every run. */
	ms: number;
	runs: number[];
	/** Results shown at first. */
	results: number;
	/** Bytes by file kind (median run), for the method's breakdown. */
	byKind: Record<string, number>;
}

/** A kind of file the first search fetches, for the breakdown. */
function kindOf(pathname: string): string {
	if (/\/pagefind\/wasm\./.test(pathname)) return 'Pagefind WebAssembly';
	if (/\.pf_index$/.test(pathname)) return 'index chunks';
	if (/\.pf_fragment$/.test(pathname)) return 'result fragments';
	if (/\.(pf_meta|pf_filter)$|pagefind-entry\.json$/.test(pathname)) return 'index metadata and filters';
	if (/\/pagefind\/.*\.js$/.test(pathname)) return 'Pagefind script';
	if (/search-(data\.json|words\.txt)$/.test(pathname)) return 'vocabulary and word list';
	if (/\.css$/.test(pathname)) return 'search UI styles';
	if (/\.js$/.test(pathname)) return 'search UI script';
	return 'other';
}

/**
 * A reader's first search, as a reader makes it, in a new browser profile with gzip as a
 * production host sends: the page is loaded and left idle for 3 seconds; then the reader opens
 * the header's search (a click on its button), types the query one key at a time (120 ms apart),
 * and waits for the first results of the whole query. Counted: every body byte the server sends
 * from the click until those results show, plus anything still arriving in the next 500 ms; and
 * the time, measured in the page, from the last keystroke's input event to the first result of
 * the whole query in the DOM. Repeated `runs` times (each cold); the median run is reported.
 */
export async function firstSearch(
	browser: Browser,
	dir: string,
	pathname: string,
	query: string,
	runs = Number(process.env.BENCH_SEARCH_RUNS ?? 5),
): Promise<SearchResult> {
	const server = await serveStatic(dir, '/', { gzip: true });
	const measured: { bytes: number; ms: number; results: number; byKind: Record<string, number> }[] = [];
	try {
		for (let run = 0; run < runs; run++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(`${server.url}${pathname.replace(/^\//, '')}`, { waitUntil: 'networkidle' });
			await page.waitForTimeout(3000);
			// In the page: the time of each input event, and of the first result shown for the whole query.
			await page.evaluate((wanted) => {
				const clock = window as unknown as { __lastKey?: number; __firstResult?: number };
				document.addEventListener('input', () => (clock.__lastKey = performance.now()), true);
				new MutationObserver(() => {
					if (clock.__firstResult !== undefined) return;
					const dialog = document.querySelector('dialog[open]');
					const message = (dialog?.querySelector('.pagefind-ui__message')?.textContent ?? '').trim();
					// The handbook's message quotes the query ("5 results for “trust”"); Pagefind's own UI, as plain
					// Starlight uses it, does not ("5 results for trust"). Partial queries and "Searching for" do not count.
					const whole = message.endsWith(`“${wanted}”`) || message.endsWith(`for ${wanted}`);
					if (whole && dialog?.querySelector('.pagefind-ui__result')) clock.__firstResult = performance.now();
				}).observe(document.body, { childList: true, subtree: true, characterData: true });
			}, query);
			const before = server.sent.length;
			await page.locator('button[data-open-modal]').click();
			const input = page.locator('dialog[open] .pagefind-ui__search-input');
			await input.waitFor();
			await input.pressSequentially(query, { delay: 120 });
			await page.waitForFunction(
				() => (window as unknown as { __firstResult?: number }).__firstResult !== undefined,
				undefined,
				{
					timeout: 30_000,
				},
			);
			const { lastKey, firstResult } = await page.evaluate(() => {
				const clock = window as unknown as { __lastKey: number; __firstResult: number };
				return { lastKey: clock.__lastKey, firstResult: clock.__firstResult };
			});
			const results = await page.locator('dialog[open] .pagefind-ui__result').count();
			await page.waitForTimeout(500);
			const sent = server.sent.slice(before);
			const byKind: Record<string, number> = {};
			for (const file of sent) byKind[kindOf(file.path)] = (byKind[kindOf(file.path)] ?? 0) + file.bytes;
			measured.push({ bytes: sent.reduce((n, f) => n + f.bytes, 0), ms: firstResult - lastKey, results, byKind });
			await context.close();
		}
	} finally {
		await server.close();
	}
	const sorted = [...measured].sort((a, b) => a.ms - b.ms);
	const middle = sorted[Math.floor((sorted.length - 1) / 2)]!;
	return { ...middle, runs: measured.map((m) => m.ms) };
}
