// "Cite this page": the reference a reader copies or downloads for a handbook page (src/citations/cite-page.ts).
// Expected values are written out as a reader would check them against APA, BibTeX and CSL-JSON.
import { describe, expect, test } from 'vitest';
import { loadHandbookConfig, type HandbookConfig } from '../../src/config.ts';
import { citeFile, citePage, pageAsReference } from '../../src/citations/cite-page.ts';
import { formatPageTemplate } from '../../src/citations/citation-style.ts';

const published: HandbookConfig = {
	...loadHandbookConfig(),
	site: 'https://handbook.example.org',
	base: '/handbook/',
	editors: 'Alberta Coalitions Editors',
	publisher: 'Coalitions Press',
};
const preview: HandbookConfig = { ...published, site: null, base: '/' };
const trust = { url: '/coalitions/trust/', title: 'Trust', reviewed: '2026-05-04' };

describe('a page as a reference', () => {
	test('written by the editors as a group, published by the handbook, dated by its review, at its full address', () => {
		expect(pageAsReference(trust, published)).toEqual({
			id: 'coalitionshandbook-coalitions-trust',
			'citation-key': 'coalitionshandbook-coalitions-trust',
			type: 'webpage',
			title: 'Trust',
			author: [{ literal: 'Alberta Coalitions Editors' }],
			publisher: 'Coalitions Press',
			issued: { 'date-parts': [[2026, 5, 4]] },
			URL: 'https://handbook.example.org/handbook/coalitions/trust/',
		});
	});

	test('the home page is "home"; a page never reviewed has no date; a preview build cites the site path', () => {
		const home = pageAsReference({ url: '/', title: 'The Coalitions Handbook' }, preview);
		expect(home.id).toBe('coalitionshandbook-home');
		expect(home).not.toHaveProperty('issued');
		expect(home.URL).toBe('/');
		expect(pageAsReference(trust, preview).URL).toBe('/coalitions/trust/');
	});
});

describe('citePage', () => {
	test('APA text and HTML, BibTeX that keeps the hyphenated key, and CSL-JSON of the same item', () => {
		const cited = citePage(trust, 'apa', formatPageTemplate('apa'), published);
		expect(cited.text).toBe(
			'Alberta Coalitions Editors. (2026, May 4). Trust. Coalitions Press. https://handbook.example.org/handbook/coalitions/trust/',
		);
		expect(cited.html).toBe(
			'Alberta Coalitions Editors. (2026, May 4). <i>Trust</i>. Coalitions Press. https://handbook.example.org/handbook/coalitions/trust/',
		);
		// BibTeX: the handbook's key, not a label citation-js would make up from the author and year.
		expect(cited.bibtex).toMatch(/^@misc\{coalitionshandbook-coalitions-trust,/);
		expect(cited.bibtex).toContain('title = {Trust}');
		expect(cited.bibtex).toContain('author = {{Alberta Coalitions Editors}}');
		expect(cited.bibtex).toContain('year = {2026}');
		// BibTeX has a month field but no day: the month alone, as a number (not citation-js's `{may 4}`).
		expect(cited.bibtex).toContain('month = {5}');
		expect(cited.bibtex).not.toMatch(/month = \{[^}]*[^\d}]/);
		expect(cited.bibtex).toContain('url = {https://handbook.example.org/handbook/coalitions/trust/}');
		expect(JSON.parse(cited.csl)).toEqual([pageAsReference(trust, published)]);
		// Indented, so that a reader who opens the download can read it.
		expect(cited.csl).toContain('\n  {\n    "id": "coalitionshandbook-coalitions-trust"');
	});

	test('a page never reviewed has no year or month in its BibTeX', () => {
		const cited = citePage({ url: '/', title: 'The Coalitions Handbook' }, 'apa', formatPageTemplate('apa'), published);
		expect(cited.bibtex).not.toMatch(/year|month/);
	});

	test('Vancouver: the style the configuration names', () => {
		const cited = citePage(trust, 'vancouver', formatPageTemplate('vancouver'), published);
		expect(cited.text).toBe(
			'Alberta Coalitions Editors. Trust [Internet]. Coalitions Press; 2026. Available from: https://handbook.example.org/handbook/coalitions/trust/',
		);
	});
});

test("a page's reference files live under /cite/, named after its address", () => {
	expect(citeFile(trust, 'bib')).toBe('/cite/coalitions/trust.bib');
	expect(citeFile({ url: '/', title: 'Home' }, 'json')).toBe('/cite/home.json');
});
