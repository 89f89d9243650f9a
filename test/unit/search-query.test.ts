import { describe, expect, test } from 'vitest';
import {
	asksForAuthoring,
	briefPageFactor,
	conceptHits,
	editDistance,
	nearestWord,
	parseQuery,
	rankPages,
	vocabularyIndex,
	type Concept,
} from '../../src/search/query.ts';
import { tokenize } from '../../src/search/words.ts';
import {
	facetsFrom,
	parseSearchParams,
	shownLabel,
	toSearchParams,
	unknownMessage,
	type UnknownValue,
} from '../../src/search/params.ts';
import { fillTemplate } from '../../src/site/ui-text.ts';
import english from '../../src/content/i18n/en-CA.json' with { type: 'json' };
import french from '../../src/content/i18n/fr-CA.json' with { type: 'json' };

const vocabulary = vocabularyIndex({
	entries: [
		{ words: ['disagreement', 'dispute'], means: ['conflict'] },
		{ words: ['psychological safety'], means: ['Creating a safe, inclusive and trusting environment'] },
		{ words: ['who holds the power'], means: ['Actively managing power dynamics'] },
	],
});

describe('query processing', () => {
	test('filler words are dropped from questions', () => {
		expect(parseQuery('how do I build trust with another organization', vocabulary).map((c) => c.text)).toEqual([
			'build',
			'trust',
			'organization',
		]);
	});

	test('a query of filler words only is searched as typed', () => {
		expect(parseQuery('how to', vocabulary)).toEqual([
			{ text: 'how to', alternatives: ['how to'], fromVocabulary: false },
		]);
	});

	test('vocabulary words and phrases bring the handbook’s terms, plural or not, filler words inside', () => {
		const [disputes, safety] = parseQuery('disputes and psychological safety', vocabulary);
		expect(disputes!.alternatives).toEqual(['disputes', 'conflict']);
		expect(safety!.alternatives).toEqual([
			'psychological safety',
			'Creating a safe, inclusive and trusting environment',
		]);
		const power = parseQuery('who holds the power in a partnership', vocabulary);
		expect(power.map((c) => c.text)).toEqual(['who holds the power', 'partnership']);
		expect(power[0]!.alternatives[0]).toBe('holds power');
	});

	test('UK and US spellings become Canadian, and possessives and punctuation go', () => {
		expect(tokenize("The King's Fund: organisation, co-ordinated!")).toEqual([
			'the',
			'king',
			'fund',
			'organization',
			'coordinated',
		]);
	});

	test('a quoted query is one exact concept', () => {
		expect(parseQuery('"power dynamics"', vocabulary)).toHaveLength(1);
	});
});

describe('typos', () => {
	const words = ['partnership', 'partners', 'trust', 'conflict', 'governance', 'leadership'];
	test.each([
		['partnershp', 'partnership'],
		['trsut', 'trust'],
		['confict', 'conflict'],
		['goverance', 'governance'],
		['leadrship', 'leadership'],
	])('%s → %s', (typo, word) => expect(nearestWord(typo, words)).toBe(word));

	test('short words, numbers and words far from any indexed word are left alone', () => {
		expect(nearestWord('tru', words)).toBeUndefined();
		expect(nearestWord('level5', words)).toBeUndefined();
		expect(nearestWord('zebra', words)).toBeUndefined();
	});

	test('edit distance counts a transposition as one edit', () => {
		expect(editDistance('trsut', 'trust')).toBe(1);
		expect(editDistance('abc', 'xyz', 2)).toBe(3);
	});
});

describe('ranking', () => {
	const concept = (text: string, fromVocabulary = false): Concept => ({ text, alternatives: [text], fromVocabulary });
	const hits = (text: string, scores: Record<string, number>, fromVocabulary = false) =>
		conceptHits(concept(text, fromVocabulary), [Object.entries(scores).map(([id, score]) => ({ id, score }))]);

	test('pages matching every informative word come first, then the best partial matches', () => {
		const ranked = rankPages([hits('build', { a: 1, b: 5 }), hits('trust', { a: 1, c: 9 })], { pageCount: 20 });
		expect(ranked[0]).toBe('a');
		expect(ranked.slice(1).sort()).toEqual(['b', 'c']);
	});

	test('a word on nearly every page is not required', () => {
		const common = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`p${i}`, 1]));
		const ranked = rankPages([hits('partnership', common), hits('power', { target: 9 }, true)], { pageCount: 20 });
		expect(ranked[0]).toBe('target');
	});

	test('a brief page ranks below a page with substance on the same words', () => {
		const ranked = rankPages([hits('evidence', { brief: 10, full: 6 })], { pageCount: 20, brief: new Set(['brief']) });
		expect(ranked).toEqual(['full', 'brief']);
		expect(briefPageFactor).toBeLessThan(1);
	});

	test('the authoring guide is asked for by name', () => {
		expect(asksForAuthoring('authoring citations')).toBe(true);
		expect(asksForAuthoring('data')).toBe(false);
	});
});

