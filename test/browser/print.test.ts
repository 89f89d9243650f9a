// Trainers' printed material: course packs from a reading list, the whole handbook in print, and
// the slide of a page. Each is checked as a reader gets it: printed to PDF by Chromium and read back
// with pdftotext, QR codes decoded as a phone camera would, and the slide's PNG as downloaded.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPage } from '../helpers/browser.ts';
import { distDir, servedSite } from '../helpers/site.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

const site = servedSite();
const url = (pathname: string) => new URL(pathname.replace(/^\//, ''), site.server.url).href;
/** A site path as a full address on the test server (the committed build is a preview build: no published origin). */
const full = (pathname: string) => new URL(pathname, site.server.origin).href;

/** Decodes the QR code drawn by an inline SVG, as a phone camera would read it from paper. */
function decodeQr(svg: string): string | undefined {
	const image = new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, background: 'white' }).render();
	return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

/** The text of each page of a PDF (pdftotext separates pages with a form feed). */
function pdfPages(file: string): string[] {
	return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
}

/** The pixels of an 8-bit, non-interlaced RGB or RGBA PNG (what browsers' canvases write), as RGBA. */
function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8ClampedArray } {
	const width = png.readUInt32BE(16);
	const height = png.readUInt32BE(20);
	const [depth, colour, , , interlace] = png.subarray(24, 29);
	expect({ depth, interlace, colour: [2, 6].includes(colour!) }).toEqual({ depth: 8, interlace: 0, colour: true });
	const chunks: Buffer[] = [];
	for (let at = 8; at < png.length;) {
		const length = png.readUInt32BE(at);
		if (png.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
		at += length + 12;
	}
	const raw = zlib.inflateSync(Buffer.concat(chunks));
	const channels = colour === 6 ? 4 : 3;
	const stride = width * channels;
	const pixels = Buffer.alloc(stride * height);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)]!;
		for (let x = 0; x < stride; x++) {
			const value = raw[y * (stride + 1) + 1 + x]!;
			const left = x >= channels ? pixels[y * stride + x - channels]! : 0;
			const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
			const upLeft = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
			const paeth = () => {
				const p = left + up - upLeft;
				const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
				return a <= b && a <= c ? left : b <= c ? up : upLeft;
			};
			const predicted = [0, left, up, (left + up) >> 1, filter === 4 ? paeth() : 0][filter]!;
			pixels[y * stride + x] = (value + predicted) & 0xff;
		}
	}
	const rgba = new Uint8ClampedArray(width * height * 4);
	for (let i = 0; i < width * height; i++) {
		for (let c = 0; c < 3; c++) rgba[i * 4 + c] = pixels[i * channels + c]!;
		rgba[i * 4 + 3] = channels === 4 ? pixels[i * 4 + 3]! : 255;
	}
	return { width, height, rgba };
}

const tmpPdf = (name: string) => path.join(temporaryFolder('print-'), name);

/** The three pages of the workshop's list, with their titles as their own pages show them. */
const list = [
	{ id: 'trust', path: '/coalitions/trust/' },
	{ id: 'managing-conflict', path: '/practices/managing-conflict/' },
	{ id: 'iocn', path: '/cases/iocn/' },
];
const titleOf = (pagePath: string) =>
	/<h1 id="_top"[^>]*>([^<]*)</.exec(fs.readFileSync(path.join(distDir, pagePath, 'index.html'), 'utf8'))![1]!;
const listQuery = '?p=trust,managing-conflict,iocn&t=Partnership+workshop&n.trust=Read+before+the+first+session.';

async function openPack(page: Page, pathname: string): Promise<void> {
	await page.goto(url(pathname));
	await page.locator('[data-pack][data-ready]').waitFor({ state: 'attached', timeout: 120_000 });
}

