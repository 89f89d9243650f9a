import { describe, expect, test } from 'vitest';
import { pageType, servesCapability, typesWhere } from '../../src/model/page-types.ts';
import { siteTitle } from '../../src/model/labels.ts';

// Which pages serve a capability is one relation (the page-type registry's servesCapability): the LEADS tables,
// the domain and capability pages and the capability map all count with it. The cases are written out here.
describe('servesCapability', () => {
	test.each([
		['practice', ['align-decisions'], true],
		['case-study', ['align-decisions'], true],
		['topic', ['align-decisions'], true],
		['overview', ['align-decisions'], true],
		['guide', ['align-decisions'], true],
		['lesson', ['align-decisions'], true],
		// The framework's own pages describe the capabilities; they are not uses of them.
		['capability', ['align-decisions'], false],
		['domain', ['align-decisions'], false],
		// Types without a backlink group, and pages not tagged with it.
		['home', ['align-decisions'], false],
		['glossary', ['align-decisions'], false],
		['practice', ['assess-evaluate'], false],
		['practice', [], false],
		['no-such-type', ['align-decisions'], false],
	])('a %s page tagged %j serves align-decisions: %s', (type, capabilities, serves) => {
		expect(servesCapability({ type, capabilities }, 'align-decisions')).toBe(serves);
	});
});

test('the types whose every statement must be traced are the ones readers act on, as the registry says', () => {
	expect(typesWhere((entry) => Boolean(entry.traced))).toEqual([
		'capability',
		'topic',
		'practice',
		'case-study',
		'lesson',
	]);
});

test('the site title is the one Starlight shows', () => {
	expect(siteTitle).toBe('The Coalitions Handbook');
});

describe('pageType', () => {
	test('a registered type gives its entry; any other value none, names every object inherits included', () => {
		expect(pageType('practice')).toMatchObject({ tagged: true, shortLink: true });
		expect(pageType('home')).toMatchObject({ tagged: false, shortLink: false });
		for (const type of [
			'toString',
			'constructor',
			'__proto__',
			'hasOwnProperty',
			'Practice',
			'',
			1,
			null,
			undefined,
			{},
			['practice'],
		])
			expect(pageType(type), String(type)).toBeUndefined();
	});
});
