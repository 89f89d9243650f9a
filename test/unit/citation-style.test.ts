// The citation-style module, in both styles, on made-up works (fixtures, not handbook content). Every expected
// string is written out by hand: APA 7 as the handbook has always printed it; Vancouver as NLM's Citing Medicine
// has it (surname and initials without stops, "Place: Publisher; year", "Journal. Year Mon;vol(issue):pages",
// "[Internet]" and "Available from:" for a web page), which is what citation-js's CSL template writes.
import { describe, expect, test } from 'vitest';
import { buildBibliography } from '../../src/citations/bibliography.ts';
import {
	citationNumbers,
	citeThisPageEntry,
	formatBibliography,
	formatPageTemplate,
	inTextCitation,
	pageReferenceKeys,
	previewText,
	referenceEntryHtml,
	referenceEntryText,
	type CitationStyle,
} from '../../src/citations/citation-style.ts';
import { findCitations } from '../../src/citations/citations.ts';
import { note, references } from '../helpers/citation-fixtures.ts';
import type { Reference } from '../../src/schemas/reference.ts';

/**
 * Formatted again in each test that reads them (a few milliseconds): made once when the file loads, they would run
 * before any test, and mutation testing could not tell which tests depend on how they are formatted.
 */
const bibliographies = {
	get apa() {
		return buildBibliography(references, formatBibliography(references, 'apa'));
	},
	get vancouver() {
		return buildBibliography(references, formatBibliography(references, 'vancouver'));
	},
};

/** An in-text citation as read: its parts joined as the page joins them. */
function cite(style: CitationStyle, text: string, numbers = new Map<string, number>()): string {
	const { open, close, separator, parts } = inTextCitation(
		style,
		bibliographies[style],
		findCitations(text)[0]!,
		numbers,
	);
	return `${open}${parts.map((part) => part.text).join(separator)}${close}`;
}

describe('in-text citations', () => {
	// The page cites Lindqvist first, then Brandt, then the network's notes. Numbered in each test that reads them
	// (numbered once in the describe block, they would run before any test, unseen by mutation testing).
	const page = () =>
		citationNumbers([
			'lindqvist-2019-working',
			'brandt-2021-shared',
			'lindqvist-2019-working',
			'example-nd-partnership',
		]);

	test('numbers follow the order of first citation, and a work keeps its number', () => {
		expect([...page()]).toEqual([
			['lindqvist-2019-working', 1],
			['brandt-2021-shared', 2],
			['example-nd-partnership', 3],
		]);
	});

	test.each([
		['[@lindqvist-2019-working]', '(Lindqvist & Okafor, 2019)', '(1)'],
		['[@example-nd-partnership; @brandt-2021-shared]', '(Brandt et al., 2021; Example Health Network, n.d.)', '(2,3)'],
		['[@brandt-2021-shared; @lindqvist-2019-working]', '(Brandt et al., 2021; Lindqvist & Okafor, 2019)', '(1,2)'],
		['[@lindqvist-2019-working, p. 4]', '(Lindqvist & Okafor, 2019, p. 4)', '(1, p. 4)'],
		[
			'[@brandt-2021-shared, pp. 12-14; @lindqvist-2019-working]',
			'(Brandt et al., 2021, pp. 12–14; Lindqvist & Okafor, 2019)',
			'(1; 2, pp. 12–14)',
		],
		['[see @brandt-2021-shared]', '(see Brandt et al., 2021)', '(see 2)'],
		['[-@lindqvist-2019-working]', '(2019)', '(1)'],
		['[@lindqvist-2019-working, para. 3]', '(Lindqvist & Okafor, 2019, para. 3)', '(1, para. 3)'],
		['[@lindqvist-2019-working, ch. 2]', '(Lindqvist & Okafor, 2019, Chapter 2)', '(1, Chapter 2)'],
		['[@lindqvist-2019-working, fig. 1]', '(Lindqvist & Okafor, 2019, Figure 1)', '(1, Figure 1)'],
		['[@lindqvist-2019-working, sec. III.1]', '(Lindqvist & Okafor, 2019, Section III.1)', '(1, Section III.1)'],
		['[@lindqvist-2019-working, emphasis added]', '(Lindqvist & Okafor, 2019, emphasis added)', '(1, emphasis added)'],
		['as @lindqvist-2019-working wrote', 'Lindqvist and Okafor (2019)', 'Lindqvist and Okafor (1)'],
		['as @brandt-2021-shared wrote', 'Brandt et al. (2021)', 'Brandt et al. (2)'],
	])('%s is %s in APA and %s in Vancouver', (text, apa, vancouver) => {
		expect(cite('apa', text, page())).toBe(apa);
		expect(cite('vancouver', text, page())).toBe(vancouver);
	});
});

