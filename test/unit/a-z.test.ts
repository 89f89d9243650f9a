// The A–Z page (/a-z/): every page filed under the first letter of its title, as a reader scanning for a word
// expects: accents and case ignored, numbers in order, titles that start with a digit or a sign first under "#".
import { describe, expect, test } from 'vitest';
import { azIndex, indexLetter } from '../../src/site/a-z.ts';
import type { PageSummary } from '../../src/site/page-graph.ts';

const page = (title: string, url = `/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/`) =>
	({ title, url }) as PageSummary;
const read = (pages: PageSummary[]) =>
	azIndex(pages).map(({ letter, pages: list }) => `${letter}: ${list.map((p) => p.title).join(', ')}`);

describe('the letter a title is filed under', () => {
	test.each([
		['Trust', 'T'],
		['trust', 'T'],
		['  Trust', 'T'],
		['Équipes', 'E'],
		['Ökosystem', 'O'],
		['5 domains', '#'],
		['“Civic” leadership', '#'],
		['', '#'],
	])('%j → %s', (title, letter) => expect(indexLetter(title)).toBe(letter));
});

describe('the A–Z index', () => {
	test('letters in order with "#" first; titles by the alphabet, whatever their case or accents', () => {
		expect(
			read([
				page('trust'),
				page('Conflict'),
				page('Équipes'),
				page('Alberta PCNs'),
				page('Engage others'),
				page('2 ways to start'),
				page('Coalitions'),
				page('10 questions'),
				page('“Civic” leadership'),
			]),
		).toEqual([
			// Punctuation sorts before digits, and numbers in numeric order (2 before 10).
			'#: “Civic” leadership, 2 ways to start, 10 questions',
			'A: Alberta PCNs',
			'C: Coalitions, Conflict',
			'E: Engage others, Équipes',
			'T: trust',
		]);
	});

	test('"#" comes first even when its titles sort among the letters, and Z is a letter', () => {
		// Ø has no letter of A–Z under it, and sorts with the O's.
		expect(read([page('Zulu'), page('Beta'), page('Øresund'), page('Alpha')])).toEqual([
			'#: Øresund',
			'A: Alpha',
			'B: Beta',
			'Z: Zulu',
		]);
	});

	test('pages with the same title are in the order of their addresses', () => {
		const index = azIndex([page('Trust', '/fr/trust/'), page('Trust', '/coalitions/trust/'), page('trust', '/a/')]);
		expect(index).toHaveLength(1);
		expect(index[0]!.pages.map((p) => p.url)).toEqual(['/a/', '/coalitions/trust/', '/fr/trust/']);
	});

	test('no pages, no letters', () => {
		expect(azIndex([])).toEqual([]);
	});
});
