import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { handbookHeadingIds } from '../../src/plugins/handbook-heading-ids.ts';
import { handbookLinks } from '../../src/plugins/handbook-links.ts';
import { handbookTables } from '../../src/plugins/handbook-tables.ts';
import { handbookPreviews } from '../../src/plugins/handbook-previews.ts';
import { handbookReading } from '../../src/plugins/handbook-reading.ts';
import { readHandbook } from '../../src/handbook/handbook.ts';
import { validFixture } from '../helpers/fixtures.ts';

const fixture = readHandbook(validFixture);
const handbook = () => fixture;

const fileURL = new URL('file:///content/docs/page.mdx');
const plugins = (base: string) => ({
	mdastPlugins: [handbookLinks({ base, handbook })],
	hastPlugins: [handbookPreviews({ handbook })],
	fileURL,
});
// Sätteri's result type allows for async plugins; awaiting it takes either.
const render = async (markdown: string, base = '/') => (await markdownToHtml(markdown, plugins(base))).html;

describe('citations in rendered pages', () => {
	test('a parenthetical citation links to the reference, with the reference as a preview', async () => {
		const html = await render('Trust grows [@leadersforlife-2010-develop].');
		expect(html).toContain('(<span class="preview-host"><a href="/references/#ref-leadersforlife-2010-develop"');
		expect(html).toMatch(
			/aria-describedby="cite-preview-1"[^>]*>Leaders for Life, 2010<\/a><span id="cite-preview-1" role="tooltip"/,
		);
		expect(html).toContain('Leaders for Life. (2010). Develop coalitions.');
	});

	test('each page numbers its previews from 1', async () => {
		await render('One [@leadersforlife-2010-develop] and two [@vaidya-2017-building].');
		const html = await render('Again [@vaidya-2017-building].');
		expect(html).toContain('id="cite-preview-1"');
		expect(html).not.toContain('cite-preview-2');
	});

	test('a citation inside link text is left as written', async () => {
		expect(await render('[see @vaidya-2017-building](/coalitions/trust/)')).not.toContain('class="citation"');
	});

	test('an unknown key stops the build instead of printing the key, naming the file', async () => {
		await expect(render('See [@nobody-1999-nothing].')).rejects.toThrow(
			/\/content\/docs\/page\.mdx: unknown citation key @nobody-1999-nothing/,
		);
	});
});

describe('glossary links', () => {
	test('a term link goes to its glossary entry and carries its definition', async () => {
		const html = await render('A [coalition](glossary:coalition) forms.');
		expect(html).toMatch(
			/<a href="\/glossary\/#coalition" class="term" data-term="coalition"[^>]*aria-describedby="term-preview-1"[^>]*>coalition<\/a>/,
		);
		expect(html).toContain('A strategic relationship between organizations');
	});

	test('an unknown term stops the build', async () => {
		await expect(render('A [thing](glossary:no-such-term).')).rejects.toThrow(/unknown glossary term "no-such-term"/);
	});
});