describe('reference-list entries and previews', () => {
	test.each([
		[
			'lindqvist-2019-working',
			'Lindqvist, M. J., &#38; Okafor, D. (2019). <i>Working across organizations</i>. Example Press.',
			'Lindqvist MJ, Okafor D. Working across organizations. Toronto: Example Press; 2019.',
		],
		[
			'brandt-2021-shared',
			'Brandt, I., Chen, &#38; Dubois, A. (2021). Shared leadership in practice. <i>Journal of Examples</i>, <i>4</i>(2), 10–19.',
			'Brandt I, Chen, Dubois A. Shared leadership in practice. Journal of Examples. 2021 Jun;4(2):10–9.',
		],
		[
			'example-nd-partnership',
			'Example Health Network. (n.d.). <i>Partnership notes</i>.',
			'Example Health Network. Partnership notes.',
		],
	])('%s', (key, apa, vancouver) => {
		expect(referenceEntryHtml('apa', bibliographies.apa, key)).toBe(apa);
		expect(referenceEntryHtml('vancouver', bibliographies.vancouver, key)).toBe(vancouver);
		// As text, and in a preview: tags dropped, "&" read back.
		const text = apa.replace(/<\/?i>/g, '').replace('&#38;', '&');
		expect(referenceEntryText('apa', bibliographies.apa, key)).toBe(text);
		expect(previewText('apa', bibliographies.apa, key)).toBe(text);
		expect(referenceEntryText('vancouver', bibliographies.vancouver, key)).toBe(vancouver);
		expect(previewText('vancouver', bibliographies.vancouver, key)).toBe(vancouver);
	});

	test('APA: an author the sources name by family name only gets no stray stop before the year', () => {
		const bare: Reference[] = [
			{
				id: 'vaidya-2017-building',
				type: 'book',
				author: [{ family: 'Vaidya', given: 'K' }, { family: 'Osborne' }],
				title: 'Building coalitions',
				publisher: 'Example Press',
				issued: { 'date-parts': [[2017]] },
				note,
			},
		];
		const [[, entry]] = formatBibliography(bare, 'apa').entries as [[string, string]];
		expect(entry).toContain('Osborne (2017). <i>Building coalitions</i>. Example Press.');
		expect(entry).not.toContain('Osborne.');
		expect(formatBibliography(bare, 'apa').citations).toEqual([['vaidya-2017-building', '(Vaidya & Osborne, 2017)']]);
	});

	test('the site-wide list is alphabetical in both styles; short labels stay author–date', () => {
		const alphabetical = ['brandt-2021-shared', 'example-nd-partnership', 'lindqvist-2019-working'];
		expect(bibliographies.apa.order).toEqual(alphabetical);
		expect(bibliographies.vancouver.order).toEqual(alphabetical);
		expect(bibliographies.vancouver.label('lindqvist-2019-working')).toEqual({
			author: 'Lindqvist & Okafor',
			year: '2019',
		});
		expect(bibliographies.vancouver.label('example-nd-partnership')).toEqual({
			author: 'Example Health Network',
			year: 'n.d.',
		});
	});

	test("a page's list: alphabetical in APA, in order of first citation in Vancouver", () => {
		const cited = ['lindqvist-2019-working', 'example-nd-partnership', 'lindqvist-2019-working'];
		expect(pageReferenceKeys('apa', bibliographies.apa, cited)).toEqual([
			'example-nd-partnership',
			'lindqvist-2019-working',
		]);
		expect(pageReferenceKeys('vancouver', bibliographies.vancouver, cited)).toEqual([
			'lindqvist-2019-working',
			'example-nd-partnership',
		]);
	});
});

describe('"Cite this page"', () => {
	const config = { editors: 'The editors', publisher: 'The Handbook' };
	const dated = { title: 'Trust & partners?', URL: 'https://handbook.example.org/trust/' };
	const undated = { title: 'Conflict <and> repair', URL: '/conflict/' };

	test('APA: the full date, the title in italics without a stop after "?"', () => {
		const template = formatPageTemplate('apa');
		expect(citeThisPageEntry('apa', dated, '2026-05-04', template, config)).toEqual({
			html: 'The editors. (2026, May 4). <i>Trust &#38; partners?</i> The Handbook. https://handbook.example.org/trust/',
			text: 'The editors. (2026, May 4). Trust & partners? The Handbook. https://handbook.example.org/trust/',
		});
		expect(citeThisPageEntry('apa', undated, undefined, template, config).html).toBe(
			'The editors. (n.d.). <i>Conflict &#60;and&#62; repair</i>. The Handbook. <span data-site-path="/conflict/">/conflict/</span>',
		);
	});

	test('a title with "?" or "!" inside, not at its end, keeps the stop after it', () => {
		const asked = { title: 'Why partner? A guide', URL: 'https://handbook.example.org/why/' };
		expect(citeThisPageEntry('apa', asked, '2026-05-04', formatPageTemplate('apa'), config).text).toBe(
			'The editors. (2026, May 4). Why partner? A guide. The Handbook. https://handbook.example.org/why/',
		);
		const exclaimed = { title: 'Partner now!', URL: 'https://handbook.example.org/now/' };
		expect(citeThisPageEntry('apa', exclaimed, undefined, formatPageTemplate('apa'), config).text).toBe(
			'The editors. (n.d.). Partner now! The Handbook. https://handbook.example.org/now/',
		);
	});

	test('Vancouver: "[Internet]", the year after the publisher, "Available from:"', () => {
		const template = formatPageTemplate('vancouver');
		expect(citeThisPageEntry('vancouver', dated, '2026-05-04', template, config)).toEqual({
			html: 'The editors. Trust &#38; partners? [Internet]. The Handbook; 2026. Available from: https://handbook.example.org/trust/',
			text: 'The editors. Trust & partners? [Internet]. The Handbook; 2026. Available from: https://handbook.example.org/trust/',
		});
		expect(citeThisPageEntry('vancouver', undated, undefined, template, config)).toEqual({
			html: 'The editors. Conflict &#60;and&#62; repair [Internet]. The Handbook. Available from: <span data-site-path="/conflict/">/conflict/</span>',
			text: 'The editors. Conflict <and> repair [Internet]. The Handbook. Available from: /conflict/',
		});
	});
});
