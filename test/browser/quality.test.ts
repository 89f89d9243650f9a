import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, screens } from '../helpers/axe.ts';
import { offOrigin, openPage } from '../helpers/browser.ts';
import { htmlValidateConfig } from '../helpers/html-validate-rules.ts';
import { distDir, handbookContent, servedSite } from '../helpers/site.ts';

const site = servedSite();

const htmlFiles = () =>
	fs
		.readdirSync(distDir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => path.join(e.parentPath, e.name));

/** An embed view, as a learning system shows it in a frame. */
const embedView = '/embed/managing-conflict/';

/** Every page a reader can land on: the content pages, the search page, the reading list, an embed view and the 404 page. */
const readerPages = () => [
	...handbookContent().pages.map((p) => p.url),
	'/search/',
	'/search/?q=trust',
	'/reading-list/',
	'/reading-list/?p=trust,managing-conflict,iocn',
	embedView,
	'/404.html',
];

/** One page of each type, plus the pages with their own scripts. */
const pageTypes = () => {
	const byType = new Map<string, string>();
	for (const page of handbookContent().pages)
		byType.set(String(page.frontmatter?.type), byType.get(String(page.frontmatter?.type)) ?? page.url);
	return [
		...new Set([
			...byType.values(),
			'/reflection/worksheet/',
			'/capability-map/',
			'/search/?q=trust',
			'/reading-list/?p=trust,managing-conflict,iocn',
			embedView,
			'/404.html',
		]),
	];
};

describe('HTML validity', () => {
	test('every built page passes html-validate with the documented rule set', async () => {
		const validator = new HtmlValidate(htmlValidateConfig);
		const files = htmlFiles();
		expect(files.length).toBeGreaterThan(100);
		const errors: string[] = [];
		for (const file of files) {
			const report = await validator.validateFile(file);
			for (const result of report.results)
				for (const message of result.messages)
					errors.push(
						`${path.relative(distDir, file)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`,
					);
		}
		expect(errors).toEqual([]);
	});
});

describe.each(screens)('accessibility on %s in %s mode', (_name, colorScheme, viewport) => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		// axe is injected as a script, which the pages' own policy rightly refuses.
		context = await site.browser.newContext({ viewport, colorScheme, bypassCSP: true });
		page = await context.newPage();
	});
	afterAll(async () => context?.close());

	// One test per page, so a failure names the page and a slow machine gets each page its own time limit.
	test.each(readerPages())('axe finds no WCAG 2.2 A or AA violation on %s', async (url) => {
		await page.goto(new URL(url.slice(1), site.server.url).href, { waitUntil: 'load' });
		// Embed views follow the reader's colour scheme in CSS alone (no theme switch in a frame).
		if (url !== embedView) expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
		else
			expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
				colorScheme === 'dark',
			);
		// The reading list is checked with its pages on screen.
		if (url.includes('?p=')) await page.locator('.reading-list-item').first().waitFor();
		// The search page is checked with its results and filters on screen.
		if (url.includes('?q=')) {
			await page.locator('.pagefind-ui__result-link').first().waitFor();
			await page.locator('.pagefind-ui__filter-checkbox').first().waitFor({ state: 'attached' });
		}
		expect((await axeViolations(page)).join('\n')).toBe('');
	});
});