/** What the search page says of an unknown value, in a language's words (its dictionary, as the page reads it). */
function said(value: UnknownValue, dictionary: Record<string, string> = english): string {
	const { key, values } = unknownMessage(value);
	return fillTemplate(dictionary[`handbook.${key}`]!, values).join('');
}

describe('the search page’s address', () => {
	const facets = facetsFrom(
		{
			type: { practice: 'Practice', 'case-study': 'Case study' },
			domain: { 'develop-coalitions': 'Develop Coalitions' },
		},
		[
			['type', 'Page type', 'page type'],
			['domain', 'LEADS domain', 'LEADS domain'],
		],
	);

	test('known ids are chosen, unknown ones are reported with the nearest id', () => {
		const state = parseSearchParams(new URLSearchParams('q=trust&type=practices&domain=develop-coalitions'), facets);
		expect(state.query).toBe('trust');
		expect([...state.selection]).toEqual([['domain', new Set(['develop-coalitions'])]]);
		expect(state.unknown.map((u) => said(u))).toEqual(["No page type called 'practices'. Did you mean 'practice'?"]);
	});

	test('object property names are data, not look-ups', () => {
		const state = parseSearchParams(
			new URLSearchParams('type=__proto__&type=constructor&domain=toString&__proto__=x'),
			facets,
		);
		expect(state.selection.size).toBe(0);
		expect(state.unknown.map((u) => u.value)).toEqual(['__proto__', 'constructor', 'toString']);
		expect(facetsFrom(JSON.parse('{"__proto__": {"x": "y"}}'), [['__proto__', 'P', 'p']])[0]!.values.get('x')).toBe(
			'y',
		);
	});

	test('the address is written back in facet order, repeatable values apart', () => {
		const selection = new Map([
			['domain', new Set(['develop-coalitions'])],
			['type', new Set(['practice', 'case-study'])],
		]);
		expect(toSearchParams('power', selection, facets).toString()).toBe(
			'q=power&type=practice&type=case-study&domain=develop-coalitions',
		);
	});
});

describe('query processing, more cases', () => {
	test('the same word twice counts once; an empty query is no concept', () => {
		expect(parseQuery('trust and trust', vocabulary).map((c) => c.text)).toEqual(['trust']);
		expect(parseQuery('', vocabulary)).toEqual([]);
	});

	test('a quoted query is searched exactly as typed, spaces around it trimmed', () => {
		expect(parseQuery('  "power dynamics"  ', vocabulary)).toEqual([
			{ text: '"power dynamics"', alternatives: ['"power dynamics"'], fromVocabulary: false },
		]);
		// Quotation marks around part of a query do not make it one concept.
		expect(parseQuery('"power" dynamics', vocabulary).map((c) => c.text)).toEqual(['power', 'dynamics']);
	});

	test("a vocabulary word in two entries brings both entries' terms, once each; a word of punctuation only is skipped", () => {
		const index = vocabularyIndex({
			entries: [
				{ words: ['turf'], means: ['territory', 'power'] },
				{ words: ['turf', 'turf wars'], means: ['power', 'conflict'] },
				{ words: ['!!'], means: ['nothing'] },
			],
		});
		expect([...index.terms]).toEqual([
			['turf', ['territory', 'power', 'conflict']],
			// Keys are singular, so that "turf war" and "turf wars" are one phrase.
			['turf war', ['power', 'conflict']],
		]);
		expect(index.longest).toBe(2);
		expect(vocabularyIndex({ entries: [] }).longest).toBe(1);
		// The longest phrase wins over a shorter one inside it.
		expect(parseQuery('turf wars', index)).toEqual([
			{ text: 'turf wars', alternatives: ['turf wars', 'power', 'conflict'], fromVocabulary: true },
		]);
	});
});

