// The post-build pass's pure parts (issue #25): `_redirects`, the parts of a reader page an embed view repeats,
// and an embed view made from the shell. The whole pass on the real build is tested in test/browser/output.test.ts.
import { describe, expect, test } from 'vitest';
import {
	embedView,
	embedWordKeys,
	readerParts,
	readerPartsOfPages,
	readShell,
	type EmbedPage,
} from '../../src/build/embed-views.ts';
import english from '../../src/content/i18n/en-CA.json' with { type: 'json' };
import french from '../../src/content/i18n/fr-CA.json' with { type: 'json' };
import { redirectsFile } from '../../src/site/redirects.ts';

describe('_redirects', () => {
	test('one line per redirect, with the base path; short links answer 302, old addresses 301', () => {
		const file = redirectsFile(
			{ '/go/trust/': '/handbook/leads/trust/', '/practices/old/': '/handbook/practices/new/' },
			'/handbook/',
		);
		expect(file).toBe(
			'/handbook/go/trust/ /handbook/leads/trust/ 302\n/handbook/practices/old/ /handbook/practices/new/ 301\n',
		);
	});
});

/** A reader page as the build writes it, reduced to what matters here. */
const readerPage = (content: string) =>
	'<!DOCTYPE html><html lang="en-CA"><head><meta name="description" content="a <main> in an attribute"></head><body>' +
	'<main data-pagefind-body class="astro-x" lang="en-CA" dir="ltr"><div class="print-header" data-qr="/go/x/"><p>Short link</p></div>' +
	'<aside class="in-brief astro-x" aria-labelledby="in-brief"><h2 id="in-brief" class="astro-x">In brief</h2><ul class="astro-x"><li class="astro-x">A point.</li></ul></aside>' +
	'<div class="sl-markdown-content"><details class="use-in-training" data-pagefind-ignore><summary><h2>Use in training</h2></summary><p>QR</p></details>' +
	content +
	'</div><div class="sl-markdown-content handbook-after"><section class="related-pages"><h2 id="related-pages">Related pages</h2></section>' +
	'<section class="page-references" aria-labelledby="references" data-pagefind-ignore><h2 id="references">References</h2><ul><li>A, 2020.</li></ul></section>' +
	'<section class="cite-this-page"><h2>Cite this page</h2></section></div></main></body></html>';

describe("a reader page's parts", () => {
	test('In brief, the content without "Use in training" and endnote numbers, and the references, byte for byte', () => {
		const content =
			'<p>See <a href="/leads/trust/" data-endnote="1">trust</a> and <a href="#x">below</a> (<a class="citation" href="/references/#r">A, 2020</a>), ' +
			'<a href="https://example.org/" rel="noopener noreferrer" data-endnote="2">a source</a>.</p>\n<h2 id="x">Below &amp; after</h2>';
		const parts = readerParts(readerPage(content), 'page');
		expect(parts.inBrief).toBe(
			'<aside class="in-brief astro-x" aria-labelledby="in-brief"><h2 id="in-brief" class="astro-x">In brief</h2><ul class="astro-x"><li class="astro-x">A point.</li></ul></aside>',
		);
		expect(parts.content).toBe(content.replace(/ data-endnote="\d"/g, ''));
		expect(parts.references).toBe(
			'<section class="page-references" aria-labelledby="references" data-pagefind-ignore><h2 id="references">References</h2><ul><li>A, 2020.</li></ul></section>',
		);
	});

	test('a page without In brief or references gives empty parts; one without Markdown content is refused', () => {
		const bare = readerPage('<p>Text.</p>')
			.replace(/<aside[\s\S]*?<\/aside>/, '')
			.replace(/<section class="page-references"[\s\S]*?<\/section>/, '');
		expect(readerParts(bare, 'page')).toEqual({ inBrief: '', content: '<p>Text.</p>', references: '' });
		expect(() => readerParts('<!DOCTYPE html><html><body><main></main></body></html>', 'a/index.html')).toThrow(
			/a\/index\.html: no Markdown content/,
		);
	});

	test('many pages: each later page is read from its <main> on, with the same parts; a <main> written by content is not taken for it', () => {
		const read = readerPartsOfPages();
		const first = readerPage('<p>One <a href="/a/" data-endnote="1">a</a>.</p>');
		expect(read(first, 'first')).toEqual(readerParts(first, 'first'));
		// The description, a sidebar title and an abbreviation hold a <main> tag as the build writes them (quotes escaped).
		const fake = '<main data-pagefind-body class=&quot;astro-x&quot; lang=&quot;en-CA&quot; dir=&quot;ltr&quot;>';
		const second = readerPage(`<p>Two <abbr title="${fake}">x</abbr>.</p>`)
			.replace('a <main> in an attribute', fake)
			.replace('<body>', `<body><nav><a href="/b/" title="${fake}">B</a></nav>`);
		expect(read(second, 'second')).toEqual(readerParts(second, 'second'));
		expect(read(second, 'second').content).toBe(`<p>Two <abbr title="${fake}">x</abbr>.</p>`);
	});
});