describe('links under a base path', () => {
	test('internal links, citations and terms get the base; external links get rel noopener noreferrer', async () => {
		const html = await render(
			'[Trust](/coalitions/trust/) [@vaidya-2017-building] [coalition](glossary:coalition) [site](https://example.com/) ![Logo](/logo.png)',
			'/handbook/',
		);
		expect(html).toContain('href="/handbook/coalitions/trust/"');
		expect(html).toContain('href="/handbook/references/#ref-vaidya-2017-building"');
		expect(html).toContain('href="/handbook/glossary/#coalition"');
		expect(html).toContain('src="/handbook/logo.png"');
		expect(html).toContain('<a href="https://example.com/" rel="noopener noreferrer">site</a>');
	});

	test('reference-style links get the base from their definition', async () => {
		expect(await render('[Trust][t]\n\n[t]: /coalitions/trust/', '/handbook/')).toContain(
			'href="/handbook/coalitions/trust/"',
		);
	});

	test('a link to a page gets the trailing slash of its address, as the check resolves it; files and queries keep theirs', async () => {
		const html = await render(
			'[a](/cases/example) [b](/cases/example#context) [c](/cases/example?x=1) [d](/catalog.csv) [e](/cases/example/) [f][r]\n\n[r]: /leads',
			'/handbook/',
		);
		expect([...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1])).toEqual([
			'/handbook/cases/example/',
			'/handbook/cases/example/#context',
			'/handbook/cases/example/?x=1',
			'/handbook/catalog.csv',
			'/handbook/cases/example/',
			'/handbook/leads/',
		]);
	});

	test("a relative link becomes the site address it reaches from its page, as the check resolves it: the page's text is also shown at other addresses (embed view, course pack)", async () => {
		const capabilityPage = pathToFileURL(
			path.join(validFixture, 'docs/leads/develop-coalitions/mobilize-knowledge.mdx'),
		);
		const markdown =
			'[a](../build-partnerships) [b](trust#why) [c](../..) [d](#context) [e](?q=trust) [f](../../../catalog.csv) [g](mailto:a@example.org) [h](../../../cases/example/) [i][r]\n\n[r]: ../../../cases/example\n\n<a href="../../../cases/example">j</a> <img src="../../../images/chart.svg" alt="A chart">\n';
		const html = (await markdownToHtml(markdown, { ...plugins('/handbook/'), fileURL: capabilityPage })).html;
		expect([...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1])).toEqual([
			'/handbook/leads/develop-coalitions/build-partnerships/',
			'/handbook/leads/develop-coalitions/mobilize-knowledge/trust/#why',
			'/handbook/leads/',
			'#context',
			'?q=trust',
			'/handbook/catalog.csv',
			'mailto:a@example.org',
			'/handbook/cases/example/',
			'/handbook/cases/example/',
			'/handbook/cases/example/',
		]);
		// An element's image too: the check looks for it in `public/` (only Markdown's image syntax bundles one).
		expect(html).toContain('<img src="/handbook/images/chart.svg" alt="A chart">');
		// In a file that is no page of the handbook, a relative link stays relative, with a page's slash.
		expect(
			[...(await render('[a](../trust) [b](../notes.pdf)', '/handbook/')).matchAll(/href="([^"]*)"/g)].map((m) => m[1]),
		).toEqual(['../trust/', '../notes.pdf']);
	});

	test('raw HTML in a Markdown page: its links and images get the base path, a page its slash; the rest is kept as written', async () => {
		const html = await render(
			'See <a href="/cases/example" title="A &amp; B">the case</a> and <a href=\'/leads#x\'>LEADS</a>.\n\n<img src="/logo.png" alt="Logo"> <a href="https://example.com/">out</a> <a href="#top">top</a>\n',
			'/handbook/',
		);
		expect(html).toContain('<a href="/handbook/cases/example/" title="A &amp; B">the case</a>');
		expect(html).toContain('<a href="/handbook/leads/#x">LEADS</a>');
		expect(html).toContain('<img src="/handbook/logo.png" alt="Logo">');
		expect(html).toContain('<a href="https://example.com/">out</a> <a href="#top">top</a>');
	});

	test('at the site root, links are left as written', async () => {
		expect(await render('[Trust](/coalitions/trust/)')).toContain('href="/coalitions/trust/"');
	});
});

describe('in MDX pages', () => {
	test('citations and previews compile to JSX, next to the page’s own components', async () => {
		const { code } = await mdxToJs(
			'import Note from "./note.astro";\n\nTrust grows [@vaidya-2017-building]. <Note />\n',
			plugins('/'),
		);
		expect(code).toContain('"data-cite": "vaidya-2017-building"');
		expect(code).toContain('"aria-describedby": "cite-preview-1"');
		expect(code).toContain('_jsx(Note, {})');
	});

	test('an `href` or `src` of an element or component (`<a>`, `<img>`, `<LinkCard>`) gets the base path, and a page its slash', async () => {
		const { code } = await mdxToJs(
			'See <a href="/cases/example">the case</a> and <a href="/catalog.csv">the list</a>.\n\n<img src="/logo.png" alt="Logo" />\n\n<a href="https://example.com/">elsewhere</a> <a href="/leads"><img src="/chart.png" alt="Chart" /></a>\n\n<LinkCard title="Trust" href="/coalitions/trust" />\n',
			plugins('/handbook/'),
		);
		expect([...code.matchAll(/(?:href|src): "([^"]*)"/g)].map((match) => match[1])).toEqual([
			'/handbook/cases/example/',
			'/handbook/catalog.csv',
			'/handbook/logo.png',
			'https://example.com/',
			'/handbook/leads/',
			'/handbook/chart.png',
			'/handbook/coalitions/trust/',
		]);
		expect(code).toContain('children: "the case"');
	});

	test('an address written as a string in braces (`href={"/x"}`) is rebased as the same address without braces; code is left as written', async () => {
		const { code } = await mdxToJs(
			'<a href={"/cases/example"}>the case</a> <a href={\'/leads\'}>LEADS</a> <img src={`/logo.png`} alt="Logo" />\n\n<LinkCard title="Trust" href={"/coalitions/trust"} />\n\n<a href={"https://example.com/"}>elsewhere</a> <a href={"/" + "leads"}>computed</a>\n',
			plugins('/handbook/'),
		);
		expect([...code.matchAll(/(?:href|src): ("[^"]*"|`[^`]*`)(?! \+)/g)].map((match) => match[1])).toEqual([
			'"/handbook/cases/example/"',
			'"/handbook/leads/"',
			'"/handbook/logo.png"',
			'"/handbook/coalitions/trust/"',
			'"https://example.com/"',
		]);
		expect(code).toContain('href: "/" + "leads"');
	});
});

