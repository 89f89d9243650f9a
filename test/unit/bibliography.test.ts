import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	buildBibliography,
	checkKeyConvention,
	forCiteproc,
	provenance,
	withoutStopAfterName,
} from '../../src/citations/bibliography.ts';
import { findCitations } from '../../src/citations/citations.ts';
import { formatBibliography, inTextCitation } from '../../src/citations/citation-style.ts';
import { contentDir, dataFiles } from '../../src/model/project.ts';
import { bibliographyFileSchema, type Reference } from '../../src/schemas/reference.ts';
import { haveSeeds, seedText } from '../helpers/seeds.ts';

const entry = (fields: Partial<Reference> & { id: string }): Reference => ({
	type: 'document',
	author: [{ family: 'Kanter', given: 'Rosabeth Moss' }],
	note: 'cited-in: leadersforlife-2010-develop',
	...fields,
});

/** The bibliography's look-ups with citeproc run over the same entries, as the store does. */
const formatted = (references: Reference[]) => buildBibliography(references, formatBibliography(references, 'apa'));

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
	const bibliography = formatted([
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
	const format = (text: string) => inTextCitation('apa', bibliography, findCitations(text)[0]!);

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

describe("the handbook's bibliography renders every entry unambiguously", () => {
	const references = bibliographyFileSchema.parse(
		JSON.parse(fs.readFileSync(path.join(contentDir(), dataFiles.bibliography), 'utf8')),
	);
	const bibliography = formatted(references);
	const text = (key: string) =>
		bibliography
			.entryHtml(key)
			.replace(/<[^>]+>/g, '')
			.replace(/&#38;/g, '&');

	test('no two entries share an author and year, in the list or in the text', () => {
		const inList = references.map((r) => text(r.id).replace(/\).*$/, ')'));
		expect(new Set(inList).size).toBe(references.length);
		const inText = references.map((r) => `${bibliography.label(r.id).author}, ${bibliography.label(r.id).year}`);
		expect(new Set(inText).size).toBe(references.length);
	});

	test.each(references.map((r) => [r.id]))(
		'%s shows the year suffix its key has (2003a, 2003b), and none otherwise',
		(key) => {
			const suffix = /-\d{4}([a-z])(?:-|$)/.exec(key)?.[1] ?? '';
			const year = bibliography.label(key).year;
			expect(year).toMatch(/^(\d{4}|n\.d\.)[a-z]?$/);
			expect(year.replace(/^(\d{4}|n\.d\.)/, '')).toBe(suffix);
			expect(text(key)).toContain(`(${year}`);
			expect(format(bibliography, `[@${key}]`)).toContain(year);
		},
	);

	test('people known only by family name print without a stray comma or full stop', () => {
		expect(text('collins-2001')).toBe('Collins (2001).');
		expect(text('baker-2011')).toBe('Baker & Denis (2011).');
		expect(text('amoo-2016')).toBe('Amoo, Malby, & Mervyn (2016).');
		expect(format(bibliography, '[@amoo-2016]')).toBe('Amoo et al., 2016');
		const bare = references.filter((r) => r.author.every((name) => 'family' in name && !name.given));
		expect(bare.length).toBeGreaterThan(10);
		for (const reference of bare) {
			expect(text(reference.id)).toMatch(/^[A-Z][\w-]*(?:(?:, [A-Z][\w-]*)*,? & [A-Z][\w-]*)? \(\d{4}[a-z]?\)\.$/);
		}
	});

	test('organizations and people with initials keep APA punctuation', () => {
		expect(text('leadersforlife-2010-develop')).toMatch(/^Leaders for Life\. \(2010\)\. Develop coalitions/);
		expect(text('huxham-2003a')).toBe('Huxham, C., & Vangen, S. (2003a).');
		expect(text('rowley-2012')).toBe('Rowley et al. (2012).');
	});

	test('a publisher appears only where the entry names one, and not when it is the author', () => {
		expect(text('kingsfund-nd-practice')).not.toMatch(/The King.s Fund\.$/);
		expect(text('leadersforlife-2010-develop')).not.toContain('(HCLABC)');
		expect(text('mervyn-nd-healthcare')).toBe(
			'Mervyn, K. (n.d.). Healthcare network collaboration: A case study [Structured summary of an article].',
		);
		expect(text('vaidya-2017-building')).toContain('Alberta Medical Association Practice Management Program.');
		for (const reference of references.filter((r) => !r.publisher)) {
			expect(text(reference.id)).not.toMatch(/University|Press|Publish/);
		}
	});

	test.skipIf(!haveSeeds())('every publisher is named in the source document that the entry comes from', () => {
		for (const reference of references) {
			const publisher = reference.publisher;
			if (typeof publisher !== 'string') continue;
			const origin = provenance(reference);
			expect(origin.kind, `${reference.id} is known only as cited, so its source gives no publisher`).toBe('source');
			if (origin.kind !== 'source') continue;
			const source = seedText(origin.file).toLowerCase();
			for (const word of publisher.toLowerCase().match(/[a-z]+/g) ?? []) {
				expect(source, `${reference.id}: "${word}" of "${publisher}"`).toContain(word);
			}
		}
	});
});

describe('the adjustments made for citeproc', () => {
	test('a bare family name is passed as a literal name; initials are never invented', () => {
		const adapted = forCiteproc(entry({ id: 'collins-2001', author: [{ family: 'Collins' }] }));
		expect(adapted.author).toEqual([{ literal: 'Collins' }]);
		expect(forCiteproc(entry({ id: 'kanter-1994' })).author).toEqual([{ family: 'Kanter', given: 'Rosabeth Moss' }]);
	});

	test('a publisher that is the author is dropped; another publisher stays', () => {
		const org = { literal: "The King's Fund" };
		expect(forCiteproc(entry({ id: 'a', author: [org], publisher: "The King's Fund" })).publisher).toBeUndefined();
		expect(
			forCiteproc(entry({ id: 'a', author: [org], publisher: "The King's Fund (TKF)" })).publisher,
		).toBeUndefined();
		expect(forCiteproc(entry({ id: 'a', author: [org], publisher: 'Another Press' })).publisher).toBe('Another Press');
	});

	test('only the full stop between a bare name and the date goes', () => {
		expect(withoutStopAfterName('Collins. (2001).', 'Collins')).toBe('Collins (2001).');
		expect(withoutStopAfterName('Amoo, Malby, &#38; Mervyn. (2016).', 'Mervyn')).toBe(
			'Amoo, Malby, &#38; Mervyn (2016).',
		);
		expect(withoutStopAfterName('Rowley et al. (2012).', 'Rowley')).toBe('Rowley et al. (2012).');
		expect(withoutStopAfterName('Leaders for Life. (2010). Title. Collins. (', 'Collins')).toBe(
			'Leaders for Life. (2010). Title. Collins. (',
		);
	});
});

function format(bibliography: ReturnType<typeof buildBibliography>, citation: string): string {
	return inTextCitation('apa', bibliography, findCitations(citation)[0]!)
		.parts.map((p) => p.text)
		.join('; ');
}

describe('the key convention, part by part', () => {
	const dated: Partial<Reference> = { issued: { 'date-parts': [[1994]] } };
	const check = (id: string, fields: Partial<Reference>) => checkKeyConvention(entry({ id, ...fields }));

	test('the name part: an organization without "The", spaces or punctuation; "et al." left out', () => {
		expect(check('kingsfund-1994', { author: [{ literal: "The  King's Fund" }], ...dated })).toBeUndefined();
		expect(
			check('friendsoftheearth-1994', { author: [{ literal: 'Friends of the Earth' }], ...dated }),
		).toBeUndefined();
		expect(check('rowley-1994', { author: [{ literal: 'Rowley  et al' }], ...dated })).toBeUndefined();
		expect(check('fundetaltrust-1994', { author: [{ literal: 'Fund et al. Trust' }], ...dated })).toBeUndefined();
		expect(
			check('tudorwilliams-1994', { author: [{ family: 'Tudor-Williams', given: 'J.' }], ...dated }),
		).toBeUndefined();
	});

	test('the word part: the first title word that is not a small word, without its punctuation', () => {
		expect(check('kanter-1994-cocreating', { title: 'Co-creating value', ...dated })).toBeUndefined();
		expect(check('kanter-1994-quoted', { title: 'The “Quoted” title', ...dated })).toBeUndefined();
		expect(check('kanter-1994-value', { title: 'Of the value', ...dated })).toBe(undefined);
	});

	test('the year part: the year, with an a/b suffix for two works of one year, or nd when undated', () => {
		expect(check('kanter-1994b', dated)).toBeUndefined();
		expect(check('kanter-nd', {})).toBeUndefined();
		expect(check('kanter-nd', { issued: { 'date-parts': [] } } as Partial<Reference>)).toBeUndefined();
		expect(check('kanter-nd', dated)).toBe('has year `nd` but the entry is dated `1994`; expected `kanter-1994`');
		expect(check('kanter-1994', {})).toBe('has year `1994` but the entry is dated `nd`; expected `kanter-nd`');
		expect(check('kanter-1995b', dated)).toBe('has year `1995b` but the entry is dated `1994`; expected `kanter-1994`');
	});

	test('a key with a word when the entry has no title, or with something around it, is refused with the whole key', () => {
		expect(check('kanter-1994-art', dated)).toBe(
			'has a title word `art` but the entry has no title; expected `kanter-1994`',
		);
		for (const id of ['x.kanter-1994', 'kanter-1994!', 'Kanter-1994', 'kanter-94'])
			expect(check(id, dated)).toBe(
				`does not follow ${'<name>-<year>[-<word>], for example kanter-1994-collaborative'}; expected something like \`kanter-1994\``,
			);
	});
});

describe('provenance', () => {
	test('an entry is cited in another source, or is one of the handbook’s own sources', () => {
		expect(provenance(entry({ id: 'a', note: 'cited-in: leadersforlife-2010-develop' }))).toEqual({
			kind: 'cited-in',
			key: 'leadersforlife-2010-develop',
		});
		expect(provenance(entry({ id: 'a', note: 'handbook-source: kingsfund.md' }))).toEqual({
			kind: 'source',
			file: 'kingsfund.md',
		});
		expect(provenance(entry({ id: 'a', note: 'cited-in' }))).toEqual({ kind: 'cited-in', key: '' });
	});
});

describe('the adjustments made for citeproc, at their edges', () => {
	test('a family name with only spaces as its given name is bare too', () => {
		expect(forCiteproc(entry({ id: 'a', author: [{ family: 'Collins', given: '  ' }] })).author).toEqual([
			{ literal: 'Collins' },
		]);
	});

	test('a publisher is dropped when any of the authors is that publisher, with or without a space before its abbreviation', () => {
		const authors = [{ family: 'Smith', given: 'A.' }, { literal: 'Leaders for Life' }];
		expect(forCiteproc(entry({ id: 'a', author: authors, publisher: 'Leaders for Life' })).publisher).toBeUndefined();
		expect(
			forCiteproc(entry({ id: 'a', author: [{ literal: 'Leaders for Life' }], publisher: 'Leaders for Life(HCLABC)' }))
				.publisher,
		).toBeUndefined();
		// An abbreviation in the middle of the name is part of the name.
		expect(
			forCiteproc(entry({ id: 'a', author: [{ literal: 'Leaders for Life' }], publisher: 'Leaders (HCLABC) for Life' }))
				.publisher,
		).toBe('Leaders (HCLABC) for Life');
	});

	test('names with an ampersand or a full stop of their own', () => {
		expect(withoutStopAfterName('Marks &#38; Spencer. (2001).', 'Marks & Spencer')).toBe('Marks &#38; Spencer (2001).');
		expect(withoutStopAfterName('St. John. (2001).', 'St. John')).toBe('St. John (2001).');
		expect(withoutStopAfterName('StXJohn. (2001).', 'St. John')).toBe('StXJohn. (2001).');
	});
});

describe('the look-ups made from citeproc’s output', () => {
	const references = [entry({ id: 'huxham-2000a' }), entry({ id: 'leadersforlife-2010' })];

	test('an author with an abbreviation in brackets keeps it; the year is APA’s, with its suffix', () => {
		const bibliography = buildBibliography(references, {
			style: 'apa',
			entries: [
				['huxham-2000a', 'Huxham, C. (2000a). <i>Title</i>.'],
				['leadersforlife-2010', 'Leaders for Life (HCLABC). (2010). <i>Develop coalitions</i>.'],
			],
			citations: [
				['huxham-2000a', '(Huxham, 2000)'],
				['leadersforlife-2010', '(Leaders for Life (HCLABC), 2010)'],
			],
		});
		expect(bibliography.label('huxham-2000a')).toEqual({ author: 'Huxham', year: '2000a' });
		expect(bibliography.label('leadersforlife-2010')).toEqual({ author: 'Leaders for Life (HCLABC)', year: '2010' });
		expect(bibliography.order).toEqual(['huxham-2000a', 'leadersforlife-2010']);
		expect(bibliography.entryHtml('huxham-2000a')).toBe('Huxham, C. (2000a). <i>Title</i>.');
		expect(bibliography.entries.get('leadersforlife-2010')?.id).toBe('leadersforlife-2010');
	});

	test('an undated work keeps APA’s n.d. and its suffix', () => {
		const bibliography = buildBibliography(references, {
			style: 'apa',
			entries: [['huxham-2000a', 'Huxham, C. (n.d.-b). <i>Title</i>.']],
			citations: [['huxham-2000a', '(Huxham, n.d.)']],
		});
		expect(bibliography.label('huxham-2000a')).toEqual({ author: 'Huxham', year: 'n.d.-b' });
	});

	test('in another style the year is the citation’s own; the list entry is not searched', () => {
		const bibliography = buildBibliography(references, {
			style: 'vancouver',
			entries: [['huxham-2000a', '1. Huxham C. Title (2000a); 2000.']],
			citations: [['huxham-2000a', '(Huxham, 2000)']],
		});
		expect(bibliography.label('huxham-2000a')).toEqual({ author: 'Huxham', year: '2000' });
	});

	test('a key citeproc did not format has no entry, and its label is the key itself', () => {
		const bibliography = buildBibliography(references, { style: 'apa', entries: [], citations: [] });
		expect(bibliography.entryHtml('nobody-2000')).toBe('');
		expect(bibliography.label('nobody-2000')).toEqual({ author: 'nobody-2000', year: '' });
	});
});
