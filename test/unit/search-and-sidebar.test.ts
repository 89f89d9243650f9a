import { describe, expect, test } from 'vitest';
import { missingCanonicalForms, normalizeQuery } from '../../src/search/spelling.ts';
import { sectionChildren, sidebarFor } from '../../src/site/sidebar.ts';
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
		expect(pruned.entries).toHaveLength(32); // the overview page, 30 around the current page, "All 2000 pages";
		expect(pruned.entries.some((e) => e.type === 'link' && e.isCurrent)).toBe(true);
		expect(pruned.entries.at(-1)).toMatchObject({ label: 'All 2000 pages in Section', href: '/section/' });
	});

	test('a large group without the current page shows its first pages, fewer of them', () => {
		const [pruned] = pruneSidebar([group(500)], 30, 10);
		if (pruned?.type !== 'group') throw new Error('expected a group');
		expect(pruned.entries[0]).toMatchObject({ href: '/section/' });
		expect(pruned.entries).toHaveLength(11);
		expect(pruned.entries.at(-1)).toMatchObject({ label: 'All 500 pages in Section', href: '/section/' });
	});

	test('a window far into a large group keeps the overview page first', () => {
		const [pruned] = pruneSidebar([group(2000, 1500)], 30);
		if (pruned?.type !== 'group') throw new Error('expected a group');
		expect(pruned.entries[0]).toMatchObject({ href: '/section/' });
		expect(pruned.entries.filter((e) => e.type === 'link' && e.isCurrent)).toHaveLength(1);
	});

	test('a group of small sub-groups is trimmed inside the sub-groups only, with no "All" link of its own', () => {
		const parent = { ...group(0), label: 'Framework', entries: [link(0), group(5), group(5), group(5)] };
		const [pruned] = pruneSidebar([parent], 30, 10);
		if (pruned?.type !== 'group') throw new Error('expected a group');
		expect(pruned.entries).toHaveLength(4);
		expect(JSON.stringify(pruned)).not.toContain('All ');
	});
});

describe('the sidebar generated from the pages', () => {
	const page = (url: string, title: string, order?: number, extra: Record<string, unknown> = {}) => ({
		url,
		frontmatter: { title, ...(order === undefined ? {} : { sidebar: { order } }), ...extra },
	});
	const pages = [
		page('/', 'Home'),
		page('/about/', 'About'),
		page('/glossary/', 'Glossary'),
		page('/practices/', 'Practices overview', 0),
		page('/practices/b/', 'Bravo', 2),
		page('/practices/a/', 'Alpha', 1),
		page('/practices/z/', 'Zulu'),
		page('/practices/hidden/', 'Hidden', 3, { sidebar: { hidden: true } }),
		page('/leads/', 'LEADS'),
		page('/leads/lead-self/', 'Lead Self', 1),
		page('/leads/lead-self/self-aware/', 'Self-aware', 1),
		page('/new-section/only/', 'Only page'),
	];

	test('each section lists its overview first, then its pages in reading order; hidden pages and the home page are left out', () => {
		const items = sidebarFor(pages);
		expect(items.map((i) => ('label' in i ? i.label : ''))).toEqual([
			'Start here',
			'The LEADS framework',
			'Collaborative leadership practices',
			'new-section',
			'Reference',
		]);
		expect(items[2]).toEqual({
			label: 'Collaborative leadership practices',
			collapsed: true,
			items: [
				{ label: 'Overview', link: '/practices/' },
				{ label: 'Alpha', link: '/practices/a/' },
				{ label: 'Bravo', link: '/practices/b/' },
				{ label: 'Zulu', link: '/practices/z/' },
			],
		});
		expect(items[1]).toEqual({
			label: 'The LEADS framework',
			collapsed: true,
			items: [
				{ label: 'Overview', link: '/leads/' },
				{
					label: 'Lead Self',
					collapsed: true,
					items: [
						{ label: 'Overview', link: '/leads/lead-self/' },
						{ label: 'Self-aware', link: '/leads/lead-self/self-aware/' },
					],
				},
			],
		});
		expect(items[4]).toEqual({ label: 'Reference', items: [{ label: 'Glossary', link: '/glossary/' }] });
		expect(JSON.stringify(items)).not.toContain('hidden');
	});

	test("a section's overview lists its pages and sub-sections in reading order", () => {
		expect(sectionChildren('/practices/', pages).map((p) => p.url)).toEqual([
			'/practices/a/',
			'/practices/b/',
			'/practices/z/',
		]);
		expect(sectionChildren('/leads/', pages).map((p) => p.url)).toEqual(['/leads/lead-self/']);
		expect(sectionChildren('/practices/a/', pages)).toEqual([]);
	});
});
