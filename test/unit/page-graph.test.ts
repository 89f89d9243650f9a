// What a page computes from the whole handbook (related pages, the pages that serve a capability, a section's
// pages) is computed once per version of the content and looked up per page. These tests pin the results:
// on a small hand-written handbook, and on the real content against the per-page definitions they replace.
import { describe, expect, test } from 'vitest';
import type { Handbook } from '../../src/handbook/handbook.ts';
import { readHandbook } from '../../src/handbook/handbook.ts';
import { defaultLocales } from '../../src/model/locales.ts';
import { pageType } from '../../src/model/page-types.ts';
import {
	backlinks,
	pageCapabilities,
	pageInfo,
	pageSummaries,
	pagesServing,
	questionsLang,
	relatedPages,
	type PageSummary,
} from '../../src/site/page-graph.ts';
import { sectionChildren } from '../../src/site/sidebar.ts';
import { formatReviewed } from '../../src/site/dates.ts';

const page = (url: string, title: string, type: string, capabilities: string[]) => ({
	url,
	frontmatter: { title, description: '', type, capabilities },
});
/** Two pages share a title and two a tag set (in another order); one is a framework page, one has no tags. */
const pages = [
	page('/practices/a/', 'Alpha', 'practice', ['x', 'y']),
	page('/practices/b/', 'Bravo', 'practice', ['x']),
	page('/cases/c/', 'Charlie', 'case-study', ['y', 'x']),
	page('/cases/d/', 'Alpha', 'case-study', ['x', 'y']),
	page('/leads/cap/', 'Cap', 'capability', ['x']),
	page('/lessons/e/', 'Echo', 'lesson', ['z']),
	page('/practices/f/', 'Foxtrot', 'practice', []),
];
const small = {
	model: { pages, locales: defaultLocales },
	framework: { capabilities: new Map() },
} as unknown as Handbook;
const summary = (url: string) => pageSummaries(small).get(url)!;
const urls = (list: readonly PageSummary[]) => list.map((p) => p.url);

describe('related pages', () => {
	test('most shared tags first, then by title, then in page order; never the page itself or framework pages', () => {
		expect(urls(relatedPages(small, summary('/practices/a/')))).toEqual(['/cases/d/', '/cases/c/', '/practices/b/']);
		expect(urls(relatedPages(small, summary('/cases/d/')))).toEqual(['/practices/a/', '/cases/c/', '/practices/b/']);
		expect(urls(relatedPages(small, summary('/practices/b/')))).toEqual(['/practices/a/', '/cases/d/', '/cases/c/']);
		expect(urls(relatedPages(small, summary('/lessons/e/')))).toEqual([]);
		expect(urls(relatedPages(small, summary('/practices/f/')))).toEqual([]);
	});

	test('a limit counts after the page itself is left out', () => {
		expect(urls(relatedPages(small, summary('/practices/a/'), 1))).toEqual(['/cases/d/']);
		expect(urls(relatedPages(small, summary('/cases/d/'), 1))).toEqual(['/practices/a/']);
		expect(urls(relatedPages(small, summary('/practices/b/'), 2))).toEqual(['/practices/a/', '/cases/d/']);
	});
});

describe('related pages, where scores tie across tag sets', () => {
	// Against Delta's tags {x, y}: Zulu scores 1, Kilo 2/√6, and the four pages tagged x alone or y alone 1/√2 each.
	const tied = [
		page('/p/delta/', 'Delta', 'practice', ['x', 'y']),
		page('/p/charlie/', 'Charlie', 'practice', ['x']),
		page('/p/alpha-y/', 'Alpha', 'practice', ['y']),
		page('/p/echo/', 'Echo', 'practice', ['y']),
		page('/p/alpha-x/', 'Alpha', 'practice', ['x']),
		page('/p/bravo/', 'Bravo', 'practice', ['y']),
		page('/p/kilo/', 'Kilo', 'practice', ['x', 'y', 'z']),
		page('/p/zulu/', 'Zulu', 'practice', ['y', 'x']),
		page('/p/mike/', 'Mike', 'practice', ['z']),
		page('/fr/p/zulu/', 'Zoulou', 'practice', ['x', 'y']),
	];
	const handbook = {
		model: {
			pages: tied,
			locales: { root: { label: 'English', lang: 'en-CA' }, fr: { label: 'Français', lang: 'fr-CA' } },
		},
		framework: { capabilities: new Map() },
	} as unknown as Handbook;
	const related = (url: string, limit?: number) =>
		urls(relatedPages(handbook, pageSummaries(handbook).get(url)!, limit));

	test('pages of equal score from different tag sets are ordered by title together, then in page order', () => {
		expect(related('/p/delta/', 8)).toEqual([
			'/p/zulu/',
			'/p/kilo/',
			'/p/alpha-y/',
			'/p/alpha-x/',
			'/p/bravo/',
			'/p/charlie/',
			'/p/echo/',
		]);
	});

	test('a limit cuts inside a tie as the full order would', () => {
		expect(related('/p/delta/', 1)).toEqual(['/p/zulu/']);
		expect(related('/p/delta/', 3)).toEqual(['/p/zulu/', '/p/kilo/', '/p/alpha-y/']);
		expect(related('/p/delta/', 5)).toEqual(['/p/zulu/', '/p/kilo/', '/p/alpha-y/', '/p/alpha-x/', '/p/bravo/']);
	});

	test("only pages in the page's own language are related", () => {
		expect(related('/fr/p/zulu/')).toEqual([]);
		expect(related('/p/zulu/', 2)).toEqual(['/p/delta/', '/p/kilo/']);
	});
});

