import { describe, expect, test } from 'vitest';
import { redirectPage, robotsTxt, sitemapXml } from '../../src/integrations/site-output.ts';
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
	test('robots.txt names the sitemap only when there is one', () => {
		expect(robotsTxt('https://e.org/sitemap-index.xml')).toBe(
			'User-agent: *\nAllow: /\n\nSitemap: https://e.org/sitemap-index.xml\n',
		);
		expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
	});
	test('a sitemap entry carries lastmod only when the page has a review date', () => {
		const xml = sitemapXml([{ loc: 'https://e.org/a/', lastmod: '2026-11-29' }, { loc: 'https://e.org/b/?x&y' }]);
		expect(xml).toContain('<url><loc>https://e.org/a/</loc><lastmod>2026-11-29</lastmod></url>');
		expect(xml).toContain('<url><loc>https://e.org/b/?x&amp;y</loc></url>');
	});
});
