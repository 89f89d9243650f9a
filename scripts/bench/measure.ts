// Measurements for `npm run bench`: a build's time and peak memory, output size,
// and what a cold page visit and a first search transfer, in Debian's Chromium.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from '../../test/helpers/static-server.ts';
import { chromiumFlags, chromiumPath } from '../../test/helpers/browser.ts';
import { readProfile, type ProfileMark } from '../../src/build/profile.ts';

export interface BuildResult {
	seconds: number;
	/** CPU seconds (user + system) of the command and every process under it, Pagefind included. */
	cpuSeconds: number;
	peakMB: number;
	ok: boolean;
	log: string;
	/** The build's phase profile, when it was asked for (see `src/build/profile.ts`). */
	profile?: BuildProfile;
}

/** Where a build's CPU went (seconds), and the reader pages' share. */
export interface BuildProfile {
	phases: { label: string; cpuSeconds: number; wallSeconds: number }[];
	readerPages: number;
	/** CPU of rendering the reader pages (ms), divided by their number. */
	cpuMsPerReaderPage: number;
}

/**
 * CPU seconds used so far by this process's children that have ended and been waited for: the kernel adds
 * to a parent's count each child's own time and that of every descendant the child waited for (Node waits for
 * the processes it spawns, so Pagefind under the build counts). Fields 16 and 17 of /proc/self/stat, in
 * clock ticks of 1/100 s (Linux's USER_HZ).
 */
export function childrenCpuSeconds(): number {
	const stat = fs.readFileSync('/proc/self/stat', 'utf8');
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	// Fields are numbered from 1, and the slice starts at field 3.
	return (Number(fields[16 - 3]) + Number(fields[17 - 3])) / 100;
}

/** A page Astro renders for readers (not an embed view, a QR image, a short link or a data file). */
export function isReaderPage(pathname: string): boolean {
	return pathname.endsWith('/') && !/^\/(embed|qr|go)\//.test(pathname) && !pathname.startsWith('/_');
}

/**
 * The phases of a build from its profile marks: start-up until Astro's build starts (the check and citeproc
 * overlap Astro's loading), bundling and route listing until the first page, rendering (reader pages and
 * the rest apart), Astro's build:done hooks (social cards, cite files, security headers, Pagefind's wait),
 * the script's own end (output audit, flush, swap), and the child processes (Pagefind).
 */
export function summarizeProfile(marks: ProfileMark[], totalCpu: number, startedAt: number): BuildProfile {
	const find = (label: string) => marks.find((m) => m.label === label);
	// Astro runs the handbook's middleware twice per request (as src/middleware.ts and as the integration's):
	// a page's second mark is dropped.
	const pages = marks.filter((m, i) => m.label.startsWith('page ') && marks[i - 1]?.label !== m.label);
	const generated = find('build:generated first');
	const phases: BuildProfile['phases'] = [];
	const span = (label: string, from: ProfileMark | undefined, to: ProfileMark | undefined) => {
		if (from && to)
			phases.push({ label, cpuSeconds: (to.cpuMs - from.cpuMs) / 1000, wallSeconds: (to.wallMs - from.wallMs) / 1000 });
	};
	const origin: ProfileMark = { cpuMs: 0, wallMs: startedAt, label: 'spawned' };
	span('start-up to Astro build', origin, find('build:start first'));
	span('bundling and route listing', find('build:start first'), pages[0]);
	const reader = { cpu: 0, wall: 0, count: 0 };
	const other = { cpu: 0, wall: 0, count: 0 };
	pages.forEach((mark, i) => {
		const next = pages[i + 1] ?? generated;
		if (!next) return;
		const bucket = isReaderPage(mark.label.slice('page '.length)) ? reader : other;
		bucket.cpu += next.cpuMs - mark.cpuMs;
		bucket.wall += next.wallMs - mark.wallMs;
		bucket.count++;
	});
	phases.push({
		label: `rendering ${reader.count} reader pages`,
		cpuSeconds: reader.cpu / 1000,
		wallSeconds: reader.wall / 1000,
	});
	phases.push({
		label: `rendering ${other.count} other routes`,
		cpuSeconds: other.cpu / 1000,
		wallSeconds: other.wall / 1000,
	});
	span('build:generated and build:done hooks', generated, find('build:done last'));
	span('audit, flush and swap', find('build:done last'), find('published'));
	const last = marks.at(-1);
	if (last)
		phases.push({
			label: 'child processes (Pagefind) and exit',
			cpuSeconds: totalCpu - last.cpuMs / 1000,
			wallSeconds: 0,
		});
	return { phases, readerPages: reader.count, cpuMsPerReaderPage: reader.count ? reader.cpu / reader.count : 0 };
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

/**
 * Runs a command to completion, sampling the memory of its process tree, and counting the CPU time of the
 * whole tree. Nothing else this process starts may end while it runs (the bench runs one thing at a time).
 * With `profile`, the build writes its phase marks there (HANDBOOK_PROFILE) and they are summarized.
 */
export function timedRun(
	command: string,
	args: string[],
	env: NodeJS.ProcessEnv,
	cwd = process.cwd(),
	profile?: string,
): Promise<BuildResult> {
	if (profile) fs.rmSync(profile, { force: true });
	return new Promise((resolve) => {
		const started = performance.now();
		const startedAt = Date.now();
		const cpuBefore = childrenCpuSeconds();
		const child = spawn(command, args, {
			env: profile ? { ...env, HANDBOOK_PROFILE: profile } : env,
			cwd,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let log = '';
		child.stdout.on('data', (d) => (log += d));
		child.stderr.on('data', (d) => (log += d));
		let peak = 0;
		const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 200);
		child.on('close', (code) => {
			clearInterval(timer);
			const cpuSeconds = childrenCpuSeconds() - cpuBefore;
			resolve({
				seconds: (performance.now() - started) / 1000,
				cpuSeconds,
				peakMB: peak / 1024 / 1024,
				ok: code === 0,
				log,
				profile: profile ? summarizeProfile(readProfile(profile), cpuSeconds, startedAt) : undefined,
			});
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
