// Each page's sidebar and Previous/Next links come from one structure made once per version of the content
// (src/site/page-sidebar.ts), as Starlight made them from the whole sidebar for each page, then trimmed.
import { describe, expect, test } from 'vitest';
import type { HandbookModel } from '../../src/model/load.ts';
import { defaultLocales } from '../../src/model/locales.ts';
import { pageNavigation } from '../../src/site/page-sidebar.ts';

const model = (pages: { url: string; title: string; sidebar?: Record<string, unknown> }[]) =>
	({
		pages: pages.map(({ url, title, sidebar }) => ({ url, frontmatter: { title, ...(sidebar ? { sidebar } : {}) } })),
		locales: defaultLocales,
	}) as unknown as HandbookModel;

const small = model([
	{ url: '/', title: 'Home' },
	{ url: '/about/', title: 'About' },
	{ url: '/practices/', title: 'Practices' },
	{ url: '/practices/b/', title: 'Bravo' },
	{ url: '/practices/a/', title: 'Alpha', sidebar: { badge: 'New' } },
	{ url: '/cases/', title: 'Cases' },
	{ url: '/cases/x/', title: 'X-ray' },
	{ url: '/glossary/', title: 'Glossary' },
]);
const link = (label: string, href: string, more: Record<string, unknown> = {}) => ({
	type: 'link',
	label,
	href,
	badge: undefined,
	isCurrent: false,
	attrs: {},
	...more,
});

describe("a page's sidebar and Previous/Next links", () => {
	test('every section in reading order, the current page marked, its neighbours as Previous and Next', () => {
		const { sidebar, pagination } = pageNavigation(small, '/', '/practices/a/');
		expect(sidebar).toEqual([
			{ type: 'group', label: 'Start here', collapsed: false, badge: undefined, entries: [link('About', '/about/')] },
			{
				type: 'group',
				label: 'Collaborative leadership practices',
				collapsed: true,
				badge: undefined,
				entries: [
					link('Overview', '/practices/'),
					link('Alpha', '/practices/a/', { isCurrent: true, badge: { variant: 'default', text: 'New' } }),
					link('Bravo', '/practices/b/'),
				],
			},
			{
				type: 'group',
				label: 'Case studies',
				collapsed: true,
				badge: undefined,
				entries: [link('Overview', '/cases/'), link('X-ray', '/cases/x/')],
			},
			{
				type: 'group',
				label: 'Reference',
				collapsed: false,
				badge: undefined,
				entries: [link('Glossary', '/glossary/')],
			},
		]);
		expect(pagination).toEqual({ prev: link('Overview', '/practices/'), next: link('Bravo', '/practices/b/') });
	});

	test('the first and last pages, and a page the sidebar does not list', () => {
		expect(pageNavigation(small, '/', '/about/').pagination).toEqual({
			prev: undefined,
			next: link('Overview', '/practices/'),
		});
		expect(pageNavigation(small, '/', '/glossary/').pagination).toEqual({
			prev: link('X-ray', '/cases/x/'),
			next: undefined,
		});
		const home = pageNavigation(small, '/', '/');
		expect(home.pagination).toEqual({ prev: undefined, next: undefined });
		expect(JSON.stringify(home.sidebar)).not.toContain('"isCurrent":true');
	});

	test("a page's prev and next frontmatter win, as in Starlight", () => {
		expect(pageNavigation(small, '/', '/practices/a/', { prev: false, next: 'Onward' }).pagination).toEqual({
			prev: undefined,
			next: link('Onward', '/practices/b/'),
		});
		expect(pageNavigation(small, '/', '/', { next: { label: 'Start', link: '/about/' } }).pagination.next).toEqual(
			link('Start', '/about/'),
		);
	});

	test('under a base path, addresses carry it and the page is found by its address with it', () => {
		const { sidebar, pagination } = pageNavigation(small, '/hb/', '/hb/cases/x/');
		expect(sidebar[2]).toEqual({
			type: 'group',
			label: 'Case studies',
			collapsed: true,
			badge: undefined,
			entries: [link('Overview', '/hb/cases/'), link('X-ray', '/hb/cases/x/', { isCurrent: true })],
		});
		expect(pagination.next).toEqual(link('Glossary', '/hb/glossary/'));
	});

	test('a large section is trimmed around the page; groups without it are made once and shared by every page', () => {
		const large = model([
			{ url: '/practices/', title: 'Practices' },
			...Array.from({ length: 60 }, (_, i) => ({ url: `/practices/p${i}/`, title: `P ${String(i).padStart(2, '0')}` })),
			{ url: '/cases/', title: 'Cases' },
			...Array.from({ length: 20 }, (_, i) => ({ url: `/cases/c${i}/`, title: `C ${String(i).padStart(2, '0')}` })),
		]);
		const one = pageNavigation(large, '/', '/practices/p40/');
		const practices = one.sidebar[0] as { entries: { label: string; href: string; isCurrent: boolean }[] };
		// The overview, 30 pages around the current one (P 25 to P 54), and the link to the whole section.
		expect(practices.entries.map((e) => e.label)).toEqual([
			'Overview',
			...Array.from({ length: 30 }, (_, i) => `P ${25 + i}`),
			'All 61 pages in Collaborative leadership practices',
		]);
		expect(practices.entries.filter((e) => e.isCurrent).map((e) => e.href)).toEqual(['/practices/p40/']);
		const cases = one.sidebar[1] as { entries: { label: string }[] };
		expect(cases.entries.map((e) => e.label)).toEqual([
			'Overview',
			// A group without the current page shows its first 10 links, the overview among them.
			...Array.from({ length: 9 }, (_, i) => `C 0${i}`),
			'All 21 pages in Case studies',
		]);
		expect(pageNavigation(large, '/', '/practices/p3/').sidebar[1]).toBe(one.sidebar[1]);
	});
});
