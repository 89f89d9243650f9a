import { describe, expect, test } from 'vitest';
import { missingCanonicalForms, normalizeQuery } from '../../src/lib/spelling.ts';
import { pruneSidebar } from '../../src/route-data.ts';

describe('spelling variants', () => {
	test.each([
		['organisation', 'organization'],
		['Mobilise knowledge', 'mobilize knowledge'],
		['patient-centred care center', 'patient-centred care centre'],
		['co-ordinated behaviour', 'coordinated behaviour'],
		['behavior programme', 'behaviour program'],
	])('"%s" searches as "%s"', (query, expected) => {
		expect(normalizeQuery(query).toLowerCase()).toBe(expected);
	});

	test('words that are not variants are left alone', () => {
		expect(normalizeQuery('practice programming centrality')).toBe('practice programming centrality');
	});

	test('a page is indexed under the Canadian form only when it uses another form and lacks the Canadian one', () => {
		expect(missingCanonicalForms('Organisations co-ordinated care, and organizations too.')).toEqual(['coordinated']);
		expect(missingCanonicalForms('The centre of care.')).toEqual([]);
	});
});

describe('the sidebar at any size', () => {
	const link = (n: number, current = false) => ({
		type: 'link' as const,
		label: `Page ${n}`,
		href: n === 0 ? '/section/' : `/section/page-${n}/`,
		isCurrent: current,
		badge: undefined,
		attrs: {},
	});
	const group = (size: number, currentAt = -1) => ({
		type: 'group' as const,
		label: 'Section',
		collapsed: true,
		badge: undefined,
		entries: Array.from({ length: size }, (_, i) => link(i, i === currentAt)),
	});

	test('a small group is left as it is', () => {
		const small = group(10);
		expect(pruneSidebar([small], 30)).toEqual([small]);
	});

	test('a large group shows a window around the current page and a link to the section page', () => {
		const [pruned] = pruneSidebar([group(2000, 1000)], 30);
		if (pruned?.type !== 'group') throw new Error('expected a group');
		expect(pruned.entries).toHaveLength(31);
		expect(pruned.entries.some((e) => e.type === 'link' && e.isCurrent)).toBe(true);
		expect(pruned.entries.at(-1)).toMatchObject({ label: 'All 2000 pages in Section', href: '/section/' });
	});

	test('a large group without the current page shows its first pages', () => {
		const [pruned] = pruneSidebar([group(500)], 30);
		if (pruned?.type !== 'group') throw new Error('expected a group');
		expect(pruned.entries[0]).toMatchObject({ href: '/section/' });
		expect(pruned.entries).toHaveLength(31);
	});
});
