// The check's "did you mean" hints and the one fix `npm run check -- --fix` applies from them: a likely typo of a
// capability id, citation key or glossary term gets the nearest known one; anything further off gets the fallback.
import { describe, expect, test } from 'vitest';
import { closest, didYouMean, suggestion } from '../../src/check/suggest.ts';

const capabilities = ['mobilize-knowledge', 'build-coalitions', 'navigate-environments', 'purposefully-build'];

describe('the nearest known name', () => {
	test('a typo of a few letters finds the name meant, whatever its case', () => {
		expect(closest('mobilise-knowledge', capabilities)).toBe('mobilize-knowledge');
		expect(closest('Build-Coalitions', capabilities)).toBe('build-coalitions');
		expect(closest('buld-coalitons', capabilities)).toBe('build-coalitions');
	});

	test('up to two edits for a short name, a third of its letters for a long one, and no further', () => {
		// "trst" → "trust": one edit; "tr" → "trust": three edits, more than two.
		expect(closest('trst', ['trust'])).toBe('trust');
		// Exactly two edits ("tst" → "trust") is still a likely typo.
		expect(closest('tst', ['trust'])).toBe('trust');
		expect(closest('tt', ['trust'])).toBeUndefined();
		// 12 letters: four edits allowed ("coalitionxyz" → "coalition" is three), five are not.
		expect(closest('coalitionxyz', ['coalition'])).toBe('coalition');
		expect(closest('coalitionvwxyz', ['coalition'])).toBeUndefined();
		// A name that is not a typo of any.
		expect(closest('governance', capabilities)).toBeUndefined();
	});

	test('of two names, the nearer; of two equally near, the first', () => {
		expect(closest('purpose', ['purposes', 'purpose-x'])).toBe('purposes');
		expect(closest('tust', ['rust', 'just'])).toBe('rust');
	});

	test('no names give no suggestion', () => {
		expect(closest('trust', [])).toBeUndefined();
	});
});

describe('the hint and the fix', () => {
	test('with a likely name: "Did you mean", and a fix at the place that replaces the value', () => {
		expect(didYouMean('mobilise-knowledge', capabilities, 'Use an id of content/taxonomy/leads.yaml.')).toBe(
			'Did you mean `mobilize-knowledge`? Use an id of content/taxonomy/leads.yaml.',
		);
		expect(suggestion('mobilise-knowledge', capabilities, 'Use an id.', { line: 4, column: 16 })).toEqual({
			hint: 'Did you mean `mobilize-knowledge`? Use an id.',
			fix: { line: 4, column: 16, from: 'mobilise-knowledge', to: 'mobilize-knowledge' },
		});
	});

	test('without a place, the hint alone; without a likely name, the fallback alone', () => {
		expect(suggestion('mobilise-knowledge', capabilities, 'Use an id.')).toEqual({
			hint: 'Did you mean `mobilize-knowledge`? Use an id.',
			fix: undefined,
		});
		expect(suggestion('governance', capabilities, 'Use an id.', { line: 4, column: 16 })).toEqual({
			hint: 'Use an id.',
		});
		expect(didYouMean('governance', capabilities, 'Use an id.')).toBe('Use an id.');
	});
});
