// Each page's sidebar and Previous/Next links come from one structure made once per version of the content
// (src/site/page-sidebar.ts), as Starlight made them from the whole sidebar for each page, then trimmed.
import { describe, expect, test } from 'vitest';
import type { HandbookModel } from '../../src/model/load.ts';
import { defaultLocales, type Locales } from '../../src/model/locales.ts';
import { navigationWords, pageNavigation, pruneSidebar } from '../../src/site/page-sidebar.ts';
import french from '../../src/content/i18n/fr-CA.json' with { type: 'json' };

const model = (
	pages: { url: string; title: string; sidebar?: Record<string, unknown> }[],
	locales: Locales = defaultLocales,
) =>
	({
		pages: pages.map(({ url, title, sidebar }) => ({ url, frontmatter: { title, ...(sidebar ? { sidebar } : {}) } })),
		locales,
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
	test('the base path may be written with or without its trailing slash, and the page’s address in any form', () => {
		const withSlash = pageNavigation(small, '/hb/', '/hb/cases/x/');
		expect(pageNavigation(small, '/hb', '/hb/cases/x/')).toEqual(withSlash);
		// Without its trailing slash, and as a file (`build.format: 'file'`), the page is still found.
		expect(pageNavigation(small, '/hb/', '/hb/cases/x')).toEqual(withSlash);
		expect(pageNavigation(small, '/hb/', '/hb/cases/x.html')).toEqual(withSlash);
		// Another page's address is not this page's: `/hb/cases/` is the overview.
		const overview = pageNavigation(small, '/hb/', '/hb/cases/');
		expect(overview.pagination).toEqual({
			prev: link('Bravo', '/hb/practices/b/'),
			next: link('X-ray', '/hb/cases/x/'),
		});
	});

	test("a page's badge, label, order and attributes from its sidebar field, as Starlight shows them", () => {
		const styled = model([
			{ url: '/practices/', title: 'Practices', sidebar: { label: 'About the practices' } },
			{ url: '/practices/a/', title: 'Alpha', sidebar: { badge: { text: 'Draft', variant: 'caution' } } },
			{ url: '/practices/b/', title: 'Bravo', sidebar: { badge: { text: 'Updated' }, order: 1 } },
			{ url: '/practices/c/', title: 'Charlie', sidebar: { attrs: { lang: 'fr', 'data-kind': 'case' } } },
		]);
		const [practices] = pageNavigation(styled, '/', '/practices/c/').sidebar;
		expect(practices).toEqual({
			type: 'group',
			label: 'Collaborative leadership practices',
			collapsed: true,
			badge: undefined,
			entries: [
				link('About the practices', '/practices/'),
				link('Bravo', '/practices/b/', { badge: { text: 'Updated', variant: 'default' } }),
				link('Alpha', '/practices/a/', { badge: { text: 'Draft', variant: 'caution' } }),
				link('Charlie', '/practices/c/', { isCurrent: true, attrs: { lang: 'fr', 'data-kind': 'case' } }),
			],
		});
	});

	test("every form of a page's prev and next field, on a listed page and on one the sidebar leaves out", () => {
		const on = (frontmatter: Record<string, unknown>, url = '/practices/a/') =>
			pageNavigation(small, '/', url, frontmatter).pagination;
		expect(on({ prev: true, next: true })).toEqual(on({}));
		// A label alone renames the neighbour; an address alone sends the link elsewhere under the same name.
		expect(on({ prev: { label: 'Back to the practices' } }).prev).toEqual(link('Back to the practices', '/practices/'));
		expect(on({ next: { link: '/glossary/' } }).next).toEqual(link('Bravo', '/glossary/'));
		// The home page has no neighbours: only a link with both a label and an address appears.
		expect(on({ next: 'Onward', prev: { label: 'Back' } }, '/')).toEqual({ prev: undefined, next: undefined });
		expect(on({ next: { link: '/about/' } }, '/').next).toBeUndefined();
		expect(on({ next: { label: 'Begin', link: '/about/' } }, '/').next).toEqual(link('Begin', '/about/'));
	});

	test('a French page has the French pages’ sidebar and neighbours, at their addresses in /fr/, under any base', () => {
		const bilingual = model(
			[
				{ url: '/', title: 'Home' },
				{ url: '/about/', title: 'About' },
				{ url: '/practices/', title: 'Practices' },
				{ url: '/practices/a/', title: 'Alpha' },
				{ url: '/fr/', title: 'Accueil' },
				{ url: '/fr/about/', title: 'À propos' },
				{ url: '/fr/pratiques/', title: 'Pratiques' },
				{ url: '/fr/pratiques/bête/', title: 'Bête' },
				{ url: '/fr/glossary/', title: 'Glossaire' },
			],
			{ root: { label: 'English', lang: 'en-CA' }, fr: { label: 'Français', lang: 'fr-CA' } },
		);
		const words = navigationWords(french);
		// Astro gives the page's address percent-encoded.
		const { sidebar, pagination } = pageNavigation(bilingual, '/', '/fr/pratiques/b%C3%AAte/', {}, words);
		expect(sidebar).toEqual([
			{
				type: 'group',
				label: 'Pour commencer',
				collapsed: false,
				badge: undefined,
				entries: [link('À propos', '/fr/about/')],
			},
			{
				type: 'group',
				label: 'Pratiques',
				collapsed: true,
				badge: undefined,
				entries: [link('Vue d’ensemble', '/fr/pratiques/'), link('Bête', '/fr/pratiques/bête/', { isCurrent: true })],
			},
			{
				type: 'group',
				label: 'Documents de référence',
				collapsed: false,
				badge: undefined,
				entries: [link('Glossaire', '/fr/glossary/')],
			},
		]);
		expect(pagination).toEqual({
			prev: link('Vue d’ensemble', '/fr/pratiques/'),
			next: link('Glossaire', '/fr/glossary/'),
		});
		const english = pageNavigation(bilingual, '/', '/practices/a/');
		expect(JSON.stringify(english)).not.toContain('/fr/');
		expect(english.pagination.next).toBeUndefined();
		const based = pageNavigation(bilingual, '/hb/', '/hb/fr/glossary/', {}, words);
		expect(based.pagination.prev).toEqual(link('Bête', '/hb/fr/pratiques/bête/'));
		expect(based.sidebar.flatMap((group) => ('entries' in group ? group.entries : [])).length).toBe(4);
	});

	test('a trimmed French section links to its whole list in French', () => {
		const bilingual = model(
			[
				{ url: '/', title: 'Home' },
				{ url: '/fr/', title: 'Accueil' },
				{ url: '/fr/pratiques/', title: 'Pratiques' },
				...Array.from({ length: 12 }, (_, i) => ({ url: `/fr/pratiques/p${i}/`, title: `P ${i}` })),
				{ url: '/fr/glossary/', title: 'Glossaire' },
			],
			{ root: { label: 'English', lang: 'en-CA' }, fr: { label: 'Français', lang: 'fr-CA' } },
		);
		const [pratiques] = pageNavigation(bilingual, '/', '/fr/glossary/', {}, navigationWords(french)).sidebar as {
			label: string;
			entries: ReturnType<typeof link>[];
		}[];
		expect(pratiques!.label).toBe('Pratiques');
		expect(pratiques!.entries.length).toBe(11);
		expect(pratiques!.entries.at(-1)).toEqual(
			link('Les 13 pages de la section Pratiques', '/fr/pratiques/', { attrs: { class: 'sidebar-more' } }),
		);
	});

	test('a long section keeps its overview and the page in view wherever the page is in it', () => {
		const practices = (count: number) => [
			{ url: '/practices/', title: 'Practices' },
			...Array.from({ length: count }, (_, i) => ({
				url: `/practices/p${i}/`,
				title: `P ${String(i).padStart(2, '0')}`,
			})),
		];
		const pages = (n: number) => Array.from({ length: n }, (_, i) => `P ${String(i).padStart(2, '0')}`);
		const labels = (m: HandbookModel, url: string) =>
			(pageNavigation(m, '/', url).sidebar[0] as { entries: { label: string }[] }).entries.map((e) => e.label);
		const sixty = model(practices(60));
		// Near the start: the first 30 links, the overview among them.
		expect(labels(sixty, '/practices/p0/')).toEqual([
			'Overview',
			...pages(29),
			'All 61 pages in Collaborative leadership practices',
		]);
		// At the end: the overview, then the last 30 pages.
		expect(labels(sixty, '/practices/p59/')).toEqual([
			'Overview',
			...pages(60).slice(30),
			'All 61 pages in Collaborative leadership practices',
		]);
		// The overview page itself.
		expect(labels(sixty, '/practices/')).toEqual([
			'Overview',
			...pages(29),
			'All 61 pages in Collaborative leadership practices',
		]);
		// Exactly 30 links fit. At 31, a page near the end shows the window of 30 around it and the overview kept
		// before it: every link, so no link to the whole section; a page near the start shows the first 30.
		expect(labels(model(practices(29)), '/practices/p28/')).toEqual(['Overview', ...pages(29)]);
		expect(labels(model(practices(30)), '/practices/p29/')).toEqual(['Overview', ...pages(30)]);
		expect(labels(model(practices(31)), '/practices/p30/')).toEqual([
			'Overview',
			...pages(31).slice(1),
			'All 32 pages in Collaborative leadership practices',
		]);
		expect(labels(model(practices(30)), '/practices/p0/')).toEqual([
			'Overview',
			...pages(29),
			'All 31 pages in Collaborative leadership practices',
		]);
	});

	test("the link to a trimmed section's page, and a collapsed section of exactly ten links", () => {
		const m = model([
			{ url: '/practices/', title: 'Practices' },
			...Array.from({ length: 9 }, (_, i) => ({ url: `/practices/p${i}/`, title: `P ${i}` })),
			// A section without an overview page: its shortest address stands for it.
			...Array.from({ length: 12 }, (_, i) => ({ url: `/cases/case-${i + 1}/`, title: `C ${i + 1}` })),
			{ url: '/glossary/', title: 'Glossary' },
		]);
		const [practices, cases] = pageNavigation(m, '/hb/', '/hb/glossary/').sidebar as {
			entries: ReturnType<typeof link>[];
		}[];
		expect(practices!.entries.length).toBe(10);
		expect(practices!.entries.some((e) => 'class' in e.attrs)).toBe(false);
		expect(cases!.entries.at(-1)).toEqual(
			link('All 12 pages in Case studies', '/hb/cases/case-1/', { attrs: { class: 'sidebar-more' } }),
		);
		expect(cases!.entries.length).toBe(11);
	});

	test('a section of few entries with large sub-sections is trimmed inside the sub-sections (the LEADS domains)', () => {
		const domains = ['a', 'b', 'c'];
		const m = model([
			{ url: '/leads/', title: 'LEADS' },
			...domains.flatMap((d) => [
				{ url: `/leads/${d}/`, title: `Domain ${d}` },
				...Array.from({ length: 12 }, (_, i) => ({
					url: `/leads/${d}/c${i}/`,
					title: `${d.toUpperCase()} ${String(i).padStart(2, '0')}`,
				})),
			]),
		]);
		const [leads] = pageNavigation(m, '/', '/leads/b/c11/').sidebar as {
			entries: { label: string; entries?: { label: string; isCurrent: boolean }[] }[];
		}[];
		expect(leads!.entries.map((e) => e.label)).toEqual(['Overview', 'Domain a', 'Domain b', 'Domain c']);
		const [, a, b] = leads!.entries;
		// The page's own domain whole; the others their first ten links and the link to their page.
		expect(b!.entries!.length).toBe(13);
		expect(b!.entries!.filter((e) => e.isCurrent).map((e) => e.label)).toEqual(['B 11']);
		expect(a!.entries!.map((e) => e.label)).toEqual([
			'Overview',
			...Array.from({ length: 9 }, (_, i) => `A 0${i}`),
			'All 13 pages in Domain a',
		]);
	});

	test('a sidebar made elsewhere is trimmed around its marked page', () => {
		const { sidebar } = pageNavigation(small, '/', '/practices/a/');
		expect(pruneSidebar(sidebar)).toEqual(sidebar);
		const entries = Array.from({ length: 40 }, (_, i) => link(`Page ${i}`, `/s/p${i}/`, { isCurrent: i === 39 }));
		const [pruned] = pruneSidebar(
			[{ type: 'group', label: 'S', collapsed: false, badge: undefined, entries }] as never,
			5,
			2,
		);
		expect((pruned as { entries: { label: string }[] }).entries.map((e) => e.label)).toEqual([
			'Page 0',
			'Page 35',
			'Page 36',
			'Page 37',
			'Page 38',
			'Page 39',
			'All 40 pages in S',
		]);
	});
});
