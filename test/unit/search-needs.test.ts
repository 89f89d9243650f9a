import { describe, expect, test } from 'vitest';
import { matchNeeds, needStem, needWords, type ClientNeed } from '../../src/search/needs-match.ts';
import { englishWords, realWordsNear } from '../../src/search/real-words.ts';
import { nearestWord } from '../../src/search/query.ts';

const needs: ClientNeed[] = [
	{
		phrases: ['a partner keeps sending junior staff to our board'],
		answer: {
			url: '/challenges/#senior-leaders-are-not-fully-committed',
			title: 'Senior leaders are not fully committed',
		},
	},
	{
		phrases: ['partners are fighting', 'a row between two partner organizations'],
		answer: { url: '/coalitions/conflict/', title: 'Conflict' },
	},
	{ phrases: ['a partner organization keeps missing meetings'], gap: 'attendance', nearest: [] },
];

describe('needs: situations in a leader’s words', () => {
	test('forms of a word are one word: meetings, meeting, meet; ignores, ignored; sending, sends', () => {
		expect(new Set(['meetings', 'meeting', 'meet'].map(needStem)).size).toBe(1);
		expect(needStem('ignores')).toBe(needStem('ignored'));
		expect(needStem('sending')).toBe(needStem('sends'));
		expect(needStem('disrespectful')).toBe(needStem('disrespect'));
	});

	test('filler words do not count', () => {
		expect(needWords('how do we keep our partners from always fighting')).toEqual(['partner', 'fight']);
	});

	test('a query that describes a need in other words finds its answer first', () => {
		const [first] = matchNeeds('the other organization sends junior people to the board', needs);
		expect(first?.need.answer?.url).toBe('/challenges/#senior-leaders-are-not-fully-committed');
		expect(matchNeeds('our partners keep missing the meetings', needs)[0]?.need.gap).toBe('attendance');
	});

	test('one shared word is not a need: a query about something else matches none', () => {
		expect(matchNeeds('board', needs)).toEqual([]);
		expect(matchNeeds('how to write a board report', needs)).toEqual([]);
	});
});

describe('typo correction never replaces a real word', () => {
	test('the English word list has the words the issue names, and not the typos', () => {
		const words = new Set(englishWords());
		expect(words.size).toBeGreaterThan(50_000);
		for (const word of ['involving', 'resolving', 'burnout', 'partnership']) expect(words.has(word), word).toBe(true);
		for (const typo of ['partnershp', 'confict', 'goverance']) expect(words.has(typo), typo).toBe(false);
	});

	test('real words near an indexed word are listed, so the browser keeps them; typos are not', () => {
		const indexed = ['evolving', 'partnership', 'conflict'];
		// Without the list, correction would replace both real words.
		expect(nearestWord('involving', indexed)).toBe('evolving');
		expect(nearestWord('resolving', indexed)).toBe('evolving');
		const near = new Set(realWordsNear(indexed));
		for (const word of ['involving', 'resolving', 'revolving']) expect(near.has(word), word).toBe(true);
		// Typos are not English words; forms of an indexed word are found by Pagefind's stemming, not corrected.
		for (const word of ['partnershp', 'confict', 'evolved', 'partnerships']) expect(near.has(word), word).toBe(false);
	});
});