describe('a capability or domain page\'s "Pages that serve this capability"', () => {
	// A domain with two capabilities, x and y; z belongs to no domain of this small handbook.
	const withDomain = {
		...small,
		framework: {
			capabilities: new Map(),
			domainsById: new Map([['dom', { capabilities: [{ id: 'x' }, { id: 'y' }] }]]),
		},
	} as unknown as Handbook;
	const titles = (groups: ReturnType<typeof backlinks>) =>
		groups.map((g) => `${g.group}: ${g.pages.map((p) => p.title).join(', ')}`);

	test('a capability page stands for its own capability; a domain page for every capability of its domain', () => {
		expect(pageCapabilities(withDomain, { ...summary('/leads/cap/'), capabilities: ['x', 'y'] })).toEqual(['x']);
		expect(
			pageCapabilities(withDomain, {
				url: '/leads/dom/',
				title: 'Dom',
				description: '',
				type: 'domain',
				capabilities: [],
			}),
		).toEqual(['x', 'y']);
		expect(
			pageCapabilities(withDomain, {
				url: '/leads/nope/',
				title: 'N',
				description: '',
				type: 'domain',
				capabilities: [],
			}),
		).toBeUndefined();
		expect(pageCapabilities(withDomain, summary('/practices/a/'))).toBeUndefined();
	});

	test('grouped by kind (practices, then case studies, then other pages), by title, never the page itself', () => {
		expect(titles(backlinks(small, ['x'], '/leads/cap/'))).toEqual([
			'practices: Alpha, Bravo',
			'caseStudies: Alpha, Charlie',
		]);
		expect(titles(backlinks(small, ['x', 'y', 'z'], '/practices/b/'))).toEqual([
			'practices: Alpha',
			'caseStudies: Alpha, Charlie',
			'otherPages: Echo',
		]);
		// A page tagged with two of the capabilities is listed once.
		expect(backlinks(small, ['x', 'y'], '/leads/cap/')[0]!.pages.map((p) => p.url)).toEqual([
			'/practices/a/',
			'/practices/b/',
		]);
		expect(backlinks(small, ['unknown'], '/leads/cap/')).toEqual([]);
	});

	test('each group says which page types it holds, for its link to the search page', () => {
		expect(backlinks(small, ['x'], '/leads/cap/').map((g) => g.types)).toEqual([['practice'], ['case-study']]);
	});
});

describe('pages that serve a capability', () => {
	test('pages of the types that serve, in page order; framework pages are not uses', () => {
		expect(urls(pagesServing(small, 'x'))).toEqual(['/practices/a/', '/practices/b/', '/cases/c/', '/cases/d/']);
		expect(urls(pagesServing(small, 'y'))).toEqual(['/practices/a/', '/cases/c/', '/cases/d/']);
		expect(urls(pagesServing(small, 'z'))).toEqual(['/lessons/e/']);
		expect(urls(pagesServing(small, 'unknown'))).toEqual([]);
	});

	test('a page is found by its address', () => {
		expect(pageInfo(small, '/cases/c/')?.frontmatter?.title).toBe('Charlie');
		expect(pageInfo(small, '/nowhere/')).toBeUndefined();
	});
});