describe('typos, more cases', () => {
	test('words of eight letters or more may be two edits away; shorter words one', () => {
		expect(nearestWord('partnrshp', ['partnership'])).toBe('partnership');
		expect(nearestWord('cnfict', ['conflict'])).toBeUndefined();
		expect(nearestWord('confict', ['conflict'])).toBe('conflict');
	});

	test('between words equally near, the more frequent (listed first) wins', () => {
		expect(nearestWord('trast', ['tryst', 'trust'])).toBe('tryst');
		expect(nearestWord('trast', ['trust', 'tryst'])).toBe('trust');
		// A nearer word later in the list beats a farther one earlier.
		expect(nearestWord('governanse', ['governments', 'governance'])).toBe('governance');
	});

	test('edit distance: equal words, an empty word, and the cap', () => {
		expect(editDistance('trust', 'trust')).toBe(0);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('a', 'abcdef', 3)).toBe(4);
		expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
		expect(editDistance('kitten', 'sitting', 5)).toBe(3);
	});
});

describe('ranking, more cases', () => {
	const concept = (text: string, fromVocabulary = false, alternatives = [text]): Concept => ({
		text,
		alternatives,
		fromVocabulary,
	});
	const scored = (hits: ReturnType<typeof conceptHits>) => Object.fromEntries(hits.scores);

	test("a concept's scores are scaled so its best page scores 1, each page keeping its best", () => {
		expect(
			scored(
				conceptHits(concept('trust'), [
					[
						{ id: 'a', score: 4 },
						{ id: 'b', score: 2 },
					],
				]),
			),
		).toEqual({ a: 1, b: 0.5 });
		expect(
			scored(
				conceptHits(concept('trust'), [
					[{ id: 'a', score: 2 }],
					[
						{ id: 'a', score: 4 },
						{ id: 'b', score: 1 },
					],
				]),
			),
		).toEqual({ a: 1, b: 0.25 });
		expect(scored(conceptHits(concept('trust'), [[{ id: 'a', score: 0 }]]))).toEqual({ a: 0 });
		expect(scored(conceptHits(concept('trust'), []))).toEqual({});
	});

	test("a vocabulary phrase's own words count half as much as the handbook's terms for it", () => {
		const disputes = concept('disputes', true, ['disputes', 'conflict']);
		expect(scored(conceptHits(disputes, [[{ id: 'a', score: 4 }], [{ id: 'b', score: 3 }]]))).toEqual({
			a: 2 / 3,
			b: 1,
		});
		// A vocabulary concept with nothing but its own words, and a reader's own word, are not halved.
		const alone = concept('disputes', true);
		expect(scored(conceptHits(alone, [[{ id: 'a', score: 4 }], [{ id: 'b', score: 3 }]]))).toEqual({ a: 1, b: 0.75 });
	});

	const hits = (text: string, scores: Record<string, number>, fromVocabulary = false) =>
		conceptHits(concept(text, fromVocabulary), [Object.entries(scores).map(([id, score]) => ({ id, score }))]);

	test('nothing found is no result', () => {
		expect(rankPages([], { pageCount: 20 })).toEqual([]);
		expect(rankPages([hits('trust', {})], { pageCount: 20 })).toEqual([]);
	});

	test("a better match ranks first, and a page the concept's best page outscores still counts", () => {
		expect(rankPages([hits('trust', { low: 1, high: 10 })], { pageCount: 20 })).toEqual(['high', 'low']);
		expect(rankPages([hits('trust', { zero: 0, some: 1 })], { pageCount: 20 })).toEqual(['some', 'zero']);
	});

	test('a rarer concept and a vocabulary concept say more about a page', () => {
		// `rare` is on one page, `common` on five (under 40% of 20): equal scores, the rare concept's page first.
		const common = Object.fromEntries(['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => [id, 1]));
		expect(rankPages([hits('common', common), hits('rare', { r: 1 })], { pageCount: 20 })[0]).toBe('r');
		// Two concepts on one page each: the vocabulary's concept's page first.
		expect(rankPages([hits('word', { w: 1 }), hits('phrase', { v: 1 }, true)], { pageCount: 20 })).toEqual(['v', 'w']);
	});

	test('when every concept is on most pages, pages matching all of them still come first', () => {
		const many = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 1]));
		const a = many(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
		const b = many(['p9', 'q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8']);
		expect(rankPages([hits('partners', a), hits('working', b)], { pageCount: 10 })[0]).toBe('p9');
	});

	test('a long reference page (the glossary) ranks below a page that treats the subject', () => {
		expect(
			rankPages([hits('trust', { glossary: 10, page: 6 })], { pageCount: 20, reference: new Set(['glossary']) }),
		).toEqual(['page', 'glossary']);
		expect(rankPages([hits('trust', { glossary: 10, page: 6 })], { pageCount: 20 })).toEqual(['glossary', 'page']);
	});

	test('the authoring guide is asked for in any case, as one word among others', () => {
		expect(asksForAuthoring('How do editors add frontmatter?')).toBe(true);
		expect(asksForAuthoring('MDX')).toBe(true);
		expect(asksForAuthoring('the author of the IOCN case')).toBe(true);
		expect(asksForAuthoring('authority and trust')).toBe(false);
	});
});

