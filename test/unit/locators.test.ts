import { describe, expect, test } from 'vitest';
import type { CitationItem } from '../../src/citations/citations.ts';
import { findPart, locatedHref, partAnchor, partLabel } from '../../src/citations/locators.ts';
import type { SourceStructure } from '../../src/schemas/structure.ts';

// Pinpoint citations as an editor writes them (`[@iocn, sec. III.1]`, `[@blog, sec. What we found]`) and where a
// reader lands: the part's heading on the handbook's page about the source. The structure below is made up for the
// test, in the shape of content/bibliography/structure.yaml.
const report: SourceStructure = {
	key: 'iocn-2019',
	page: '/sources/iocn-case-study/',
	parts: [
		{ id: 'III.1', name: 'IOCN Overview and Key Findings' },
		{ name: 'What we found' },
		{ name: 'Leaders’ roles' },
		{ name: '“Quoted” title!' },
	],
};
const structure = new Map([[report.key, report]]);
const cite = (item: Partial<CitationItem>): CitationItem => ({ key: report.key, offset: 0, ...item });

describe('which part a locator names', () => {
	test('by the source’s own number, or by its title in any case and spacing', () => {
		expect(findPart(report, 'III.1')?.name).toBe('IOCN Overview and Key Findings');
		expect(findPart(report, 'iii.1')?.name).toBe('IOCN Overview and Key Findings');
		expect(findPart(report, 'WHAT  we   found ')?.name).toBe('What we found');
		expect(findPart(report, 'IOCN overview and key findings')?.id).toBe('III.1');
	});

	test('a straight apostrophe finds a title written with a curly one', () => {
		expect(findPart(report, "Leaders' roles")?.name).toBe('Leaders’ roles');
	});

	test('a number or title the source does not have names no part', () => {
		expect(findPart(report, 'IV.9')).toBeUndefined();
		expect(findPart(report, 'What we')).toBeUndefined();
	});
});

describe('the anchor of a part on the source’s page', () => {
	test('from its number when it has one, else from its title: lower case, words joined by hyphens', () => {
		expect(partAnchor(report.parts[0]!)).toBe('sec-iii-1');
		expect(partAnchor(report.parts[1]!)).toBe('sec-what-we-found');
		expect(partAnchor(report.parts[2]!)).toBe('sec-leaders-roles');
	});

	test('punctuation at either end leaves no stray hyphen', () => {
		expect(partAnchor(report.parts[3]!)).toBe('sec-quoted-title');
	});

	test('a part reads with its number first, when it has one', () => {
		expect(partLabel(report.parts[0]!)).toBe('III.1 IOCN Overview and Key Findings');
		expect(partLabel(report.parts[1]!)).toBe('What we found');
	});
});

describe('where a pinpoint citation links', () => {
	test('a section locator links to the part’s heading on the source’s page', () => {
		expect(locatedHref(cite({ locator: 'III.1', label: 'section' }), structure)).toBe(
			'/sources/iocn-case-study/#sec-iii-1',
		);
		expect(locatedHref(cite({ locator: 'what we found', label: 'section' }), structure)).toBe(
			'/sources/iocn-case-study/#sec-what-we-found',
		);
	});

	test('no pinpoint link without a locator, for a page or other locator, an unknown part or a source without parts', () => {
		expect(locatedHref(cite({}), structure)).toBeUndefined();
		expect(locatedHref(cite({ label: 'section' }), structure)).toBeUndefined();
		expect(locatedHref(cite({ locator: 'III.1', label: 'page' }), structure)).toBeUndefined();
		expect(locatedHref(cite({ locator: 'IV.9', label: 'section' }), structure)).toBeUndefined();
		expect(locatedHref(cite({ key: 'other-2020', locator: 'III.1', label: 'section' }), structure)).toBeUndefined();
	});
});
