// Hostile content in every field an editor controls: each payload is refused by `npm run check`,
// or built and shown as text, and none ever runs in a reader's browser.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { validateContent } from '../../src/validation/validate.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { buildEnv } from '../helpers/fixtures.ts';
import { withoutLookRules } from '../helpers/markup-payloads.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/** Each payload sets `window.__pwned` to its number if it ever runs; `CODE` is where that code goes. */
const templates = [
	'<script>CODE</script>',
	'</title><script>CODE</script>',
	'<img src=x onerror="CODE">',
	'<svg onload="CODE">',
	'<svg><script>CODE</script></svg>',
	'<math><mtext><script>CODE</script></mtext></math>',
	'<iframe srcdoc="<script>parent.CODE</script>"></iframe>',
	'<iframe src="javascript:CODE"></iframe>',
	'<object data="javascript:CODE"></object>',
	'<embed src="javascript:CODE">',
	'<form action="javascript:CODE"><button>Go</button></form>',
	'<style>body{background:url("javascript:CODE")}</style>',
	'<div style="background:url(javascript:CODE)">x</div>',
	'<a href="#" onclick="CODE">x</a>',
	'<details open ontoggle="CODE">x</details>',
	'<input autofocus onfocus="CODE">',
	'<meta http-equiv="refresh" content="0;url=javascript:CODE">',
	'<base href="javascript:CODE//">',
	'[link](javascript:CODE)',
	'[link](JaVaScRiPt:CODE)',
	'[link](java\tscript:CODE)',
	'[link](vbscript:CODE)',
	'[link](data:text/html,<script>CODE</script>)',
	'<a href="&#106;avascript:CODE">x</a>',
	'"><script>CODE</script>',
	"'><img src=x onerror=CODE>",
	'<!--<script>CODE</script>-->',
	'<noscript><p title="</noscript><img src=x onerror=CODE>">',
	'\\u003cscript\\u003eCODE\\u003c/script\\u003e',
	'<scr<script>ipt>CODE</script>',
	'{CODE}',
	'{(() => { CODE })()}',
	'javascript:CODE',
	'<x onmouseover="CODE">hover</x>',
];
const payloads = templates.map((t, i) => ({ n: i + 1, text: t.replaceAll('CODE', `window.__pwned=${i + 1}`) }));

/** Where an editor can put text, how to plant one payload there, and the page that shows it. */
interface Field {
	name: string;
	plant(root: string, payload: string, n: number): void;
	/** The page that shows the field, and whether the payload is visible text there. */
	page: (n: number) => string;
	visible: boolean;
}

const edit = (root: string, file: string, change: (text: string) => string) => {
	const target = path.join(root, file);
	const before = fs.readFileSync(target, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`Planting in ${file} changed nothing.`);
	fs.writeFileSync(target, after);
};
const yamlString = (text: string) => JSON.stringify(text);
/** Edits a YAML or JSON data file through its parsed value (comments are not kept; the test does not need them). */
function editData<T>(root: string, file: string, change: (value: T) => void): void {
	const target = path.join(root, file);
	const value = parseYaml(fs.readFileSync(target, 'utf8')) as T;
	change(value);
	fs.writeFileSync(target, file.endsWith('.json') ? JSON.stringify(value, null, 2) : stringifyYaml(value));
}
const guide = (n: number, fields: Record<string, string>, body = 'A page planted by a test.') =>
	`---\n${Object.entries({
		title: yamlString(`Payload page ${n}`),
		description: yamlString('A page the payload test plants.'),
		type: 'guide',
		...fields,
	})
		.map(([k, v]) => `${k}: ${v}`)
		.join('\n')}\n---\n\n${body}\n`;
const slugOf = (field: string) => field.replace(/\W+/g, '-');
const pagePath = (field: string) => (n: number) => `/payload-${slugOf(field)}-${n}/`;
const newPage = (field: string) => (root: string, n: number, text: string) =>
	fs.writeFileSync(path.join(root, 'docs', `payload-${slugOf(field)}-${n}.mdx`), text);

