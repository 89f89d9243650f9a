// `npm run dev` as an editor uses it: a saved change shows up without a restart, and a saved
// mistake shows the check's report (path:line:col, rule id, hint) instead of an old page.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { buildEnv, mutatedFixture } from '../helpers/fixtures.ts';

let server: ChildProcess | undefined;
let origin = '';
let root = '';
const output: string[] = [];

const freePort = () =>
	new Promise<number>((resolve) => {
		const probe = net.createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as net.AddressInfo;
			probe.close(() => resolve(port));
		});
	});

/** Polls `url` until `accept` holds for the response, or the time runs out. */
async function until(
	url: string,
	accept: (status: number, body: string) => boolean,
	ms = 60_000,
	/** What of the last page to show if it never comes (by default the server's output). */
	detail?: (body: string) => string,
) {
	const end = Date.now() + ms;
	let last = { status: 0, body: '' };
	while (Date.now() < end) {
		try {
			const response = await fetch(url);
			last = { status: response.status, body: await response.text() };
			if (accept(last.status, last.body)) return last;
		} catch {
			// The server is still starting.
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	const shown = detail ? detail(last.body) : output.join('').slice(-2000);
	throw new Error(`${url} never answered as expected; last status ${last.status}.\n${shown}`);
}

/** Polls the short link or old address `from` (without following it) until it leads to `to`, or answers 404 when `to` is null. */
async function untilRedirect(from: string, to: string | null, ms = 60_000) {
	const end = Date.now() + ms;
	let last = '';
	while (Date.now() < end) {
		const response = await fetch(`${origin}${from}`, { redirect: 'manual' });
		await response.body?.cancel();
		last = `${response.status} ${response.headers.get('location') ?? ''}`;
		if (to === null ? response.status === 404 : last === `301 ${to}`) return;
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error(`${from} never led to ${to ?? 'a 404'}; last answer ${last}.\n${output.join('').slice(-2000)}`);
}

const capabilityPage = () => `${origin}/leads/develop-coalitions/mobilize-knowledge/`;
const casePage = () => path.join(root, 'docs/cases/example.mdx');
const extraPage =
	'---\ntitle: Extra notes\ndescription: A page the dev-server tests delete, move and put back.\ntype: guide\n---\n\nNotes.\n';
const backlinksOf = (html: string) => /<section[^>]*class="backlinks[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
const sidebarOf = (html: string) => /<nav class="sidebar[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
/** The page's Previous and Next links, as `prev /path/` and `next /path/`. */
const prevNextOf = (html: string) =>
	[...html.matchAll(/<a href="([^"]+)" rel="(prev|next)"/g)].map(([, href, rel]) => `${rel} ${href}`);
const newPage =
	"---\ntitle: Fresh notes\ndescription: A page the dev-server test adds and deletes.\ntype: guide\ncapabilities: [mobilize-knowledge]\nsidebar:\n  order: 1\n---\n\nFresh notes on knowledge. Linking them to LEADS is the handbook's reading.\n";

const movedPagesPage =
	"---\ntitle: Moved pages\ndescription: The old addresses of renamed pages, which the dev-server test changes.\ntype: guide\n---\n\nimport MovedPages from '~/components/MovedPages.astro';\n\n<MovedPages />\n";

beforeAll(async () => {
	// A page that only the sidebar lists, for the tests that delete, move and restore it; and a page that lists
	// the renamed pages (content/redirects.yaml), as "Linking to the handbook" does.
	root = mutatedFixture({ 'docs/extra-notes.mdx': () => extraPage, 'docs/moved-pages.mdx': () => movedPagesPage });
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	server = spawn(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
		{
			env: buildEnv({
				HANDBOOK_CONTENT_DIR: root,
				HANDBOOK_CACHE_DIR: path.join(path.dirname(root), 'astro-cache'),
				FORCE_COLOR: '0',
			}),
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	server.stdout!.on('data', (chunk) => output.push(String(chunk)));
	server.stderr!.on('data', (chunk) => output.push(String(chunk)));
	await until(capabilityPage(), (status) => status === 200, 120_000);
});

afterAll(() => {
	server?.kill('SIGTERM');
});

describe('the dev server', () => {
	test("a page's new capability tag shows in the capability page's backlinks without a restart", async () => {
		const before = await until(capabilityPage(), (status) => status === 200);
		expect(backlinksOf(before.body)).not.toContain('An example case');
		const text = fs.readFileSync(casePage(), 'utf8');
		fs.writeFileSync(
			casePage(),
			text.replace('capabilities: [build-partnerships]', 'capabilities: [mobilize-knowledge]'),
		);
		const after = await until(
			capabilityPage(),
			(status, body) => status === 200 && backlinksOf(body).includes('An example case'),
		);
		expect(backlinksOf(after.body)).toContain('/cases/example/');
	});

	test("a changed glossary definition and reference title reach the pages' previews without a restart", async () => {
		const terms = path.join(root, 'glossary/terms.yaml');
		const references = path.join(root, 'bibliography/references.json');
		const before = await until(capabilityPage(), (status) => status === 200);
		expect(before.body).toContain('What partners achieve together');
		fs.writeFileSync(
			terms,
			fs.readFileSync(terms, 'utf8').replace('What partners achieve together', 'What partners achieve jointly'),
		);
		// The term's preview on the capability page, compiled from the page's Markdown, follows the glossary.
		await until(
			capabilityPage(),
			(status, body) => status === 200 && body.includes('What partners achieve jointly'),
			40_000,
		);
		fs.writeFileSync(
			references,
			fs
				.readFileSync(references, 'utf8')
				.replace('Building blocks of a successful coalition', 'Building blocks of a coalition'),
		);
		// The case study's citation previews and its reference list follow the bibliography (a request
		// already under way during the change may still show the old title: the test waits for a whole page).
		await until(
			`${origin}/cases/example/`,
			(status, body) =>
				status === 200 &&
				body.includes('Building blocks of a coalition') &&
				!body.includes('Building blocks of a successful coalition'),
			40_000,
			(body) => [...body.matchAll(/.{80}Building blocks of a[a-z ]*.{40}/g)].map((m) => m[0]).join('\n'),
		);
	}, 120_000);

	test('a tag typo shows the check report, with the place, the rule and the hint, not the old page', async () => {
		const text = fs.readFileSync(casePage(), 'utf8');
		fs.writeFileSync(casePage(), text.replace(/capabilities: \[[a-z-]+\]/, 'capabilities: [mobilise-knowledge]'));
		await until(capabilityPage(), (status) => status >= 500);
		// The report is shown in Astro's error overlay, drawn in the browser.
		const { browser, close } = await launchBrowser();
		try {
			const page = await browser.newPage();
			await page.goto(capabilityPage());
			const overlay = page.locator('vite-error-overlay');
			await overlay.waitFor({ state: 'attached', timeout: 30_000 });
			const report = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? el.textContent ?? '');
			expect(report).toContain('content/docs/cases/example.mdx:5:');
			expect(report).toContain('unknown-capability');
			expect(report).toMatch(/Did you mean `mobilize-knowledge`/);
		} finally {
			await close();
		}
		expect(output.join('')).toContain('unknown-capability');
		// Fixed again, the page comes back.
		fs.writeFileSync(casePage(), text);
		await until(capabilityPage(), (status) => status === 200);
	});

	test('a page deleted, moved and moved back: every other page keeps working, and each change shows after one save', async () => {
		const original = path.join(root, 'docs/extra-notes.mdx');
		const moved = path.join(root, 'docs/cases/extra-notes.mdx');
		await until(`${origin}/extra-notes/`, (status) => status === 200);
		fs.rmSync(original);
		await until(`${origin}/extra-notes/`, (status) => status === 404);
		await until(capabilityPage(), (status) => status === 200);
		expect((await fetch(`${origin}/`)).status).toBe(200);
		// Renamed (moved to another folder): the new address answers, and so does every other page.
		fs.writeFileSync(moved, extraPage);
		await until(`${origin}/cases/extra-notes/`, (status) => status === 200);
		expect((await fetch(capabilityPage())).status).toBe(200);
		// Moved back.
		fs.rmSync(moved);
		fs.writeFileSync(original, extraPage);
		await until(`${origin}/extra-notes/`, (status, body) => status === 200 && body.includes('Notes.'));
		await until(`${origin}/cases/extra-notes/`, (status) => status === 404);
		expect((await fetch(capabilityPage())).status).toBe(200);
	}, 180_000);

	test('a new page shows everywhere after one save: its address, the sidebar, Previous/Next and backlinks', async () => {
		const file = path.join(root, 'docs/cases/fresh-notes.mdx');
		const address = '/cases/fresh-notes/';
		// The case study is the new page's neighbour in reading order: the new page comes first in its section.
		const neighbour = `${origin}/cases/example/`;
		await until(neighbour, (status, body) => status === 200 && !sidebarOf(body).includes(`href="${address}"`));
		fs.writeFileSync(file, newPage);
		await until(`${origin}${address}`, (status, body) => status === 200 && body.includes('Fresh notes on knowledge.'));
		await until(
			neighbour,
			(status, body) =>
				status === 200 && sidebarOf(body).includes(`href="${address}"`) && prevNextOf(body).includes(`prev ${address}`),
			60_000,
			(body) => `${sidebarOf(body).slice(0, 3000)}\n${prevNextOf(body).join('\n')}`,
		);
		await until(
			capabilityPage(),
			(status, body) => status === 200 && backlinksOf(body).includes(address),
			60_000,
			backlinksOf,
		);
		// Deleted: gone from its address, and from the neighbour's sidebar and Previous/Next.
		fs.rmSync(file);
		await until(`${origin}${address}`, (status) => status === 404);
		await until(
			neighbour,
			(status, body) =>
				status === 200 &&
				!sidebarOf(body).includes(`href="${address}"`) &&
				!prevNextOf(body).includes(`prev ${address}`),
		);
		await until(capabilityPage(), (status, body) => status === 200 && !backlinksOf(body).includes(address));
	}, 180_000);

	test('a page renamed in content/redirects.yaml shows in the list of moved pages after one save, and its old address leads to it', async () => {
		const file = path.join(root, 'redirects.yaml');
		const original = fs.readFileSync(file, 'utf8');
		const list = `${origin}/moved-pages/`;
		const table = (body: string) => /<table class="moved-pages[\s\S]*?<\/table>/.exec(body)?.[0] ?? body.slice(0, 3000);
		// An address may break after each slash (`<wbr>`): the list is compared as text.
		const lists = (body: string, address: string) => body.replace(/<wbr[^>]*>/g, '').includes(`>${address}</code>`);
		await until(list, (status, body) => status === 200 && lists(body, '/cases/old-example/'), 60_000, table);
		try {
			fs.writeFileSync(file, `${original}- from: /cases/first-example/\n  to: /cases/example/\n`);
			await until(list, (status, body) => status === 200 && lists(body, '/cases/first-example/'), 60_000, table);
			await untilRedirect('/cases/first-example/', '/cases/example/');
		} finally {
			fs.writeFileSync(file, original);
		}
		await until(list, (status, body) => status === 200 && !lists(body, '/cases/first-example/'));
	}, 180_000);

	test('a changed short link and its QR image work after one save, and the old link stops; both as they were once the change is undone', async () => {
		const file = casePage();
		const original = fs.readFileSync(file, 'utf8');
		await untilRedirect('/go/example/', '/cases/example/');
		await untilRedirect('/go/example-case/', null);
		try {
			fs.writeFileSync(file, original.replace('type: case-study', 'type: case-study\nshortId: example-case'));
			await untilRedirect('/go/example-case/', '/cases/example/');
			await untilRedirect('/go/example/', null);
			// Its QR image, for the reading list's handout and trainers' slides, comes with it.
			await until(`${origin}/qr/example-case.svg`, (status, body) => status === 200 && body.startsWith('<svg'));
		} finally {
			fs.writeFileSync(file, original);
		}
		await untilRedirect('/go/example/', '/cases/example/');
		await untilRedirect('/go/example-case/', null);
		await until(`${origin}/qr/example-case.svg`, (status) => status === 404);
	}, 180_000);
});