describe('the search page’s address, more cases', () => {
	const facets = facetsFrom(
		{
			type: { practice: 'Practice', 'case-study': 'Case study' },
			domain: { 'develop-coalitions': 'Develop Coalitions' },
		},
		[
			['type', 'Page type', 'page type'],
			['domain', 'LEADS domain', 'LEADS domain'],
		],
	);

	test('values repeat or are comma-separated, spaces and empty values ignored; no `q` is an empty query', () => {
		const state = parseSearchParams(new URLSearchParams('type=practice, case-study&type=&type=,practice'), facets);
		expect(state.query).toBe('');
		expect([...state.selection]).toEqual([['type', new Set(['practice', 'case-study'])]]);
		expect(state.unknown).toEqual([]);
	});

	test('an unknown value is suggested the nearest id when it is near enough to be a typo, whatever its case', () => {
		const unknown = (address: string) =>
			parseSearchParams(new URLSearchParams(address), facets).unknown.map((u) => [u.value, u.suggestion]);
		expect(unknown('type=Practice')).toEqual([['Practice', 'practice']]);
		expect(unknown('type=case-stduy')).toEqual([['case-stduy', 'case-study']]);
		expect(unknown('domain=develop-coalitons')).toEqual([['develop-coalitons', 'develop-coalitions']]);
		expect(unknown('domain=develop')).toEqual([['develop', undefined]]);
		expect(unknown('type=xyz&domain=leads')).toEqual([
			['xyz', undefined],
			['leads', undefined],
		]);
	});

	test('an unknown value without a near id is told to use the filters', () => {
		const [value] = parseSearchParams(new URLSearchParams('type=handout'), facets).unknown;
		expect(said(value!)).toBe("No page type called 'handout'. Choose one from the filters below.");
	});

	test('in French, the messages name the filter by its French heading, in French quotation marks', () => {
		const french_ = facetsFrom({ type: { practice: 'Practice' } }, [['type', 'Type de page', 'type de page']]);
		const [near, far] = parseSearchParams(new URLSearchParams('type=practices&type=handout'), french_).unknown;
		expect(said(near!, french)).toBe(
			'Le filtre «\u00a0Type de page\u00a0» n’a pas de valeur «\u00a0practices\u00a0». Vouliez-vous dire «\u00a0practice\u00a0»\u00a0?',
		);
		expect(said(far!, french)).toBe(
			'Le filtre «\u00a0Type de page\u00a0» n’a pas de valeur «\u00a0handout\u00a0». Choisissez-en une dans les filtres ci-dessous.',
		);
	});

	test("a value is shown in the page's language; Pagefind's filters keep the index's label", () => {
		const [type] = facetsFrom(
			{ type: { practice: 'Practice', lesson: 'Lesson' } },
			[['type', 'Type de page', 'type de page']],
			{ type: { practice: 'Pratique', broken: 5 }, extra: { x: 'X' } },
		);
		expect(type!.values.get('practice')).toBe('Practice');
		expect(shownLabel(type!, 'practice')).toBe('Pratique');
		// Without a translation, the index's label; an id the page does not know, as written.
		expect(shownLabel(type!, 'lesson')).toBe('Lesson');
		expect(shownLabel(type!, 'handout')).toBe('handout');
		expect([...type!.shown.keys()]).toEqual(['practice']);
		for (const shown of [null, 'type', 5, { type: 'Pratique' }])
			expect(facetsFrom({}, [['type', 'Type de page', 'type de page']], shown)[0]!.shown.size).toBe(0);
	});

	test("the filters read from the page's data: only text labels, facets in the order given, missing ones empty", () => {
		const read = facetsFrom({ type: { practice: 'Practice', broken: 5, none: null }, extra: { x: 'X' } }, [
			['domain', 'LEADS domain', 'LEADS domain'],
			['type', 'Page type', 'page type'],
		]);
		expect(read.map((f) => [f.id, f.name, f.noun, [...f.values]])).toEqual([
			['domain', 'LEADS domain', 'LEADS domain', []],
			['type', 'Page type', 'page type', [['practice', 'Practice']]],
		]);
		for (const data of [null, 'type', 5, { type: 'practice' }])
			expect(facetsFrom(data, [['type', 'Page type', 'page type']])[0]!.values.size).toBe(0);
	});

	test('the address leaves out an empty query and filters with nothing chosen', () => {
		expect(toSearchParams('', new Map(), facets).toString()).toBe('');
		expect(toSearchParams('', new Map([['domain', new Set(['develop-coalitions'])]]), facets).toString()).toBe(
			'domain=develop-coalitions',
		);
		expect(toSearchParams('trust', new Map([['other', new Set(['x'])]]), facets).toString()).toBe('q=trust');
	});
});

