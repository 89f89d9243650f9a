import { describe, expect, test } from 'vitest';
import { buildBibliography, checkKeyConvention } from '../../src/lib/bibliography.ts';
import { findCitations } from '../../src/lib/citations.ts';
import type { Reference } from '../../src/schemas/reference.ts';

const entry = (fields: Partial<Reference> & { id: string }): Reference => ({
	type: 'document',
	author: [{ family: 'Kanter', given: 'Rosabeth Moss' }],
	note: 'cited-in: leadersforlife-2010-develop',
	...fields,
});

describe('the key convention', () => {
	test.each([
		[
			'kanter-1994-collaborative',
			{ title: 'Collaborative advantage: The art of alliances', issued: { 'date-parts': [[1994]] } },
		],
		['huxham-2000a', { author: [{ family: 'Huxham', given: 'C.' }], issued: { 'date-parts': [[2000]] } }],
		[
			'kingsfund-nd-practice',
			{ author: [{ literal: "The King's Fund" }], title: 'The practice of collaborative leadership' },
		],
		[
			'tudorwilliams-2024-creating',
			{
				author: [{ family: 'Tudor-Williams', given: 'Jess' }],
				title: 'Creating value',
				issued: { 'date-parts': [[2024, 2, 1]] },
			},
		],
		['rowley-2012', { author: [{ literal: 'Rowley et al.' }], issued: { 'date-parts': [[2012]] } }],
	] as [string, Partial<Reference>][])('accepts %s', (id, fields) => {
		expect(checkKeyConvention(entry({ id, ...fields }))).toBeUndefined();
	});

	test.each([
		['Kanter94', 'does not follow'],
		['kantor-1994-collaborative', 'first author is `kanter`'],
		['kanter-1995-collaborative', 'dated `1994`'],
		['kanter-1994-art', 'first title word `collaborative`'],
	])('rejects %s and suggests the right key', (id, problem) => {
		const message = checkKeyConvention(
			entry({ id, title: 'Collaborative advantage: The art of alliances', issued: { 'date-parts': [[1994]] } }),
		);
		expect(message).toContain(problem);
		expect(message).toContain('kanter-1994-collaborative');
	});
});

describe('APA formatting', () => {
	const bibliography = buildBibliography([
		entry({
			id: 'kanter-1994-collaborative',
			title: 'Collaborative advantage: The art of alliances',
			issued: { 'date-parts': [[1994]] },
		}),
		entry({
			id: 'huxham-2000a',
			author: [
				{ family: 'Huxham', given: 'C.' },
				{ family: 'Vangen', given: 'S.' },
			],
			issued: { 'date-parts': [[2000]] },
		}),
		entry({
			id: 'huxham-2000b',
			author: [
				{ family: 'Huxham', given: 'C.' },
				{ family: 'Vangen', given: 'S.' },
			],
			issued: { 'date-parts': [[2000]] },
		}),
		entry({
			id: 'mervyn-nd-healthcare',
			author: [{ family: 'Mervyn', given: 'K.' }],
			title: 'Healthcare network collaboration: A case study',
		}),
	]);
	const format = (text: string) => bibliography.format(findCitations(text)[0]!);

	test('a parenthetical citation is author, year', () => {
		expect(format('[@kanter-1994-collaborative]')).toEqual({
			open: '(',
			close: ')',
			separator: '; ',
			parts: [{ key: 'kanter-1994-collaborative', text: 'Kanter, 1994' }],
		});
	});

	test('same authors in the same year are told apart as 2000a and 2000b, on every page', () => {
		expect(format('[@huxham-2000b]').parts[0]!.text).toBe('Huxham & Vangen, 2000b');
		expect(format('[@huxham-2000a]').parts[0]!.text).toBe('Huxham & Vangen, 2000a');
	});

	test('several works are listed alphabetically; undated works show n.d.; locators follow APA', () => {
		expect(format('[@mervyn-nd-healthcare, sec. II.1; @kanter-1994-collaborative]').parts.map((p) => p.text)).toEqual([
			'Kanter, 1994',
			'Mervyn, n.d., Section II.1',
		]);
	});

	test('a narrative citation puts the year in parentheses and spells out "and"', () => {
		expect(format('as @huxham-2000a showed').parts[0]!.text).toBe('Huxham and Vangen (2000a)');
	});

	test('the reference list entry is APA, with the title in italics', () => {
		expect(bibliography.entryHtml('kanter-1994-collaborative')).toBe(
			'Kanter, R. M. (1994). <i>Collaborative advantage: The art of alliances</i>.',
		);
	});
});
