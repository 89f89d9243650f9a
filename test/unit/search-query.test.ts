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
import { facetsFrom, parseSearchParams, toSearchParams, unknownMessage } from '../../src/search/params.ts';

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
		expect(state.unknown.map(unknownMessage)).toEqual(["No page type called 'practices'. Did you mean 'practice'?"]);
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
