import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { indexablePaths, readHead, redirectPage, robotsTxt, sitemapXml } from '../../src/integrations/site-output.ts';
import { documentTitle } from '../../src/site/titles.ts';

describe('documentTitle', () => {
	test('keeps "| Site" when the whole fits in 60 characters', () => {
		expect(documentTitle('Trust', 'The Coalitions Handbook')).toBe('Trust | The Coalitions Handbook');
	});
	test('drops the site title when it would not fit, and keeps the page title whole when that fits', () => {
		expect(documentTitle('Collaborative leadership in health care', 'The Coalitions Handbook')).toBe(
			'Collaborative leadership in health care',
		);
	});
	test('cuts a page title longer than 60 characters at a word, with an ellipsis', () => {
		const title = 'Creating value and successful collaborations between organisations (Kaleidoscope, 2024)';
		const short = documentTitle(title, 'The Coalitions Handbook');
		expect(short).toBe('Creating value and successful collaborations between…');
		expect(short.length).toBeLessThanOrEqual(60);
	});
	test('at exactly 60 characters a title fits; one more and it is cut, never past 60, without a dangling sign', () => {
		const sixty = 'a'.repeat(26) + ' | ' + 'b'.repeat(31);
		expect(documentTitle('a'.repeat(26), 'b'.repeat(31))).toBe(sixty);
		expect(documentTitle('a'.repeat(27), 'b'.repeat(31))).toBe('a'.repeat(27));
		expect(documentTitle('c'.repeat(60), 'Site')).toBe('c'.repeat(60));
		// 61 characters without a space: cut to 59 and the ellipsis, 60 in all.
		expect(documentTitle('d'.repeat(61), 'Site')).toBe(`${'d'.repeat(59)}…`);
		// Cut at the last word, and the comma, dash or colon before it dropped.
		const title = `${'word '.repeat(9)}partners, — : ${'x'.repeat(20)}`;
		expect(documentTitle(title, 'Site')).toBe(`${'word '.repeat(9)}partners…`);
	});

	test('names the site once when the page is the site', () => {
		expect(documentTitle('The Coalitions Handbook', 'The Coalitions Handbook')).toBe('The Coalitions Handbook');
	});
});

describe('site output files', () => {
	test('a redirect page is a valid document with lang, charset, a spaced refresh and the favicon, its addresses escaped', () => {
		const html = redirectPage('/go/x/', '/handbook/a/?b="c"&d', '/handbook/', 'https://handbook.example.org');
		expect(html).toMatch(/^<!doctype html><html lang="en-CA"><head><meta charset="utf-8">/);
		expect(html).toContain('<meta http-equiv="refresh" content="0; url=/handbook/a/?b=&quot;c&quot;&amp;d">');
		expect(html).toContain('<link rel="icon" href="/handbook/favicon.svg" type="image/svg+xml">');
		expect(html).toContain('<link rel="canonical" href="https://handbook.example.org/handbook/a/?b=%22c%22&amp;d">');
		expect(html).toContain('<code>/handbook/go/x/</code>');
		expect(redirectPage('/go/x/', '/a/', '/', undefined)).not.toContain('canonical');
	});
	test("a redirect page's title names its target when that fits a search result (45 characters), else says where in words", () => {
		const title = (to: string) => /<title>(.*)<\/title>/.exec(redirectPage('/go/x/', to, '/', undefined))![1];
		const fits = `/${'a'.repeat(43)}/`;
		expect(title(fits)).toBe(`Redirecting to ${fits}`);
		expect(title(`/${'a'.repeat(44)}/`)).toBe('Redirecting to a page of the handbook');
		expect(title('/a/?q=<b>&"')).toBe('Redirecting to /a/?q=&lt;b&gt;&amp;&quot;');
		expect(redirectPage('/go/x/', '/a/', '/', undefined)).toBe(
			'<!doctype html><html lang="en-CA"><head><meta charset="utf-8"><title>Redirecting to /a/</title>' +
				'<meta http-equiv="refresh" content="0; url=/a/"><meta name="robots" content="noindex">' +
				'<link rel="icon" href="/favicon.svg" type="image/svg+xml"></head>' +
				'<body><p><a href="/a/">Redirecting from <code>/go/x/</code> to <code>/a/</code></a></p></body></html>\n',
		);
	});
	test('robots.txt names the sitemap only when there is one', () => {
		expect(robotsTxt('https://e.org/sitemap-index.xml')).toBe(
			'User-agent: *\nAllow: /\n\nSitemap: https://e.org/sitemap-index.xml\n',
		);
		expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
	});
	test('a sitemap is the sitemaps.org document, its addresses escaped as XML text', () => {
		expect(sitemapXml([{ loc: 'https://e.org/a/?q="<trust>"&x' }])).toBe(
			'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
				'<url><loc>https://e.org/a/?q=&quot;&lt;trust&gt;&quot;&amp;x</loc></url>\n</urlset>\n',
		);
	});
	test('a sitemap entry carries lastmod only when the page has a review date', () => {
		const xml = sitemapXml([{ loc: 'https://e.org/a/', lastmod: '2026-11-29' }, { loc: 'https://e.org/b/?x&y' }]);
		expect(xml).toContain('<url><loc>https://e.org/a/</loc><lastmod>2026-11-29</lastmod></url>');
		expect(xml).toContain('<url><loc>https://e.org/b/?x&amp;y</loc></url>');
	});
});

describe("the sitemap's pages", () => {
	const page = (head: string, body = '<p>Text.</p>') =>
		`<!doctype html><html lang="en-CA"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
	function site(files: Record<string, string>): string {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitemap-'));
		for (const [file, html] of Object.entries(files)) {
			fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
			fs.writeFileSync(path.join(dir, file), html);
		}
		return dir;
	}

	test('every page but those whose head says noindex, under the base path, sorted; files other than index.html are not pages', () => {
		const dir = site({
			'index.html': page('<title>Home</title>'),
			'coalitions/trust/index.html': page('<title>Trust</title>'),
			'embed/trust/index.html': page('<meta name="robots" content="noindex">'),
			'practices/old/index.html': page('<meta name="robots" content="noindex, follow">'),
			'404.html': page('<meta name="robots" content="noindex">'),
			'catalog.json': '{}',
		});
		expect(indexablePaths(dir, '/handbook/')).toEqual(['/handbook/', '/handbook/coalitions/trust/']);
		fs.rmSync(dir, { recursive: true });
	});

	test("only the head is read: a robots tag shown in a page's body as an example does not take the page out", () => {
		const dir = site({
			'authoring/index.html': page(
				'<title>Keeping a page out of search</title>',
				'<meta name="robots" content="noindex">',
			),
		});
		expect(indexablePaths(dir, '/')).toEqual(['/authoring/']);
		fs.rmSync(dir, { recursive: true });
	});

	test('a head longer than one read is read to its end, its accents whole however the reads cut them', () => {
		const head = `<title>Réseau, équipe, confiance</title><meta name="description" content="${'é'.repeat(50)}"><meta name="robots" content="noindex">`;
		const dir = site({ 'fr/index.html': page(head, '<p>Corps.</p>') });
		const file = path.join(dir, 'fr/index.html');
		for (const chunkSize of [7, 16, 1024])
			expect(readHead(file, chunkSize)).toBe(page(head).slice(0, page(head).indexOf('</head>')));
		expect(indexablePaths(dir, '/')).toEqual([]);
		// A file with no head at all is read whole.
		fs.writeFileSync(file, 'plain text, é');
		expect(readHead(file, 4)).toBe('plain text, é');
		fs.rmSync(dir, { recursive: true });
	});
});