describe('on the real content', () => {
	const handbook = readHandbook('content');
	const all = [...pageSummaries(handbook).values()];

	/** The per-page definition the precomputed lists replace: every page scored and sorted for each page. */
	function relatedByScanning(of: PageSummary, limit = 5): string[] {
		if (!of.capabilities.length) return [];
		const mine = new Set(of.capabilities);
		return all
			.filter((other) => other.url !== of.url && other.capabilities.length && !pageType(other.type)?.framework)
			.map((other) => {
				const shared = other.capabilities.filter((c) => mine.has(c)).length;
				return { other, score: shared / Math.sqrt(mine.size * other.capabilities.length) };
			})
			.filter(({ score }) => score > 0)
			.sort((a, b) => b.score - a.score || a.other.title.localeCompare(b.other.title))
			.slice(0, limit)
			.map(({ other }) => other.url);
	}

	test('related pages as written out for a few pages', () => {
		expect(urls(relatedPages(handbook, pageSummaries(handbook).get('/cases/')!))).toEqual([
			'/sources/building-blocks-slides/',
			'/coalitions/collaborative-leaders/',
			'/coalitions/',
			'/sources/leads-develop-coalitions-summary/',
			'/challenges/',
		]);
		expect(urls(relatedPages(handbook, pageSummaries(handbook).get('/coalitions/what-is-a-coalition/')!))).toEqual([
			'/coalitions/collaborative-advantage/',
			'/lessons/context-and-history/',
			'/coalitions/forms-of-collaboration/',
			'/coalitions/tensions/',
			'/cases/alberta-pcns/',
		]);
	});

	test('related pages of every page, at several limits, as scanning every page gives', () => {
		for (const limit of [1, 3, 5, 8])
			for (const of of all)
				expect(urls(relatedPages(handbook, of, limit)), of.url).toEqual(relatedByScanning(of, limit));
	});

	test("a section's pages, and the number of pages serving each capability", () => {
		expect(urls(sectionChildren('/cases/', handbook.model.pages) as never)).toEqual([
			'/cases/iocn/',
			'/cases/alberta-pcns/',
		]);
		expect(pagesServing(handbook, 'build-partnerships')).toHaveLength(31);
		expect(pagesServing(handbook, 'navigate-socio-political')).toHaveLength(26);
		for (const id of handbook.framework.capabilities.keys())
			expect(urls(pagesServing(handbook, id)), id).toEqual(
				all
					.filter((p) => p.capabilities.includes(id) && pageType(p.type)?.backlinks && !pageType(p.type)?.framework)
					.map((p) => p.url),
			);
	});
});

test('the reflection questions, in the default language, are marked as such on a page in another language only', () => {
	const bilingual = {
		model: { locales: { root: { label: 'English', lang: 'en-CA' }, fr: { label: 'Français', lang: 'fr-CA' } } },
	} as unknown as Handbook;
	expect(questionsLang(bilingual, 'fr-CA')).toBe('en-CA');
	expect(questionsLang(bilingual, 'en-CA')).toBeUndefined();
	const french = { model: { locales: { root: { label: 'Français', lang: 'fr-CA' } } } } as unknown as Handbook;
	expect(questionsLang(french, 'fr-CA')).toBeUndefined();
	expect(questionsLang(small, 'en-CA')).toBeUndefined();
});

test('review dates read as before', () => {
	expect(formatReviewed('2026-05-04')).toBe('May 4, 2026');
});

describe('work per page does not grow with the handbook', () => {
	/** A handbook of `n` tagged pages with made-up titles and a few tags each. */
	function generated(n: number): Handbook {
		const tags = ['a', 'b', 'c', 'd', 'e', 'f'];
		const list = Array.from({ length: n }, (_, i) =>
			page(`/practices/p${i}/`, `Page ${(i * 7919) % n}`, 'practice', [tags[i % 6]!, tags[(i * 5 + 1) % 6]!]),
		);
		return {
			model: { pages: list, locales: defaultLocales },
			framework: { capabilities: new Map() },
		} as unknown as Handbook;
	}
	/** Title comparisons per page when every page asks for its related pages. */
	function comparisonsPerPage(n: number): number {
		const handbook = generated(n);
		const summaries = [...pageSummaries(handbook).values()];
		let calls = 0;
		const original = String.prototype.localeCompare;
		String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof original>) {
			calls++;
			return original.apply(this, args);
		};
		try {
			for (const of of summaries) relatedPages(handbook, of);
		} finally {
			String.prototype.localeCompare = original;
		}
		return calls / n;
	}

	test('related pages: comparisons per page at 2,000 pages stay within twice those at 200', () => {
		// Scanning and sorting every page for each page made this grow with the number of pages (tenfold here).
		expect(comparisonsPerPage(2000)).toBeLessThan(2 * comparisonsPerPage(200));
	});

	test("a section's pages: the pages are sorted into folders once, not once per page", () => {
		let walks = 0;
		const watched = new Proxy(pages, {
			get(target, key, receiver) {
				if (key === Symbol.iterator) walks++;
				return Reflect.get(target, key, receiver);
			},
		});
		for (const url of ['/practices/', '/cases/', '/lessons/', '/practices/a/']) sectionChildren(url, watched);
		expect(walks).toBe(1);
	});

	test('the pages that serve a capability are listed once per version of the content', () => {
		expect(pagesServing(small, 'x')).toBe(pagesServing(small, 'x'));
	});
});
