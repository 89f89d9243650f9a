// `npm run pdf -- <reading list address>`: a course pack as a PDF (course-pack.pdf).
// `npm run pdf`: the whole handbook as a PDF (handbook.pdf), every reader page in reading order.
// `--out <file>` names the PDF. Prints the built site (dist/, or HANDBOOK_DIST; run `npm run build`
// first) with the Chromium the browser tests use, from the same pages a reader prints:
// /course-pack/ and /print/, served locally as a static host would.
import fs from 'node:fs';
import path from 'node:path';
import { handbookConfig } from '../src/config.ts';
import { launchBrowser } from '../test/helpers/browser.ts';
import { serveStatic } from '../test/helpers/static-server.ts';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args.splice(outAt, 2)[1] : undefined;
const address = args[0];
const dist = path.resolve(process.env.HANDBOOK_DIST ?? 'dist');

/** The reading list's query string (`?p=…`), from a whole address or the query alone. */
function listQuery(text: string): string {
	const params = new URL(text, 'http://reading-list.invalid/').searchParams;
	if (!params.get('p')) {
		console.error(
			`"${text}" holds no reading list: copy the address of a reading list (…/reading-list/?p=trust,iocn), with its ?p= part.`,
		);
		process.exit(1);
	}
	return `?${params.toString()}`;
}

if (!fs.existsSync(path.join(dist, 'index.html'))) {
	console.error(`No built site in ${path.relative(process.cwd(), dist) || '.'}/: run \`npm run build\` first.`);
	process.exit(1);
}
// A preview build's catalog holds site paths (/go/trust/): the page completes them with the origin
// it is served from, here this computer's temporary one, which no reader of the PDF can open.
const catalog = JSON.parse(fs.readFileSync(path.join(dist, 'catalog.json'), 'utf8')) as {
	entries: { shortLink: string | null }[];
};
if (catalog.entries.some((entry) => entry.shortLink?.startsWith('/')))
	console.warn(
		'This is a preview build (no published address), so the links and QR codes in the PDF point to this computer ' +
			'and will not open for anyone else. To print for others, set "site" in handbook.config.json (or ' +
			'HANDBOOK_SITE=https://… ) and run `npm run build` again first.',
	);
const started = performance.now();
const target = address ? `course-pack/${listQuery(address)}` : 'print/';
const file = path.resolve(out ?? (address ? 'course-pack.pdf' : 'handbook.pdf'));
const server = await serveStatic(dist, handbookConfig.base);
const { browser, close } = await launchBrowser();
try {
	const page = await browser.newPage();
	await page.goto(new URL(target, server.url).href);
	// The document is put together in the page: wait until its script says it is complete.
	await page.waitForSelector('[data-pack][data-ready]', { state: 'attached', timeout: 600_000 });
	await page.pdf({
		path: file,
		format: 'A4',
		margin: { top: '1.5cm', bottom: '1.5cm', left: '1.5cm', right: '1.5cm' },
	});
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(
		`Wrote ${path.relative(process.cwd(), file)} (${Math.round(fs.statSync(file).size / 1024)} KB) in ${seconds} s.`,
	);
} finally {
	await close();
	await server.close();
}
