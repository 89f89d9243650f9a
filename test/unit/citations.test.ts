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
		['a reference-style link whose text looks like a citation', '[@key][ref]'],
		['an "@" in brackets that starts no key', '[meet @ 10; bring notes]'],
		['a handle after a slash or a dot', 'https://example.org/@team and name.@team'],
	])('%s', (_name, text) => {
		expect(findCitations(text)).toEqual([]);
	});
});

describe('the parts of a citation, as authors type them', () => {
	const items = (text: string) => findCitations(text).flatMap((citation) => citation.items);

	test('a suppressed author is found at its "@", after the dash', () => {
		expect(findCitations('[-@kanter-1994-collaborative]')[0]!.items[0]!.offset).toBe(2);
		expect(findCitations('Kanter [-@kanter-1994-collaborative]')[0]!.items[0]!.offset).toBe(9);
	});

	test('a part of the brackets that names no work is not a citation of its own', () => {
		expect(findCitations('[@mervyn-nd-healthcare; and others]')).toEqual([
			{ mode: 'parenthetical', start: 0, end: 35, items: [{ key: 'mervyn-nd-healthcare', offset: 1 }] },
		]);
	});

	test('a locator with or without its comma, full stop or space after the abbreviation', () => {
		const page4 = { key: 'vaidya-2017-building', label: 'page', locator: '4' };
		expect(items('[@vaidya-2017-building, p. 4]')).toEqual([{ ...page4, offset: 1 }]);
		expect(items('[@vaidya-2017-building,p. 4]')).toEqual([{ ...page4, offset: 1 }]);
		expect(items('[@vaidya-2017-building p. 4]')).toEqual([{ ...page4, offset: 1 }]);
		expect(items('[@vaidya-2017-building, p 4]')).toEqual([{ ...page4, offset: 1 }]);
		expect(items('[@vaidya-2017-building, para. 12 ]')).toEqual([
			{ key: 'vaidya-2017-building', label: 'paragraph', locator: '12', offset: 1 },
		]);
	});

	test('words after the key that are not a locator are kept as a suffix, trimmed', () => {
		expect(items('[@vaidya-2017-building, emphasis added ]')).toEqual([
			{ key: 'vaidya-2017-building', suffix: 'emphasis added', offset: 1 },
		]);
		// A locator in parentheses is the author's own wording: kept as written, not read as a page.
		expect(items('[@vaidya-2017-building, (p. 4)]')).toEqual([
			{ key: 'vaidya-2017-building', suffix: '(p. 4)', offset: 1 },
		]);
	});

	test('brackets inside brackets: the innermost pair that holds a key is the citation', () => {
		expect(findCitations('[Note [@kanter-1994] here]')).toEqual([
			{ mode: 'parenthetical', start: 6, end: 20, items: [{ key: 'kanter-1994', offset: 7 }] },
		]);
	});

	test('citations one after another, a link between them, and a bare key inside brackets counted once', () => {
		const text = '[@a-1] [x](/y/)[@b-2] [see @c-3] [@d-4](/e/) [@f-5]';
		expect(findCitations(text).map((c) => [c.mode, c.items.map((i) => i.key), c.start, c.end])).toEqual([
			['parenthetical', ['a-1'], 0, 6],
			['parenthetical', ['b-2'], 15, 21],
			['parenthetical', ['c-3'], 22, 32],
			['parenthetical', ['f-5'], 45, 51],
		]);
	});

	test('brackets that never close: the key in them is a bare key', () => {
		expect(findCitations('As [see @kanter-1994 wrote').map((c) => [c.mode, c.items[0]!.key, c.start])).toEqual([
			['narrative', 'kanter-1994', 8],
		]);
	});

	test('a bracket that closes before a key, then a bare key after it', () => {
		expect(findCitations('[see] @kanter-1994 and [x]').map((c) => [c.mode, c.items[0]!.key, c.start])).toEqual([
			['narrative', 'kanter-1994', 6],
		]);
	});

	test('narrative and parenthetical citations in one text are all found, in the order of the text', () => {
		const text =
			'As @kanter-1994-collaborative argued, trust matters [@mervyn-nd-healthcare]; see also @vaidya-2017-building.';
		expect(findCitations(text).map((c) => [c.mode, c.items.map((i) => i.key), c.start])).toEqual([
			['narrative', ['kanter-1994-collaborative'], 3],
			['parenthetical', ['mervyn-nd-healthcare'], 52],
			['narrative', ['vaidya-2017-building'], 86],
		]);
	});
});
