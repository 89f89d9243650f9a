// A text with its citations, as the page body, "In brief" and the catalog show it (src/citations/cited-text.ts),
// on made-up works. Expected parts are written out by hand: APA lists the works of one citation alphabetically
// ("see Brandt …" before "Lindqvist …"), Vancouver by their numbers on the page.
import { describe, expect, test } from 'vitest';
import { buildBibliography } from '../../src/citations/bibliography.ts';
import { formatBibliography } from '../../src/citations/citation-style.ts';
import { citationHref, citedKeys, citedParts, withoutCitations } from '../../src/citations/cited-text.ts';
import type { CitationItem } from '../../src/citations/citations.ts';
import type { SourceStructure } from '../../src/schemas/structure.ts';
import { references } from '../helpers/citation-fixtures.ts';

const bibliography = () => buildBibliography(references, formatBibliography(references, 'apa'));
/** The works' numbers on a page that cites Lindqvist first, then Brandt. */
const numbers = () =>
	new Map([
		['lindqvist-2019-working', 1],
		['brandt-2021-shared', 2],
	]);

const sentence =
	'Trust grows slowly [@lindqvist-2019-working; see @brandt-2021-shared, p. 12]. As @brandt-2021-shared found, it helps.';

/** Parts as `text` or `[cite: text → key]`, to read a whole sentence at a glance. */
const read = (parts: ReturnType<typeof citedParts>) =>
	parts.map((part) => (part.kind === 'text' ? part.text : `[cite: ${part.text} → ${part.item.key}]`));

describe('a text split at its citations', () => {
	test('in APA: each work its own part, in alphabetical order, with the brackets and separator as text', () => {
		const parts = citedParts(sentence, bibliography(), 'apa');
		expect(read(parts)).toEqual([
			'Trust grows slowly ',
			'(',
			'[cite: see Brandt et al., 2021, p. 12 → brandt-2021-shared]',
			'; ',
			'[cite: Lindqvist & Okafor, 2019 → lindqvist-2019-working]',
			')',
			'. As ',
			'[cite: Brandt et al. (2021) → brandt-2021-shared]',
			' found, it helps.',
		]);
		// A cited part carries its item, locator included, for where it links.
		expect(parts[2]).toEqual({
			kind: 'cite',
			text: 'see Brandt et al., 2021, p. 12',
			item: { key: 'brandt-2021-shared', offset: 49, prefix: 'see', label: 'page', locator: '12' },
		});
	});

	test("in Vancouver: the works' numbers on the page, in number order", () => {
		expect(read(citedParts(sentence, bibliography(), 'vancouver', numbers()))).toEqual([
			'Trust grows slowly ',
			'(',
			'[cite: 1 → lindqvist-2019-working]',
			'; ',
			'[cite: see 2, p. 12 → brandt-2021-shared]',
			')',
			'. As ',
			'[cite: Brandt et al. (2) → brandt-2021-shared]',
			' found, it helps.',
		]);
	});

	test('a text that cites nothing is one part; an empty text is none; no empty text parts between citations', () => {
		expect(citedParts('Trust grows slowly.', bibliography(), 'apa')).toEqual([
			{ kind: 'text', text: 'Trust grows slowly.' },
		]);
		expect(citedParts('', bibliography(), 'apa')).toEqual([]);
		expect(read(citedParts('[@lindqvist-2019-working]', bibliography(), 'apa'))).toEqual([
			'(',
			'[cite: Lindqvist & Okafor, 2019 → lindqvist-2019-working]',
			')',
		]);
		expect(read(citedParts('@lindqvist-2019-working', bibliography(), 'apa'))).toEqual([
			'[cite: Lindqvist and Okafor (2019) → lindqvist-2019-working]',
		]);
	});
});

describe('a text without its citations, for plain-text uses (the catalog)', () => {
	test('a bracketed citation goes with the space before it; a narrative one reads as its names and year', () => {
		expect(withoutCitations(sentence, bibliography(), 'apa')).toBe(
			'Trust grows slowly. As Brandt et al. (2021) found, it helps.',
		);
	});

	test('in Vancouver a narrative citation keeps the name and takes the number', () => {
		expect(withoutCitations(sentence, bibliography(), 'vancouver', numbers())).toBe(
			'Trust grows slowly. As Brandt et al. (2) found, it helps.',
		);
	});

	test('spaces and line breaks before a bracketed citation go; the rest of the text is kept as written, ends trimmed', () => {
		expect(
			withoutCitations('  Partners share goals \n [@brandt-2021-shared], then act.  ', bibliography(), 'apa'),
		).toBe('Partners share goals, then act.');
		expect(withoutCitations('Nothing cited here.', bibliography(), 'apa')).toBe('Nothing cited here.');
		expect(withoutCitations('[@brandt-2021-shared]', bibliography(), 'apa')).toBe('');
	});
});

test('the works a text cites, in order of first citation, each once', () => {
	expect(citedKeys(sentence)).toEqual(['lindqvist-2019-working', 'brandt-2021-shared']);
	expect(citedKeys('[@example-nd-partnership; @brandt-2021-shared] and @example-nd-partnership')).toEqual([
		'example-nd-partnership',
		'brandt-2021-shared',
	]);
	expect(citedKeys('No citation, only an email: team@example.org.')).toEqual([]);
});

describe('where a cited work links', () => {
	const structure = new Map<string, SourceStructure>([
		[
			'brandt-2021-shared',
			{
				key: 'brandt-2021-shared',
				page: '/sources/brandt/',
				parts: [{ id: 'III.1', name: 'What we found' }, { name: 'Methods' }],
			},
		],
	]);
	const item = (fields: Partial<CitationItem>): CitationItem => ({ key: 'brandt-2021-shared', offset: 0, ...fields });

	test("a section the source's structure names: that part's heading on the page about the source", () => {
		expect(citationHref(item({ label: 'section', locator: 'III.1' }), structure)).toBe('/sources/brandt/#sec-iii-1');
		expect(citationHref(item({ label: 'section', locator: 'what we found' }), structure)).toBe(
			'/sources/brandt/#sec-iii-1',
		);
		expect(citationHref(item({ label: 'section', locator: 'Methods' }), structure)).toBe(
			'/sources/brandt/#sec-methods',
		);
	});

	test("otherwise the work's entry in the references: no locator, a page, a section it does not name, a source without structure", () => {
		const entry = '/references/#ref-brandt-2021-shared';
		expect(citationHref(item({}), structure)).toBe(entry);
		expect(citationHref(item({ label: 'page', locator: '12' }), structure)).toBe(entry);
		expect(citationHref(item({ label: 'section', locator: 'Results' }), structure)).toBe(entry);
		expect(citationHref(item({ key: 'lindqvist-2019-working', label: 'section', locator: 'III.1' }), structure)).toBe(
			'/references/#ref-lindqvist-2019-working',
		);
	});
});