const fields: Field[] = [
	{
		name: 'title',
		plant: (r, p, n) => newPage('title')(r, n, guide(n, { title: yamlString(p) })),
		page: pagePath('title'),
		visible: true,
	},
	{
		name: 'description',
		plant: (r, p, n) => newPage('description')(r, n, guide(n, { description: yamlString(`About: ${p}`) })),
		page: pagePath('description'),
		visible: false,
	},
	{
		name: 'body',
		plant: (r, p, n) => newPage('body')(r, n, guide(n, {}, `Before.\n\n${p}\n\nAfter.`)),
		page: pagePath('body'),
		visible: true,
	},
	{
		name: 'heading',
		plant: (r, p, n) => newPage('heading')(r, n, guide(n, {}, `## ${p}\n\nText.`)),
		page: pagePath('heading'),
		visible: true,
	},
	{
		name: 'banner',
		plant: (r, p, n) => newPage('banner')(r, n, guide(n, { banner: `{ content: ${yamlString(p)} }` })),
		page: pagePath('banner'),
		visible: true,
	},
	{
		name: 'head meta tag',
		plant: (r, p, n) =>
			newPage('head')(
				r,
				n,
				guide(n, { head: `[{ tag: meta, attrs: { name: keywords, content: ${yamlString(p)} } }]` }),
			),
		page: pagePath('head'),
		visible: false,
	},
	{
		name: 'glossary definition',
		plant: (r, p, n) =>
			edit(
				r,
				'glossary/terms.yaml',
				(t) =>
					`${t.trimEnd()}\n- id: payload-${n}\n  term: Payload ${n}\n  definition: ${yamlString(`Defined as ${p}`)}\n  cite: [vaidya-2017-building]\n`,
			),
		page: () => '/glossary/',
		visible: true,
	},
	{
		name: 'glossary term',
		plant: (r, p, n) =>
			edit(
				r,
				'glossary/terms.yaml',
				(t) =>
					`${t.trimEnd()}\n- id: payload-term-${n}\n  term: ${yamlString(p)}\n  definition: A term the payload test plants.\n  cite: [vaidya-2017-building]\n`,
			),
		page: () => '/glossary/',
		visible: true,
	},
	{
		name: 'reference title',
		plant: (r, p, n) =>
			editData(r, 'bibliography/references.json', (entries: { title?: string }[]) => {
				const entry = entries[n % entries.length]!;
				entry.title = `${entry.title ?? ''} ${p}`;
			}),
		page: () => '/references/',
		visible: true,
	},
	{
		name: 'capability name',
		plant: (r, p, n) =>
			editData(r, 'taxonomy/leads.yaml', (file: { domains: { capabilities: { name: string }[] }[] }) => {
				const capabilities = file.domains.flatMap((d) => d.capabilities);
				capabilities[n % capabilities.length]!.name += ` ${p}`;
			}),
		page: () => '/capability-map/',
		visible: true,
	},
	{
		name: 'reflection question',
		plant: (r, p, n) =>
			editData(r, 'reflection/questions.yaml', (questions: { text: string }[]) => {
				questions[n % questions.length]!.text += ` ${p}`;
			}),
		page: () => '/reflection/',
		visible: true,
	},
	{
		name: 'redirect',
		plant: (r, p) =>
			edit(r, 'redirects.yaml', (t) => `${t.trimEnd()}\n- from: ${yamlString(p)}\n  to: /coalitions/trust/\n`),
		page: () => '/',
		visible: false,
	},
];

/**
 * A fresh copy of the handbook's content, in a folder named `content` inside the project (its pages
 * import components and packages, which resolve from the project's node_modules).
 */
function contentCopy(): string {
	fs.mkdirSync(path.resolve('test-results'), { recursive: true });
	const root = path.join(fs.mkdtempSync(path.resolve('test-results/payloads-')), 'content');
	fs.cpSync(path.resolve('content'), root, { recursive: true });
	if (!fs.existsSync(path.join(root, 'redirects.yaml'))) fs.writeFileSync(path.join(root, 'redirects.yaml'), '[]\n');
	withoutLookRules(root);
	return root;
}

/** What the check says of one payload in one field: refused, or accepted (then it is built). */
const accepted: { field: Field; payload: (typeof payloads)[number] }[] = [];

describe.each(fields)('payloads in the $name', (field) => {
	// 34 checks of the whole handbook: about 15 s on an idle machine, so a generous limit for a loaded one.
	test('each is refused by the check, or accepted to be built and shown as text', { timeout: 240_000 }, () => {
		const verdicts: string[] = [];
		for (const payload of payloads) {
			const root = contentCopy();
			field.plant(root, payload.text, payload.n);
			const errors = validateContent(root).problems.filter((p) => p.severity === 'error');
			if (errors.length) verdicts.push(`${payload.n}: refused (${[...new Set(errors.map((e) => e.rule))].join(', ')})`);
			else accepted.push({ field, payload });
			fs.rmSync(path.dirname(root), { recursive: true, force: true });
		}
		// What looks like markup must be refused in text fields; in a page's body, so must unsafe links and code.
		const markup = (text: string) => /<[a-z!/]/i.test(text) || /&#/.test(text);
		// (A tab inside a Markdown link's target makes it no link at all, only text.)
		const code = (text: string) => /\]\((javascript|vbscript|data):/i.test(text) || text.startsWith('{');
		const mustRefuse = payloads.filter(
			({ text }) =>
				(['title', 'description', 'banner'].includes(field.name) && markup(text)) ||
				(['body', 'heading'].includes(field.name) && (markup(text) || code(text))),
		);
		for (const { n } of mustRefuse)
			expect(verdicts.join('\n'), `${field.name}, payload ${n}`).toContain(`${n}: refused`);
	});
});