describe("the handbook's reading", () => {
	const withReading = async (markdown: string, base = '/') =>
		(
			await markdownToHtml(markdown, {
				mdastPlugins: [handbookLinks({ base, handbook })],
				hastPlugins: [handbookPreviews({ handbook }), handbookReading({ base })],
				fileURL,
				features: { smartPunctuation: true },
			})
		).html;

	test('the phrase becomes a marker linking to its explanation, and its paragraph is marked', async () => {
		const html = await withReading(
			"The slides do not say so; the mapping is the handbook's reading [@vaidya-2017-building].",
		);
		expect(html).toMatch(
			/^<p class="reading">The slides .* is <a href="\/how-to-use\/#the-handbooks-reading" class="reading-mark">the handbook’s reading<\/a> \(<span class="preview-host">/,
		);
	});

	test('a list item holding the phrase is marked, the rest of the list is not; the address follows the base path', async () => {
		const html = await withReading("- In the handbook's reading, this fits.\n- The slides say so.", '/handbook/');
		expect(html).toContain('<li class="reading">In <a href="/handbook/how-to-use/#the-handbooks-reading"');
		expect(html).toContain('<li>The slides say so.</li>');
	});

	test('headings, link text and other prose stay as they are', async () => {
		const html = await withReading(
			"## The handbook's reading\n\n[the handbook's reading](/about/)\n\nThe handbook reads it.",
		);
		expect(html).not.toContain('reading-mark');
		expect(html).not.toContain('class="reading"');
	});
});

describe('tables and heading ids', () => {
	const table = '| Partner | Role |\n| - | - |\n| Hospital | Data |\n';
	const renderWith = async (markdown: string) =>
		(await markdownToHtml(markdown, { mdastPlugins: [handbookHeadingIds()], hastPlugins: [handbookTables()], fileURL }))
			.html;

	test('a table scrolls in a focusable region, captioned by the heading of its section', async () => {
		const html = await renderWith(`${table}\n## Who does what\n\n${table}`);
		// Before any heading, the caption says what it is.
		expect(html).toContain(
			'<section class="table-scroll" tabindex="0" aria-labelledby="table-caption-1"><table><caption id="table-caption-1">Table</caption>',
		);
		expect(html).toContain(
			'<section class="table-scroll" tabindex="0" aria-labelledby="table-caption-2"><table><caption id="table-caption-2">Who does what</caption>',
		);
	});

	test('caption ids restart on every page', async () => {
		await renderWith(`${table}\n${table}`);
		expect(await renderWith(table)).toContain('id="table-caption-1"');
	});

	test('headings get the ids the check knows them by, a repeated one numbered, per page', async () => {
		const html = await renderWith('## Who does what\n\nText.\n\n## Who does what\n\nMore.\n');
		expect(html).toContain('<h2 id="who-does-what">Who does what</h2>');
		expect(html).toContain('<h2 id="who-does-what-1">Who does what</h2>');
		expect(await renderWith('## Who does what\n')).toContain('<h2 id="who-does-what">');
	});
});