describe('an embed view', () => {
	const shell =
		'<!DOCTYPE html><html lang="en-CA" dir="ltr"><head><meta http-equiv="content-security-policy" content="default-src \'self\'"><meta charset="utf-8">' +
		'<title>Shell | The Handbook</title><meta name="description" content="The shell\'s page."><meta name="robots" content="noindex">' +
		'<link rel="canonical" href="https://e.org/shell/"><base target="_blank"><link rel="stylesheet" href="/_astro/a.css"></head>' +
		'<body><main class="embed-main"><h1>Shell</h1><p>Whatever the shell page had.</p></main></body></html>';
	const wordsOf = (dictionary: Record<string, string>) =>
		Object.fromEntries(embedWordKeys.map((key) => [key, dictionary[`handbook.${key}`]!])) as EmbedPage['words'];
	const page: EmbedPage = {
		lang: 'en-CA',
		words: wordsOf(english),
		title: 'Power & "trust" in Alberta\'s networks',
		documentTitle: 'Power & "trust" | The Handbook',
		description: 'Alberta\'s "networks" & <more>',
		canonical: 'https://e.org/cases/power/?a&b',
		typeLabel: 'Case study',
		handbookTitle: 'The Handbook',
		reviewed: { date: '2026-12-05', shown: 'December 5, 2026' },
		href: '/cases/power/',
		shortHref: '/go/power/',
		shortLink: '/go/power/',
	};
	const parts = {
		inBrief: '<aside class="in-brief">B</aside>',
		content: '<p>C</p>',
		references: '<section>R</section>',
	};

	test("is the shell with the page's title, description, canonical address and main, escaped as Astro escapes", () => {
		const html = embedView(readShell(shell, 'shell'), page, parts);
		expect(html).toBe(
			'<!DOCTYPE html><html lang="en-CA" dir="ltr"><head><meta http-equiv="content-security-policy" content="default-src \'self\'"><meta charset="utf-8">' +
				'<title>Power &amp; &quot;trust&quot; | The Handbook</title><meta name="description" content="Alberta\'s &quot;networks&quot; &amp; <more>"><meta name="robots" content="noindex">' +
				'<link rel="canonical" href="https://e.org/cases/power/?a&amp;b"><base target="_blank"><link rel="stylesheet" href="/_astro/a.css"></head>' +
				'<body><main class="embed-main"><h1>Power &amp; &quot;trust&quot; in Alberta&#39;s networks</h1>' +
				'<p class="embed-meta">Case study, from The Handbook; last reviewed <time datetime="2026-12-05">December 5, 2026</time></p>' +
				'<aside class="in-brief">B</aside><div class="sl-markdown-content"><p>C</p></div><div class="sl-markdown-content"><section>R</section></div>' +
				'<p class="embed-full"><a href="/cases/power/">Read “Power &amp; &quot;trust&quot; in Alberta&#39;s networks” in The Handbook</a> (opens in a new tab). ' +
				'Short link: <a href="/go/power/"><span data-site-path="/go/power/">/go/power/</span></a></p></main></body></html>',
		);
	});

	test('an absolute short link has no site path; a page never reviewed says nothing of it', () => {
		const html = embedView(
			readShell(shell, 'shell'),
			{ ...page, reviewed: undefined, shortLink: 'https://e.org/go/power/' },
			parts,
		);
		expect(html).toContain('<p class="embed-meta">Case study, from The Handbook</p>');
		expect(html).toContain('<a href="/go/power/"><span>https://e.org/go/power/</span></a>');
	});

	test("a French page's view is in French: its language, its type, the line under its title, its links", () => {
		const html = embedView(
			readShell(shell, 'shell'),
			{
				...page,
				lang: 'fr-CA',
				words: wordsOf(french),
				typeLabel: 'Étude de cas',
				reviewed: { date: '2026-12-05', shown: '5 décembre 2026' },
			},
			parts,
		);
		expect(html).toContain('<html lang="fr-CA" dir="ltr">');
		expect(html).toContain(
			'<p class="embed-meta">Étude de cas, tiré de The Handbook ; dernière révision : <time datetime="2026-12-05">5 décembre 2026</time></p>',
		);
		expect(html).toContain(
			'<p class="embed-full"><a href="/cases/power/">Lire « Power &amp; &quot;trust&quot; in Alberta&#39;s networks » dans The Handbook</a> (s’ouvre dans un nouvel onglet). ' +
				'Lien court : <a href="/go/power/"><span data-site-path="/go/power/">/go/power/</span></a></p>',
		);
		expect(html).not.toContain('lang="en-CA"');
	});
});
