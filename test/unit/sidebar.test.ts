// The sidebar an editor gets from the folders and the `sidebar` frontmatter field (src/site/sidebar.ts): which
// group a page lands in, in which order, under which label, and what a page's `sidebar` field changes. The
// expected sidebars are written out by hand.
import { describe, expect, test } from 'vitest';
import { readingOrder, sectionLabel, sidebarFor, type SidebarPage } from '../../src/site/sidebar.ts';

const page = (url: string, title: string, sidebar?: Record<string, unknown>): SidebarPage => ({
	url,
	frontmatter: { title, ...(sidebar ? { sidebar } : {}) },
});

const pages = [
	page('/', 'Home'),
	// Start pages, written in another order than the sidebar's.
	page('/challenges/', 'Challenges'),
	page('/about/', 'About this handbook'),
	page('/how-to-use/', 'How to use it'),
	// A section of the handbook's, listed out of order, with every use of the `sidebar` field.
	page('/practices/', 'Practices'),
	page('/practices/alpha/', 'Alpha'),
	page('/practices/zeta/', 'Zeta', { order: 1 }),
	page('/practices/mu/', 'Mu', { label: 'A short name' }),
	page('/practices/beta/', 'Beta', { badge: 'New', attrs: { lang: 'fr' } }),
	page('/practices/draft/', 'Draft', { hidden: true }),
	page('/practices/notes/one/', 'One note'),
	page('/leads/', 'LEADS', { label: 'Start with LEADS' }),
	page('/leads/self/', 'Lead self'),
	// Folders of the editor's own, one without an overview page, one only a folder of folders.
	page('/toolkit/', 'Toolkit'),
	page('/toolkit/forms/', 'Forms'),
	page('/extras/two/', 'Two'),
	page('/extras/one/', 'One'),
	page('/archive/old/x/', 'X'),
	// Top-level pages: the reference pages first, in their own order, then the rest by title.
	page('/linking/', 'Linking to the handbook'),
	page('/zebra/', 'Zebra notes'),
	page('/glossary/', 'Glossary'),
	page('/apple/', 'Apple notes'),
	page('/capability-map/', 'Capability map'),
	page('/references/', 'References'),
];

describe('the sidebar of a content set', () => {
	test('groups, their order and their labels, as an editor arranges them with folders and frontmatter', () => {
		expect(sidebarFor(pages)).toEqual([
			{
				label: 'Start here',
				items: [
					{ label: 'About this handbook', link: '/about/' },
					{ label: 'How to use it', link: '/how-to-use/' },
					{ label: 'Challenges', link: '/challenges/' },
				],
			},
			{
				label: 'The LEADS framework',
				collapsed: true,
				items: [
					{ label: 'Start with LEADS', link: '/leads/' },
					{ label: 'Lead self', link: '/leads/self/' },
				],
			},
			{
				label: 'Collaborative leadership practices',
				collapsed: true,
				items: [
					{ label: 'Overview', link: '/practices/' },
					{ label: 'Zeta', link: '/practices/zeta/' },
					{ label: 'A short name', link: '/practices/mu/' },
					{ label: 'Alpha', link: '/practices/alpha/' },
					{ label: 'Beta', link: '/practices/beta/', badge: 'New', attrs: { lang: 'fr' } },
					// A sub-folder without an overview page: named by its folder, placed by its path.
					{ label: 'notes', collapsed: true, items: [{ label: 'One note', link: '/practices/notes/one/' }] },
				],
			},
			// Folders that are not the handbook's sections follow them, by folder name.
			{
				label: 'archive',
				collapsed: true,
				items: [{ label: 'old', collapsed: true, items: [{ label: 'X', link: '/archive/old/x/' }] }],
			},
			{
				label: 'extras',
				collapsed: true,
				items: [
					{ label: 'One', link: '/extras/one/' },
					{ label: 'Two', link: '/extras/two/' },
				],
			},
			{
				label: 'Toolkit',
				collapsed: true,
				items: [
					{ label: 'Overview', link: '/toolkit/' },
					{ label: 'Forms', link: '/toolkit/forms/' },
				],
			},
			{
				label: 'Reference',
				items: [
					{ label: 'Capability map', link: '/capability-map/' },
					{ label: 'Glossary', link: '/glossary/' },
					{ label: 'References', link: '/references/' },
					{ label: 'Linking to the handbook', link: '/linking/' },
					{ label: 'Apple notes', link: '/apple/' },
					{ label: 'Zebra notes', link: '/zebra/' },
				],
			},
		]);
	});

	test("in a language other than the default, a section is named by its overview page's title", () => {
		const words = { startHere: 'Pour commencer', referenceGroup: 'Références', overview: 'Vue d’ensemble' };
		const labels = sidebarFor(pages, { ...words, sectionsByTitle: true }).map((item) => item.label);
		expect(labels).toEqual([
			'Pour commencer',
			'Start with LEADS',
			'Practices',
			// No overview page: the section's name, else the folder's.
			'archive',
			'extras',
			'Toolkit',
			'Références',
		]);
		expect(sidebarFor([page('/cases/c/', 'C')], { ...words, sectionsByTitle: true })[0]!.label).toBe('Case studies');
	});

	test('a handbook with only sections has no start or reference group, and the home page is never listed', () => {
		expect(sidebarFor([page('/', 'Home'), page('/cases/', 'Cases'), page('/cases/c/', 'C')])).toEqual([
			{
				label: 'Case studies',
				collapsed: true,
				items: [
					{ label: 'Overview', link: '/cases/' },
					{ label: 'C', link: '/cases/c/' },
				],
			},
		]);
		expect(sidebarFor([])).toEqual([]);
	});

	test('a page with no title is listed by its address', () => {
		expect(sidebarFor([{ url: '/glossary/' }])).toEqual([
			{ label: 'Reference', items: [{ label: '/glossary/', link: '/glossary/' }] },
		]);
	});
});

describe('what the sidebar order gives the rest of the site', () => {
	test('the reading order of the whole handbook (the printed handbook follows it)', () => {
		expect(readingOrder(pages)).toEqual([
			'/about/',
			'/how-to-use/',
			'/challenges/',
			'/leads/',
			'/leads/self/',
			'/practices/',
			'/practices/zeta/',
			'/practices/mu/',
			'/practices/alpha/',
			'/practices/beta/',
			'/practices/notes/one/',
			'/archive/old/x/',
			'/extras/one/',
			'/extras/two/',
			'/toolkit/',
			'/toolkit/forms/',
			'/capability-map/',
			'/glossary/',
			'/references/',
			'/linking/',
			'/apple/',
			'/zebra/',
		]);
	});

	test("a section's name by its folder, for breadcrumbs; none for a folder that is not a section", () => {
		expect(sectionLabel('practices')).toBe('Collaborative leadership practices');
		expect(sectionLabel('authoring')).toBe('Authoring guide');
		expect(sectionLabel('toolkit')).toBeUndefined();
	});
});
