import fs from 'node:fs';
import path from 'node:path';
import { axeViolations } from '../helpers/axe.ts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readingExplanation } from '../../src/model/interpretation.ts';
import { catalogSchema } from '../../src/schemas/catalog.ts';
import { needsInBrief } from '../../src/check/rules/in-brief-missing.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { distDir, handbookContent, requireBuild } from '../helpers/site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let server: StaticServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;
const shots = path.resolve('test-results/content-marks');

beforeAll(async () => {
	requireBuild();
	server = await serveStatic(distDir);
	({ browser, close: closeBrowser } = await launchBrowser());
	fs.mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
	await closeBrowser?.();
	await server?.close();
});

const inBriefPages = () =>
	handbookContent().pages.filter((p) => p.frontmatter && needsInBrief(p.frontmatter, handbookContent()));

describe('"In brief" at the top of the pages that need it', () => {
	test('every practice, case study, lesson, topic and Develop Coalitions capability page opens with its points', async () => {
		const pages = inBriefPages();
		expect(pages.length).toBeGreaterThanOrEqual(20);
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		for (const info of pages) {
			await page.goto(new URL(info.url.slice(1), server.url).href);
			// The box comes straight before the page's own content, outside it (content headings stay the page's sections).
			const box = page.locator('aside.in-brief');
			expect(await box.count(), info.url).toBe(1);
			expect(
				await box.evaluate((el) => el.nextElementSibling?.matches('.sl-markdown-content') ?? false),
				info.url,
			).toBe(true);
			expect(await box.getByRole('heading', { level: 2 }).textContent()).toBe('In brief');
			// Each point reads as written, its `[@key]` shown as the body shows citations: (Author, year), linked.
			const points = (await box.locator('li').allTextContents()).map((t) => t.trim());
			const written = info.frontmatter!.inBrief as string[];
			expect(points.length, info.url).toBe(written.length);
			for (const [i, point] of written.entries()) {
				expect(points[i], info.url).not.toContain('[@');
				expect(points[i], info.url).toContain(point.replace(/\s*\[[^\]]*@[^\]]*\]/g, '').replace(/[.]$/, ''));
				const refs = [...point.matchAll(/@([\w-]+)(?:,\s*sec\.\s*([IVX]+(?:\.\d+)?))?/g)].map((m) => ({
					key: m[1],
					// A pinpoint ("sec. III.1") leads to that part of the source's page, as `#sec-iii-1`.
					section: m[2]?.toLowerCase().replace('.', '-'),
				}));
				const keys = refs.map((r) => r.key);
				const cited = await box
					.locator('li')
					.nth(i)
					.locator('a.citation')
					.evaluateAll((links) =>
						links.map((a) => [a.getAttribute('data-cite'), a.getAttribute('href'), a.textContent]),
					);
				expect(
					cited.map(([key]) => key),
					info.url,
				).toEqual(keys);
				for (const [j, [key, href, text]] of cited.entries()) {
					const section = refs[j].section;
					if (section) expect(href, info.url).toMatch(new RegExp(`/sources/[a-z-]+/#sec-${section}$`));
					else expect(href, info.url).toContain(`/references/#ref-${key}`);
					expect(text, info.url).toMatch(/, (?:\d{4}|n\.d\.)/);
				}
			}
		}
		await context.close();
	});

	test('the catalog carries the points of the pages it lists', () => {
		const catalog = catalogSchema.parse(JSON.parse(fs.readFileSync(path.join(distDir, 'catalog.json'), 'utf8')));
		const withPoints = catalog.entries.filter((e) => e.inBrief);
		expect(withPoints.map((e) => e.type).sort()).toContain('practice');
		for (const info of inBriefPages()) {
			// Preview builds write site paths; published builds, full addresses.
			const entry = catalog.entries.find((e) => new URL(e.url, 'http://handbook.invalid').pathname === info.url);
			if (!entry) continue;
			// Plain text without the citations, and beside each point the keys it cites.
			const written = info.frontmatter!.inBrief as string[];
			expect(entry.inBrief, info.url).toEqual(written.map((p) => p.replace(/\s*\[[^\]]*@[^\]]*\]/g, '')));
			expect(entry.inBriefSources, info.url).toEqual(
				written.map((p) => [...new Set([...p.matchAll(/@([\w-]+)/g)].map((m) => m[1]))]),
			);
		}
		expect(withPoints.length).toBeGreaterThanOrEqual(12);
	});

	test('pages without points show no empty box', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		for (const url of ['/', '/about/', '/references/', '/leads/lead-self/self-aware/']) {
			await page.goto(new URL(url.slice(1), server.url).href);
			expect(await page.locator('.in-brief').count(), url).toBe(0);
		}
		await context.close();
	});

	describe.each([
		['light', 320],
		['dark', 320],
		['light', 1280],
		['dark', 1280],
	] as const)('in %s mode at %i px', (colorScheme, width) => {
		test('the box and the reading marker fit the screen and pass axe', async () => {
			const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 }, bypassCSP: true });
			const page = await context.newPage();
			for (const url of ['/practices/power-dynamics/', '/leads/develop-coalitions/build-partnerships/']) {
				await page.goto(new URL(url.slice(1), server.url).href);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow, `${url} is wider than ${width} px`).toBeLessThanOrEqual(0);
				const box = await page.locator('.in-brief').boundingBox();
				expect(box!.x + box!.width).toBeLessThanOrEqual(width);
				expect(await axeViolations(page, '.in-brief')).toEqual([]);
				expect(await axeViolations(page, '.sl-markdown-content .reading')).toEqual([]);
				const name = `${url.replace(/\W+/g, '-').replace(/^-|-$/g, '')}-${colorScheme}-${width}.png`;
				await page.locator('.in-brief').screenshot({ path: path.join(shots, `brief-${name}`) });
				await page
					.locator('.reading')
					.first()
					.screenshot({ path: path.join(shots, `reading-${name}`) });
			}
			await context.close();
		});
	});
});

describe("the handbook's reading, marked the same way everywhere", () => {
	test('every occurrence of the phrase in page text is a marker linking to its explanation', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		let markers = 0;
		for (const info of handbookContent().pages) {
			await page.goto(new URL(info.url.slice(1), server.url).href);
			const found = await page.evaluate(() => {
				// The page's content and its "In brief" box, which shows points marked the same way.
				const roots = [...document.querySelectorAll('.in-brief, .sl-markdown-content')];
				const unmarked: string[] = [];
				for (const root of roots) {
					const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						const element = node.parentElement!;
						if (element.closest('a.reading-mark, .sl-anchor-link, h1, h2, h3, h4, h5, h6, q, blockquote, code'))
							continue;
						if (/the handbook['’]s reading/i.test(node.textContent ?? '')) unmarked.push(node.textContent!.trim());
					}
				}
				const marks = [...document.querySelectorAll('a.reading-mark')].map((a) => ({
					href: a.getAttribute('href'),
					block: !!a.closest('.reading'),
				}));
				return { unmarked, marks };
			});
			// The rule catalogue quotes the phrase as an example of what to write.
			if (info.url !== '/authoring/check-errors/') expect(found.unmarked, info.url).toEqual([]);
			for (const mark of found.marks) expect(mark).toEqual({ href: readingExplanation, block: true });
			markers += found.marks.length;
		}
		expect(markers).toBeGreaterThan(100);
		await page.goto(new URL(readingExplanation.slice(1), server.url).href);
		expect(await page.locator('#the-handbooks-reading').textContent()).toMatch(/The handbook.s reading/);
		await context.close();
	});
});
