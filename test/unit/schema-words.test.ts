import { describe, expect, test } from 'vitest';
import { afterField, schemaWords } from '../../src/check/schema-words.ts';

describe("a schema's complaint, in the words of the files an editor writes", () => {
	test.each([
		['Invalid input: expected array, received string', 'should be a list, not text'],
		['Invalid input: expected string, received number', 'should be text, not a number'],
		['Invalid input: expected object, received array', 'should be a set of `field: value` lines, not a list'],
		['Invalid input: expected boolean, received null', 'should be `true` or `false`, not empty'],
		['Invalid input: expected string, received undefined', 'is missing'],
		['Invalid input: expected date, received bigint', 'should be a date, not bigint'],
		['Invalid option: expected one of "a"|"b"|"c"', 'should be one of "a", "b", "c"'],
		['Too small: expected string to have >=1 characters', 'should not be empty'],
		['Too small: expected array to have >=1 items', 'should list at least one'],
		['Invalid string: must start with "/"', 'must start with "/"'],
		['Unrecognized key: "colour"', 'has a field it may not have: "colour"'],
		['Unrecognized keys: "a", "b"', 'has a field it may not have: "a", "b"'],
		// The handbook's own messages read on after the field; anything else follows a colon.
		[
			'must be a site path with a trailing slash, such as `/sources/x/`',
			'must be a site path with a trailing slash, such as `/sources/x/`',
		],
		['Too big: expected number to be <=5', ': Too big: expected number to be <=5'],
	])('%s', (message, words) => {
		expect(schemaWords(message)).toBe(words);
	});
});

test("after a field's name: a space before words that read on, nothing before a colon", () => {
	expect(`\`cite\`${afterField('Invalid input: expected array, received string')}`).toBe(
		'`cite` should be a list, not text',
	);
	expect(`\`n\`${afterField('Too big: expected number to be <=5')}`).toBe('`n`: Too big: expected number to be <=5');
});