describe('a course pack', () => {
	test('of three pages prints with a cover, contents, a page break before each page, QR codes and link notes', async () => {
		const context = await site.browser.newContext();
		const { page, consoleErrors } = await openPage(context);
		await openPack(page, `/course-pack/${listQuery}`);
		const titles = list.map((item) => titleOf(item.path));
		expect(titles[0]).toBe('Trust');

		// The cover's QR code leads back to the list online; each page's to its short link.
		const qrs = await page.locator('.pack-qr svg').evaluateAll((svgs) => svgs.map((svg) => svg.outerHTML));
		expect(qrs.length).toBe(4);
		expect(decodeQr(qrs[0]!)).toBe(full(`/reading-list/${listQuery.replace(/ /g, '+')}`));
		expect(qrs.slice(1).map(decodeQr)).toEqual(list.map((item) => full(`/go/${item.id}/`)));

		const pdf = tmpPdf('course-pack.pdf');
		await page.pdf({ path: pdf, format: 'A4' });
		const pages = pdfPages(pdf);
		expect(pages[0]).toContain('Partnership workshop');
		expect(pages[0]).toContain('Read before the first session.');
		expect(pages[0]).not.toContain('Contents');
		// The contents start a new sheet, list the pages in order, and no page's text is on that sheet.
		const contents = pages[1]!.trim();
		expect(contents.startsWith('Contents')).toBe(true);
		const positions = titles.map((title) => contents.indexOf(title));
		expect(positions.every((p) => p > 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		expect(contents).not.toContain('In brief');
		// Each page starts a sheet: its number and title first, then its short link.
		titles.forEach((title, i) => {
			const start = pages.findIndex((text) =>
				text
					.replace(/\s+/g, ' ')
					.trim()
					.startsWith(`${i + 1} ${title} `),
			);
			expect(start, title).toBeGreaterThan(1);
			expect(pages[start]).toContain(`Short link: ${full(`/go/${list[i]!.id}/`)}`);
			expect(pages[start]).toContain('In brief');
		});
		const all = pages.join('\n');
		expect(all.match(/^\s*Trust\s*$/m)).not.toBeNull();
		// The trainer's note opens its page; references and link notes close each page.
		expect(all.match(/References/g)!.length).toBeGreaterThanOrEqual(3);
		expect(all).toContain('Link addresses');
		expect(all).toMatch(/\[1\]/);
		// Link notes are full addresses, and no button or site navigation is printed.
		expect(all).not.toMatch(/^\s*\d+\.\s+\/[a-z]/m);
		for (const chrome of ['Use in training', 'Print course pack', 'Skip to content', 'Ctrl K', 'Loading'])
			expect(all, chrome).not.toContain(chrome);
		fs.copyFileSync(pdf, 'test-results/course-pack.pdf');
		expect(consoleErrors).toEqual([]);
		await context.close();
	}, 180_000);

	test('`npm run pdf -- <reading list address>` writes the same course pack as a PDF', () => {
		const out = tmpPdf('pack.pdf');
		const result = spawnSync(
			process.execPath,
			['scripts/pdf.ts', `https://handbook.example.org/reading-list/${listQuery}`, '--out', out],
			{ encoding: 'utf8', timeout: 280_000 },
		);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/Wrote .*pack\.pdf/);
		// The tests' build is a preview build: the PDF's addresses would be this computer's, and the command says so.
		expect(result.stderr).toContain('preview build (no published address)');
		const pages = pdfPages(out);
		expect(pages[0]).toContain('Partnership workshop');
		expect(pages[1]).toContain('Contents');
		expect(pages.join('\n')).toContain(`Short link: `);
	}, 300_000);
});

/** The pages of the built sidebar, in its order: every page's sidebar is a run of the whole one, put together here. */
function builtSidebarOrder(): string[] {
	const follows = new Map<string, Set<string>>();
	const seen = new Set<string>();
	for (const entry of fs.readdirSync(distDir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || entry.name !== 'index.html') continue;
		const html = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
		const start = html.indexOf('<nav class="sidebar');
		if (start < 0) continue;
		const nav = html.slice(start, html.indexOf('</nav>', start));
		const links = [...nav.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!).filter((href) => href.endsWith('/'));
		links.forEach((link, i) => {
			seen.add(link);
			if (i > 0) (follows.get(links[i - 1]!) ?? follows.set(links[i - 1]!, new Set()).get(links[i - 1]!)!).add(link);
		});
	}
	// Every page follows the one before it in some page's sidebar: a topological order of "comes after".
	const before = new Map([...seen].map((link) => [link, 0]));
	for (const nexts of follows.values()) for (const next of nexts) before.set(next, before.get(next)! + 1);
	const order: string[] = [];
	const ready = [...seen].filter((link) => before.get(link) === 0);
	expect(ready.length).toBe(1);
	while (ready.length) {
		const link = ready.shift()!;
		order.push(link);
		for (const next of follows.get(link) ?? []) {
			before.set(next, before.get(next)! - 1);
			if (before.get(next) === 0) ready.push(next);
		}
		// A single order: never two pages that could come next.
		expect(ready.length).toBeLessThanOrEqual(1);
	}
	expect(order.length).toBe(seen.size);
	return order;
}

test('/print/ holds every reader page once, in the sidebar order, after a table of contents', async () => {
	// Reader pages are the ones with a "Use in training" box; their short id is in its short link.
	const expected = builtSidebarOrder().flatMap((link) => {
		const html = fs.readFileSync(path.join(distDir, link, 'index.html'), 'utf8');
		const id = /<details class="use-in-training"[\s\S]*?data-short-link="[^"]*\/go\/([^/]+)\/"/.exec(html)?.[1];
		return id ? [id] : [];
	});
	expect(expected.length).toBeGreaterThan(50);
	expect(expected.slice(0, 3)).toEqual(['leads', 'lead-self', 'self-aware']);
	const context = await site.browser.newContext();
	const { page, consoleErrors } = await openPage(context);
	await openPack(page, '/print/');
	const ids = await page
		.locator('.pack-page')
		.evaluateAll((sections) => sections.map((section) => section.id.replace(/^pack-/, '')));
	expect(ids).toEqual(expected);
	const contents = await page
		.locator('.pack-contents li a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(contents).toEqual(expected.map((id) => `#pack-${id}`));
	// Every page brought its own text, not an error.
	expect(await page.locator('.pack-page-body .sl-markdown-content').count()).toBe(expected.length);
	expect(consoleErrors).toEqual([]);
	await context.close();
}, 300_000);

describe('a slide per page', () => {
	test('"Download slide" gives a 1920×1080 PNG whose QR code leads to the short link', async () => {
		const context = await site.browser.newContext({ acceptDownloads: true });
		const { page, consoleErrors } = await openPage(context);
		await page.goto(url('/practices/managing-conflict/'));
		await page.locator('.use-in-training summary').click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download slide' }).click(),
		]);
		expect(download.suggestedFilename()).toBe('slide-managing-conflict.png');
		const png = fs.readFileSync((await download.path())!);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
		fs.writeFileSync('test-results/slide-managing-conflict.png', png);
		const image = decodePng(png);
		expect(jsQR(image.rgba, image.width, image.height)?.data).toBe(full('/go/managing-conflict/'));
		expect(consoleErrors).toEqual([]);
		await context.close();
	}, 180_000);
});
