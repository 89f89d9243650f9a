// Short links (`/go/<id>/`) are printed on slides and handouts, so they must never change meaning. These tests pin
// which id each page, question and term gets, which comes first when two share one, and where each leads.
import { describe, expect, test } from 'vitest';
import type { HandbookModel } from '../../src/model/load.ts';
import { pageShortId, redirectsFor, shortIdsByTarget, shortLinks } from '../../src/model/short-links.ts';

const page = (url: string, type: string, shortId?: unknown) => ({
	url,
	frontmatter: { title: url, type, ...(shortId === undefined ? {} : { shortId }) },
});

/** A small handbook: pages of each kind, a glossary term and a reflection question. */
const content = {
	pages: [
		page('/', 'home'),
		page('/lessons/context/', 'lesson'),
		page('/practices/trust/', 'practice'),
		page('/cases/iocn/', 'case-study', 'city-network'),
		page('/leads/develop-coalitions/', 'domain'),
		page('/authoring/', 'guide'),
	],
	glossary: new Map([['coalition', { id: 'coalition', term: 'Coalition' }]]),
	reflection: [{ id: 'key-partners', text: 'Who are your key partners?', capabilities: [] }],
	redirects: [
		{ from: '/old/trust/', to: '/practices/trust/' },
		// An old address that is also a short link's: the short link keeps its meaning.
		{ from: '/go/trust/', to: '/lessons/context/' },
	],
} as unknown as HandbookModel;

describe('short links', () => {
	test("a page's short id is its `shortId` field, else the last part of its address", () => {
		expect(pageShortId(page('/cases/iocn/', 'case-study', 'city-network'))).toBe('city-network');
		expect(pageShortId(page('/cases/iocn/', 'case-study'))).toBe('iocn');
		// An empty or non-text field is as if it were not there.
		expect(pageShortId(page('/cases/iocn/', 'case-study', ''))).toBe('iocn');
		expect(pageShortId(page('/cases/iocn/', 'case-study', 42))).toBe('iocn');
		expect(pageShortId({ url: '/practices/trust/' })).toBe('trust');
		expect(pageShortId({ url: '/' })).toBeUndefined();
	});

	test('reader pages, glossary terms and reflection questions get one each; the first-published kinds come first', () => {
		expect(shortLinks(content)).toEqual([
			{ id: 'trust', target: '/practices/trust/', kind: 'page' },
			{ id: 'city-network', target: '/cases/iocn/', kind: 'page' },
			{ id: 'develop-coalitions', target: '/leads/develop-coalitions/', kind: 'page' },
			{ id: 'coalition', target: '/glossary/#coalition', kind: 'glossary-term' },
			{ id: 'context', target: '/lessons/context/', kind: 'page' },
			{ id: 'key-partners', target: '/reflection/#key-partners', kind: 'reflection-question' },
		]);
	});

	test('lists show the first short link of each page, question or term', () => {
		const twice = {
			...content,
			pages: [...content.pages, page('/practices/trust/', 'practice', 'trust-again')],
		} as unknown as HandbookModel;
		expect(shortIdsByTarget(twice).get('/practices/trust/')).toBe('trust');
		expect(shortIdsByTarget(content).get('/reflection/#key-partners')).toBe('key-partners');
		expect(shortIdsByTarget(content).get('/authoring/')).toBeUndefined();
	});

	test('each leads to its page under the base; old addresses lead to the new ones; a short link is never overridden', () => {
		expect(redirectsFor(content, '/handbook/')).toEqual({
			'/go/trust/': '/handbook/practices/trust/',
			'/go/city-network/': '/handbook/cases/iocn/',
			'/go/develop-coalitions/': '/handbook/leads/develop-coalitions/',
			'/go/coalition/': '/handbook/glossary/#coalition',
			'/go/context/': '/handbook/lessons/context/',
			'/go/key-partners/': '/handbook/reflection/#key-partners',
			'/old/trust/': '/handbook/practices/trust/',
		});
	});

	test('two links with one id: the first-published one keeps it (the check reports the newcomer)', () => {
		const clash = {
			...content,
			pages: [...content.pages, page('/lessons/trust/', 'lesson')],
		} as unknown as HandbookModel;
		expect(redirectsFor(clash, '/')['/go/trust/']).toBe('/practices/trust/');
	});
});
