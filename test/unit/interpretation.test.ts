// The marker of the handbook's own reading (src/model/interpretation.ts): the phrase the check looks for in an
// untraced block and the build turns into the visible marker. Expected values are written out by hand.
import { describe, expect, test } from 'vitest';
import { marksReading, readingExplanation, splitAtReading } from '../../src/model/interpretation.ts';

describe("the marker of the handbook's reading", () => {
	test('is the phrase "the handbook\'s reading", with either apostrophe and in any case, and only that phrase', () => {
		expect(marksReading("These points are the handbook's reading of the sources:")).toBe(true);
		expect(marksReading('This is the handbook’s reading.')).toBe(true);
		expect(marksReading('The Handbook’s Reading')).toBe(true);
		// Asked twice: the answer does not depend on an earlier call.
		expect(marksReading('the handbook’s reading')).toBe(true);
		expect(marksReading('the handbooks reading')).toBe(false);
		expect(marksReading('the handbook’s readings')).toBe(false);
		expect(marksReading('in the handbook’s reading list')).toBe(true);
		expect(marksReading('another handbook’s reading')).toBe(false);
	});

	test('splits a text around each marker, and links to where the marker is explained', () => {
		expect(splitAtReading("A, the handbook’s reading, and The handbook's reading.")).toEqual([
			'A, ',
			'the handbook’s reading',
			', and ',
			"The handbook's reading",
			'.',
		]);
		expect(splitAtReading('No marker here.')).toEqual(['No marker here.']);
		expect(readingExplanation).toBe('/how-to-use/#the-handbooks-reading');
	});
});