describe('typos and ranking, the edge of each rule', () => {
	// Distances with adjacent transpositions (optimal string alignment), worked out apart from this code.
	test.each([
		['ab', 'ba', 1],
		['abc', 'acb', 1],
		['cab', 'acb', 1],
		['aab', 'aba', 1],
		['ca', 'abc', 3],
		['abcdef', 'badcfe', 3],
		['abcd', 'dcba', 3],
		['flaw', 'lawn', 2],
		['ab', 'cd', 2],
		['xab', 'yba', 2],
		['axb', 'bxa', 2],
		['ba', 'aab', 2],
		['abab', 'baba', 2],
		['abc', 'bca', 2],
		['abxy', 'bayx', 2],
	])('edit distance from %s to %s is %i', (a, b, distance) => {
		expect(editDistance(a, b, 6)).toBe(distance);
	});

	test('a word with a digit, a word of four letters, and an eight-letter word two edits away', () => {
		expect(nearestWord('trust2', ['trust'])).toBeUndefined();
		expect(nearestWord('trst', ['trust'])).toBe('trust');
		expect(nearestWord('cunflixt', ['conflict'])).toBe('conflict');
	});

	test('a word is never its own suggestion, and a nearer word later in the list wins over a farther one', () => {
		expect(nearestWord('trusts', ['trusts', 'trust'])).toBe('trust');
		expect(nearestWord('abcdefgh', ['abcdefxy', 'abcdefgx'])).toBe('abcdefgx');
	});

	test('a plain word is a concept of its own words; a quotation inside a query is not an exact phrase', () => {
		expect(parseQuery('build trust', vocabulary)).toEqual([
			{ text: 'build', alternatives: ['build'], fromVocabulary: false },
			{ text: 'trust', alternatives: ['trust'], fromVocabulary: false },
		]);
		expect(parseQuery('power "dynamics"', vocabulary).map((c) => c.text)).toEqual(['power', 'dynamics']);
	});

	const hits = (text: string, scores: Record<string, number>) =>
		conceptHits({ text, alternatives: [text], fromVocabulary: false }, [
			Object.entries(scores).map(([id, score]) => ({ id, score })),
		]);

	test('a concept nothing matched does not stop pages from matching all the others', () => {
		const ranked = rankPages([hits('build', { a: 1, b: 5 }), hits('trust', { a: 1, c: 9 }), hits('xyzzy', {})], {
			pageCount: 20,
		});
		expect(ranked[0]).toBe('a');
	});

	test('only rare concepts are required: a strong match on the rare one beats a weak match on both', () => {
		const common = Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`p${i}`, 1]));
		// 15 of 20 pages have the common word; the rare one is on `r` (strongly) and `p0` (weakly).
		expect(rankPages([hits('partners', common), hits('rare', { r: 10, p0: 1 })], { pageCount: 20 })[0]).toBe('r');
	});

	test('a concept on exactly 40% of the pages is still required', () => {
		const eight = Object.fromEntries(['both', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'].map((id) => [id, 1]));
		expect(rankPages([hits('partners', eight), hits('rare', { r: 10, both: 1 })], { pageCount: 20 })[0]).toBe('both');
	});
});

describe('suggestions for a mistyped filter, at the edge', () => {
	const facet = (ids: string[]) =>
		facetsFrom({ domain: Object.fromEntries(ids.map((id) => [id, id])) }, [['domain', 'LEADS domain', 'LEADS domain']]);
	const suggestion = (value: string, ids: string[]) =>
		parseSearchParams(new URLSearchParams({ domain: value }), facet(ids)).unknown[0]?.suggestion;

	test('between ids equally near, the first wins', () => {
		expect(suggestion('ad', ['ab', 'ac'])).toBe('ab');
	});

	test('a long value may be a third of its length away; a short one two edits', () => {
		// 18 characters, 3 edits from the id: near enough (up to 6).
		expect(suggestion('devel0p-koalitionz', ['develop-coalitions'])).toBe('develop-coalitions');
		expect(suggestion('xyz', ['abc'])).toBeUndefined();
		expect(suggestion('xbz', ['abc'])).toBe('abc');
	});
});
