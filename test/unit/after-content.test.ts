// The sections the handbook adds after a page's own content (src/site/after-content.ts), which "On this page"
// lists: each only on the pages where it has something to show, in the order the page shows them.
import { expect, test } from 'vitest';
import { readHandbook } from '../../src/handbook/handbook.ts';
import { sectionsAfterContent, type AddedSection } from '../../src/site/after-content.ts';
import { pageSummaries } from '../../src/site/page-graph.ts';
import { mutatedFixture } from '../helpers/fixtures.ts';

const overview = (extra = '') =>
	`---\ntitle: Cases\ndescription: The cases.\ntype: overview\ncapabilities: [build-partnerships]\nsources: [vaidya-2017-building]\n---\n\n${extra}The cases [@vaidya-2017-building].\n`;

/** Each section as "On this page" shows it: its anchor, and its words or the key of its words. */
const shown = ({ id, label, children }: AddedSection): string =>
	`${id} (${'key' in label ? label.key : label.text})${children.length ? ` [${children.map(shown).join(', ')}]` : ''}`;

function sectionsOn(root: string, urls: string[]) {
	const handbook = readHandbook(root);
	return Object.fromEntries(
		urls.map((url) => [url, sectionsAfterContent(handbook, pageSummaries(handbook).get(url)!).map(shown)]),
	);
}

test('each section on the pages that have it: section pages, backlinks, related pages, references, how to cite', () => {
	const root = mutatedFixture({ 'docs/cases/index.mdx': () => overview() });
	expect(
		sectionsOn(root, [
			'/',
			'/cases/',
			'/cases/example/',
			'/leads/develop-coalitions/mobilize-knowledge/',
			'/references/',
			'/glossary/',
		]),
	).toEqual({
		'/': [],
		'/cases/': [
			'in-this-section (handbook.inThisSection)',
			'related-pages (handbook.relatedPages)',
			'references (handbook.references)',
			'cite-this-page (handbook.citeThisPage)',
		],
		'/cases/example/': [
			'related-pages (handbook.relatedPages)',
			'references (handbook.references)',
			'cite-this-page (handbook.citeThisPage)',
		],
		'/leads/develop-coalitions/mobilize-knowledge/': [
			'backlinks (handbook.pagesServingCapability)',
			'references (handbook.references)',
			'cite-this-page (handbook.citeThisPage)',
		],
		'/references/': ['cite-this-page (handbook.citeThisPage)'],
		'/glossary/': ['cite-this-page (handbook.citeThisPage)'],
	});
});

test("a domain's page lists the pages that serve the domain, in a section of its own name", () => {
	const root = mutatedFixture({
		'docs/leads/develop-coalitions/index.mdx': () =>
			'---\ntitle: Develop Coalitions\ndescription: The domain.\ntype: domain\ncapabilities: [build-partnerships, mobilize-knowledge]\nsources: [leadersforlife-2010-develop]\n---\n\nThe domain [@leadersforlife-2010-develop].\n',
	});
	expect(sectionsOn(root, ['/leads/develop-coalitions/'])).toEqual({
		'/leads/develop-coalitions/': [
			'backlinks (handbook.pagesServingDomain)',
			'references (handbook.references)',
			'cite-this-page (handbook.citeThisPage)',
		],
	});
});

test('an overview that places its section pages itself gets no second list', () => {
	const root = mutatedFixture({
		'docs/cases/index.mdx': () =>
			overview("import SectionPages from '~/components/SectionPages.astro';\n\n<SectionPages />\n\n"),
	});
	expect(sectionsOn(root, ['/cases/'])['/cases/']![0]).toBe('related-pages (handbook.relatedPages)');
});

test("a source's page lists its parts, as the source numbers and names them", () => {
	const root = mutatedFixture({
		'bibliography/structure.yaml': () =>
			'- key: vaidya-2017-building\n  page: /cases/example/\n  parts:\n    - id: III.1\n      name: Overview and Key Findings\n    - name: What We Found\n',
	});
	expect(sectionsOn(root, ['/cases/example/'])['/cases/example/']![0]).toBe(
		'source-parts (handbook.partsOfDocument) [sec-iii-1 (III.1 Overview and Key Findings), sec-what-we-found (What We Found)]',
	);
});