describe('keyboard', () => {
	let context: BrowserContext;
	beforeAll(async () => {
		context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
	});
	afterAll(async () => context?.close());

	test('the skip link is the first stop and moves focus past the navigation', async () => {
		const page = await context.newPage();
		await page.goto(new URL('coalitions/trust/', site.server.url).href);
		await page.keyboard.press('Tab');
		const first = await page.evaluate(() => ({
			text: document.activeElement?.textContent?.trim(),
			href: document.activeElement?.getAttribute('href'),
		}));
		expect(first.text).toMatch(/skip to content/i);
		await page.keyboard.press('Enter');
		// The browser reports the move to the anchor as a navigation after the key press returns: waited for.
		await expect.poll(() => new URL(page.url()).hash).toBe(first.href);
		await page.keyboard.press('Tab');
		const next = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
		expect(next, 'the next Tab after the skip link lands in the main content').toBe(true);
	});

	test.each([
		'/',
		'/leads/develop-coalitions/mobilize-knowledge/',
		'/reflection/worksheet/',
		'/capability-map/',
		'/search/?q=trust',
	])('every interactive control on %s is reachable with Tab and visibly focused', async (url) => {
		const page = await context.newPage();
		await page.goto(new URL(url.slice(1), site.server.url).href, { waitUntil: 'networkidle' });
		const tabbable = await page.evaluate(() => {
			const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
			return [...document.querySelectorAll<HTMLElement>(selector)]
				.filter((el) => {
					if (el.matches(':disabled') || el.tabIndex < 0 || el.closest('[inert], dialog:not([open])')) return false;
					// checkVisibility also knows about closed <details>, whose content keeps a layout box.
					return el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
				})
				.map((el, i) => {
					el.dataset.tabCheck = String(i);
					return i;
				}).length;
		});
		expect(tabbable).toBeGreaterThan(3);
		const reached = new Set<string>();
		const unfocused: string[] = [];
		for (let i = 0; i < tabbable + 20; i++) {
			await page.keyboard.press('Tab');
			const state = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return undefined;
				const style = getComputedStyle(el);
				const visible =
					(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
				return {
					id: el.dataset.tabCheck,
					visible,
					name: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 40) ?? ''}`,
				};
			});
			if (!state) continue;
			if (state.id !== undefined) reached.add(state.id);
			if (!state.visible) unfocused.push(state.name);
		}
		const missed = await page.evaluate(
			(ids) =>
				[...document.querySelectorAll<HTMLElement>('[data-tab-check]')]
					.filter((el) => !ids.includes(el.dataset.tabCheck!))
					.map((el) => el.outerHTML.slice(0, 120)),
			[...reached],
		);
		expect(missed.join('\n'), `${url}: reached ${reached.size} of ${tabbable} controls`).toBe('');
		expect(unfocused, `${url}: controls without a visible focus indicator`).toEqual([]);
	});
});

describe('security', () => {
	test('no page type breaks its content security policy, and none requests a third party', async () => {
		const context = await site.browser.newContext();
		const violations: string[] = [];
		const offsite: string[] = [];
		for (const url of pageTypes()) {
			const { page, consoleErrors, requests } = await openPage(context);
			await page.addInitScript(() =>
				document.addEventListener('securitypolicyviolation', (e) =>
					console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
				),
			);
			await page.goto(new URL(url.slice(1), site.server.url).href, { waitUntil: 'networkidle' });
			if (url.startsWith('/search/')) await page.locator('.pagefind-ui__result').first().waitFor();
			if (url === '/') {
				await page.locator('button[data-open-modal]').click();
				await page.locator('dialog[open] input').fill('conflict');
				await page.locator('dialog[open] .pagefind-ui__result').first().waitFor();
			}
			violations.push(
				...consoleErrors.filter((e) => /content security policy|csp violation/i.test(e)).map((e) => `${url}: ${e}`),
			);
			offsite.push(...offOrigin(requests, site.server.origin).map((r) => `${url}: ${r}`));
			await page.close();
		}
		await context.close();
		expect(violations).toEqual([]);
		expect(offsite).toEqual([]);
	});

	test('every page carries a policy without unsafe-inline scripts, and _headers sets the security headers', () => {
		for (const file of htmlFiles().filter((f) => !f.includes(`${path.sep}go${path.sep}`))) {
			const html = fs.readFileSync(file, 'utf8');
			const policy = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1];
			if (!policy) {
				// Astro's redirect pages carry no script at all.
				expect(html, file).not.toMatch(/<script/);
				continue;
			}
			const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src'));
			expect(scriptSrc, file).toBeDefined();
			expect(scriptSrc, file).not.toContain('unsafe-inline');
		}
		const headers = fs.readFileSync(path.join(distDir, '_headers'), 'utf8');
		for (const header of [
			'Content-Security-Policy',
			'X-Content-Type-Options: nosniff',
			'Referrer-Policy',
			'Permissions-Policy',
			"frame-ancestors 'none'",
		]) {
			expect(headers).toContain(header);
		}
		expect(/script-src[^;]*/.exec(headers)?.[0]).not.toContain('unsafe-inline');
	});

	test('external links open safely', () => {
		for (const file of htmlFiles()) {
			const html = fs.readFileSync(file, 'utf8');
			for (const link of html.matchAll(/<a [^>]*href="(https?:)?\/\/[^"]*"[^>]*>/g)) {
				if (link[0].includes('127.0.0.1:4321')) continue; // the site's own canonical address
				expect(link[0], file).toMatch(/rel="[^"]*noopener[^"]*noreferrer|rel="[^"]*noreferrer[^"]*noopener/);
			}
		}
	});
});
