import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { remarkBaseLinks } from '../../src/plugins/remark-base-links.ts';
import { remarkCitations } from '../../src/plugins/remark-citations.ts';
import { remarkGlossaryLinks } from '../../src/plugins/remark-glossary-links.ts';
import { validFixture } from '../helpers/fixtures.ts';

process.env.HANDBOOK_CONTENT_DIR = validFixture;

async function render(markdown: string, base = '/') {
	const file = await unified()
		.use(remarkParse)
		.use(remarkGlossaryLinks)
		.use(remarkCitations)
		.use(remarkBaseLinks, { base, site: 'https://example.org' })
		.use(remarkRehype)
		.use(rehypeStringify)
		.process(markdown);
	return String(file);
}

describe('citations in rendered pages', () => {
	test('a parenthetical citation links to the reference, with the reference as a preview', async () => {
		const html = await render('Trust grows [@leadersforlife-2010-develop].');
		expect(html).toContain('(<span class="preview-host"><a href="/references/#ref-leadersforlife-2010-develop"');
		expect(html).toMatch(/aria-describedby="cite-preview-1"[^>]*>Leaders for Life, 2010<\/a><span id="cite-preview-1" role="tooltip"/);
		expect(html).toContain('Leaders for Life. (2010). Develop coalitions.');
	});

	test('an unknown key stops the build instead of printing the key', async () => {
		await expect(render('See [@nobody-1999-nothing].')).rejects.toThrow(/unknown citation key @nobody-1999-nothing/);
	});
});

describe('glossary links', () => {
	test('a term link goes to its glossary entry and carries its definition', async () => {
		const html = await render('A [coalition](glossary:coalition) forms.');
		expect(html).toMatch(/<a href="\/glossary\/#coalition" class="term" data-term="coalition" aria-describedby="term-preview-1"[^>]*>coalition<\/a>/);
		expect(html).toContain('A strategic relationship between organizations');
	});
});

describe('links under a base path', () => {
	test('internal links, citations and terms get the base; external links get rel noopener noreferrer', async () => {
		const html = await render('[Trust](/coalitions/trust/) [@vaidya-2017-building] [coalition](glossary:coalition) [site](https://example.com/)', '/handbook/');
		expect(html).toContain('href="/handbook/coalitions/trust/"');
		expect(html).toContain('data-print-url="https://example.org/handbook/coalitions/trust/"');
		expect(html).toContain('href="/handbook/references/#ref-vaidya-2017-building"');
		expect(html).toContain('href="/handbook/glossary/#coalition"');
		expect(html).toContain('<a href="https://example.com/" rel="noopener noreferrer">site</a>');
	});

	test('at the site root, links are left as written', async () => {
		expect(await render('[Trust](/coalitions/trust/)')).toContain('href="/coalitions/trust/"');
	});
});