// The third look: with the check's markup rules off and the output audit reporting instead of refusing (both
// test-only switches that a production build refuses), the payloads are built and published, and the pages' own
// escaping and security policy must keep every one from running. Each payload's refusal by the audit alone is
// tested in test/unit/output-audit.test.ts. (Banner payloads are printed as HTML, and a `<meta http-equiv=refresh>`
// is beyond any security policy: the check and the audit each refuse them, and they are not built here.)
describe('the accepted payloads, built and opened in Chromium', () => {
	let server: StaticServer;
	let browser: Browser;
	let closeBrowser: () => Promise<void>;
	let dist = '';

	beforeAll(async () => {
		const root = contentCopy();
		for (const { field, payload } of accepted) field.plant(root, payload.text, payload.n);
		// Defence in depth: with the check's markup rules turned off (HANDBOOK_TEST_UNCHECKED_MARKUP, a test-only switch:
		// content/check.yaml cannot turn a safety rule off), every title payload is built too, and the page's escaping
		// and security policy must still keep it from running.
		for (const field of fields.filter((f) => f.name === 'title'))
			for (const payload of payloads)
				if (!accepted.some((a) => a.field === field && a.payload === payload))
					field.plant(root, payload.text, payload.n);
		dist = path.join(path.dirname(root), 'dist');
		const result = spawnSync(process.execPath, ['scripts/build.ts'], {
			env: buildEnv({
				HANDBOOK_CONTENT_DIR: root,
				HANDBOOK_DIST: dist,
				HANDBOOK_TEST_UNCHECKED_MARKUP: '1',
				HANDBOOK_TEST_AUDIT_REPORT_ONLY: '1',
			}),
			encoding: 'utf8',
			timeout: 280_000,
		});
		if (result.status !== 0) throw new Error(`The payload build failed:\n${result.stdout}\n${result.stderr}`);
		server = await serveStatic(dist);
		({ browser, close: closeBrowser } = await launchBrowser());
	});
	afterAll(async () => {
		await closeBrowser?.();
		await server?.close();
	});

	test(
		'no payload runs on any page that shows one, and visible ones are shown as text',
		{ timeout: 600_000 },
		async () => {
			expect(accepted.length).toBeGreaterThan(20);
			const pages = new Set([
				'/glossary/',
				'/references/',
				'/capability-map/',
				'/reflection/',
				'/reflection/worksheet/',
				'/',
			]);
			for (const file of fs.readdirSync(dist)) if (file.startsWith('payload-')) pages.add(`/${file}/`);
			const context = await browser.newContext();
			const ran: string[] = [];
			for (const url of pages) {
				const page = await context.newPage();
				await page.goto(new URL(url.slice(1), server.url).href, { waitUntil: 'load' });
				// Give handlers (onfocus, ontoggle, onload) their chance, and hover everything.
				await page.mouse.move(200, 200);
				await page.waitForTimeout(200);
				const pwned = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
				if (pwned !== undefined) ran.push(`${url}: payload ${pwned} ran`);
				const text = await page.evaluate(() => document.body.innerText);
				for (const { field, payload } of accepted)
					if (field.visible && field.page(payload.n) === url)
						expect(text, `${field.name} payload ${payload.n} on ${url}`).toContain(`__pwned=${payload.n}`);
				await page.close();
			}
			await context.close();
			expect(ran).toEqual([]);
		},
	);

	test("a script added to a page's HTML after the build is refused by the page's own policy", async () => {
		const file = path.join(dist, 'coalitions/trust/index.html');
		const html = fs.readFileSync(file, 'utf8');
		fs.writeFileSync(file, html.replace('</body>', '<script>window.__pwned="late"</script></body>'));
		const context = await browser.newContext();
		const page = await context.newPage();
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/content security policy/i.test(m.text())) violations.push(m.text());
		});
		await page.goto(new URL('coalitions/trust/', server.url).href, { waitUntil: 'load' });
		expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
		expect(violations.join('\n')).toMatch(/script/i);
		await context.close();
	});
});
