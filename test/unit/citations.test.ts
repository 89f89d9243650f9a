import { describe, expect, test } from 'vitest';
import { findCitations } from '../../src/citations/citations.ts';

describe('parenthetical citations', () => {
	test('one key', () => {
		expect(findCitations('Trust grows [@leadersforlife-2010-develop].')).toEqual([
			{ mode: 'parenthetical', start: 12, end: 42, items: [{ key: 'leadersforlife-2010-develop', offset: 13 }] },
		]);
	});

	test('several keys, with a locator and a prefix', () => {
		const [citation] = findCitations('[see @a-2000; @b-2001, sec. III.2; @c-2002, p. 4]');
		expect(citation!.items).toEqual([
			{ key: 'a-2000', prefix: 'see', offset: 5 },
			{ key: 'b-2001', label: 'section', locator: 'III.2', offset: 14 },
			{ key: 'c-2002', label: 'page', locator: '4', offset: 35 },
		]);
	});

	test('a suppressed author', () => {
		expect(findCitations('[-@kanter-1994-collaborative]')[0]!.items[0]).toMatchObject({
			key: 'kanter-1994-collaborative',
			suppressAuthor: true,
		});
	});
});

describe('narrative citations', () => {
	test('a bare key in running text', () => {
		expect(findCitations('As @kanter-1994-collaborative wrote.')).toEqual([
			{ mode: 'narrative', start: 3, end: 29, items: [{ key: 'kanter-1994-collaborative', offset: 3 }] },
		]);
	});

	test('a key at the end of a sentence keeps its trailing full stop out', () => {
		expect(findCitations('Read @mervyn-nd-healthcare.')[0]!.items[0]!.key).toBe('mervyn-nd-healthcare');
	});
});

describe('text that is not a citation', () => {
	test.each([
		['an email address', 'Write to info@leadersforlife.ca today.'],
		['a Markdown link', '[a link](/x/)'],
		['brackets without a key', '[see above]'],
		['a link whose text looks like a citation', '[@key](https://example.org)'],
	])('%s', (_name, text) => {
		expect(findCitations(text)).toEqual([]);
	});
});
