// How the check reads one page file (src/model/pages.ts `readPage`): its address, frontmatter, and what the rules
// look at in its body, each where an editor finds it. The check's tests plant mistakes in whole content sets; these
// call the reader alone, on one file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { maxPageBytes, readPage } from '../../src/model/pages.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

const frontmatter = '---\ntitle: A page\ndescription: For the tests.\ntype: topic\n---\n';

/** Writes `content/docs/<name>` with `text` (or bytes) and reads it as the check does. */
function read(name: string, text: string | Uint8Array) {
	const content = path.join(temporaryFolder('page-reading-'), 'content');
	const docs = path.join(content, 'docs');
	const file = path.join(docs, name);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, text);
	return readPage(file, docs, path.dirname(content));
}

const values = <T>(list: { value: T }[]) => list.map(({ value }) => value);
const located = <T>(list: { value: T; position: { line: number; column: number } }[]) =>
	list.map(({ value, position }) => [value, `${position.line}:${position.column}`]);

describe('the address of a page', () => {
	test('comes from its file, without the extension or an index', () => {
		expect(read('topics/trust.mdx', frontmatter)).toMatchObject({
			file: 'content/docs/topics/trust.mdx',
			relativePath: 'topics/trust.mdx',
			id: 'topics/trust',
			url: '/topics/trust/',
		});
		expect(read('topics/index.mdx', frontmatter)).toMatchObject({ id: 'topics', url: '/topics/' });
		expect(read('index.mdx', frontmatter)).toMatchObject({ url: '/' });
	});

	test('a `slug:` replaces it, as in Astro', () => {
		expect(
			read('topics/trust.mdx', frontmatter.replace('type: topic', 'type: topic\nslug: topics/building-trust')),
		).toMatchObject({
			id: 'topics/building-trust',
			url: '/topics/building-trust/',
			relativePath: 'topics/trust.mdx',
		});
	});
});

describe('a file that cannot be read as a page', () => {
	test('a file over the size limit is refused unread', () => {
		const page = read('big.mdx', frontmatter + 'x'.repeat(maxPageBytes));
		expect(page.unreadable).toEqual({
			message: 'the file is 1.0 MB, over the 1 MB a page may be',
			hint: 'Split the page into several pages of one section each, or move data into a data file.',
			position: { line: 1, column: 1 },
		});
		expect(page.bytes).toBe(frontmatter.length + maxPageBytes);
		expect(page.frontmatter).toBeUndefined();
		expect(page).toMatchObject({ headings: [], links: [], citations: [], blocks: [], text: '' });
		// Exactly at the limit is read.
		expect(read('limit.mdx', frontmatter + 'x'.repeat(maxPageBytes - frontmatter.length)).unreadable).toBeUndefined();
	});

	test('pages read one after another each hold their own text, a short one after a long one too', () => {
		const long = read('long.mdx', `${frontmatter}${'Long words. '.repeat(20_000)}\n`);
		expect(long.unreadable).toBeUndefined();
		const short = read('short.mdx', `${frontmatter}Short.\n`);
		expect(short.bytes).toBe(frontmatter.length + 7);
		expect(short.blocks.map((block) => block.value.text)).toEqual(['Short.']);
		expect(long.blocks[0]!.value.text).toHaveLength('Long words. '.repeat(20_000).length - 1);
	});

	test('UTF-16, binary data and Latin-1 are each named, with how to save the file', () => {
		const utf8Hint = 'Save the file as UTF-8 in your editor (for example "Save with encoding > UTF-8").';
		expect(read('a.mdx', Uint8Array.from([0xff, 0xfe, 0x2d, 0]))).toMatchObject({
			unreadable: { message: 'the file is saved as UTF-16, not UTF-8', hint: utf8Hint },
		});
		expect(read('b.mdx', Uint8Array.from([0x2d, 0x2d, 0, 0x2d])).unreadable).toEqual({
			message: 'the file holds binary data, not text',
			hint: 'Pages are MDX text files. Put images and other files in `public/` and link to them.',
			position: { line: 1, column: 1 },
		});
		expect(read('c.mdx', Buffer.concat([Buffer.from(`${frontmatter}Caf`), Buffer.from([0xe9])])).unreadable).toEqual({
			message: 'the file is not valid UTF-8 text',
			hint: utf8Hint,
			position: { line: 6, column: 4 },
		});
	});

	test('a byte-order mark is not part of the page', () => {
		const page = read('bom.mdx', `\uFEFF${frontmatter}Text.`);
		expect(page.frontmatter).toMatchObject({ title: 'A page' });
		expect(page.text).toBe('Text.');
	});
});

describe('the frontmatter', () => {
	test('its fields, with positions in the file', () => {
		const page = read('a.mdx', '---\ntitle: A page\ncapabilities:\n  - self-aware\n  - manages-self\n---\nText.');
		expect(page.frontmatter).toEqual({ title: 'A page', capabilities: ['self-aware', 'manages-self'] });
		expect(page.frontmatterFile!.locate(['capabilities', 1])).toEqual({ line: 5, column: 5 });
		expect(page.frontmatterSyntax).toBeUndefined();
	});

	test('a date stays text; an empty block is an empty set of fields (the field rules name what is missing)', () => {
		expect(read('a.mdx', '---\nreviewed: 2026-02-30\n---\n').frontmatter).toEqual({ reviewed: '2026-02-30' });
		expect(read('b.mdx', '---\n---\nText.')).toMatchObject({ frontmatter: {}, text: 'Text.' });
		expect(read('c.mdx', '---\n\n---\nText.').frontmatter).toEqual({});
		expect(read('d.mdx', '---\n- a\n- b\n---\n').frontmatterSyntax).toMatchObject({ position: { line: 2, column: 1 } });
	});

	test('a page without one, one never closed, and one that is not a set of fields', () => {
		expect(read('a.mdx', '# Title\n').frontmatterSyntax).toEqual({
			message: 'the page has no frontmatter block',
			position: { line: 1, column: 1 },
		});
		expect(read('b.mdx', '---\ntitle: A\n').frontmatterSyntax).toEqual({
			message: 'the frontmatter block has no closing `---` line',
			position: { line: 1, column: 1 },
		});
		expect(read('c.mdx', '---\njust text\n---\n').frontmatterSyntax).toEqual({
			message: 'the frontmatter is not a set of `field: value` lines',
			position: { line: 2, column: 1 },
		});
	});

	test('only a block at the very start of the file is frontmatter; dashes may be followed by spaces', () => {
		expect(read('a.mdx', 'Intro.\n---\ntitle: A\n---\n').frontmatterSyntax?.message).toBe(
			'the page has no frontmatter block',
		);
		expect(read('b.mdx', '---  \ntitle: A\n').frontmatterSyntax?.message).toBe(
			'the frontmatter block has no closing `---` line',
		);
	});

	test('aliases that expand without limit are refused, not expanded', () => {
		const lines = ['---', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
		for (let i = 1; i < 8; i++)
			lines.push(
				`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
					.fill(`*${String.fromCharCode(96 + i)}`)
					.join(', ')}]`,
			);
		const page = read('a.mdx', [...lines, '---', 'Text.'].join('\n'));
		expect(page.frontmatter).toBeUndefined();
		expect(page.frontmatterSyntax?.message).toMatch(/^the file cannot be read: /);
	});

	test('a syntax error is placed at its line in the file', () => {
		const page = read('a.mdx', '---\ntitle: A\ndescription: "open\n---\nText.');
		expect(page.frontmatterSyntax?.message).toBe('a quoted value is never closed');
		expect(page.frontmatterSyntax?.position).toEqual({ line: 3, column: 14 });
	});

	test('an alias is read by the parser that refuses aliases without limit', () => {
		const page = read('a.mdx', '---\ntitle: &t A page\ndescription: *t\n---\n');
		expect(page.frontmatter).toEqual({ title: 'A page', description: 'A page' });
	});

	test('Windows line ends and spaces after the dashes are allowed', () => {
		const page = read('a.mdx', '--- \r\ntitle: A\r\n---\t\r\nText [@kanter-1994].');
		expect(page.frontmatter).toEqual({ title: 'A' });
		expect(located(page.citations)).toEqual([[expect.objectContaining({ key: 'kanter-1994' }), '4:7']]);
	});

	test('"In brief" after a space before its colon', () => {
		const page = read(
			'a.mdx',
			['---', 'note: "[@kanter-1994]"', 'inBrief :', '  - "Point [@kanter-1994]."', '---'].join('\n'),
		);
		expect(located(page.citations).map(([, at]) => at)).toEqual(['4:13']);
	});

	test('citations in the "In brief" points are found at their place in the file', () => {
		const page = read(
			'a.mdx',
			[
				'---',
				'title: A',
				'note: "inBrief: [@kanter-1994]"',
				'inBrief:',
				'  - "First [@kanter-1994; @huxham-2000a]."',
				'  - 12',
				'  - "Second [@kanter-1994, p. 3]."',
				'  - "Escaped [@weird\\u002Dkey]."',
				'---',
			].join('\n'),
		);
		expect(located(page.citations).map(([item, at]) => [(item as { key: string }).key, at])).toEqual([
			['kanter-1994', '5:13'],
			['huxham-2000a', '5:27'],
			['kanter-1994', '7:14'],
			['weird-key', '8:5'],
		]);
	});
});

describe('the body', () => {
	// Read in each test, not once for the file: a mutation run counts only what runs inside a test.
	const body = () =>
		read(
			'topics/trust.mdx',
			`${frontmatter}
import Box from '../components/Box.astro';

Trust grows slowly [@kanter-1994, p. 3].

## Why it matters

See [the glossary](glossary:trust), [a case](/cases/iocn/#what-happened), and [a site](https://example.org).

![A diagram](/images/trust.png)

[ref]: /topics/other/

<Box id="box-1" href="/topics/x/" title={"literal"} data={computed} {...spread}>Inside</Box>

<img src="/images/a.png" alt="An image" />

{1 + 1}

### Deeper *heading*
`,
		);

	test('headings, with their anchors; the ## headings in order', () => {
		expect(located(body().headings)).toEqual([
			['why-it-matters', '11:1'],
			['deeper-heading', '25:1'],
		]);
		expect(located(body().h2)).toEqual([['Why it matters', '11:1']]);
	});

	test('links of every form, at their place', () => {
		expect(located(body().links)).toEqual([
			['glossary:trust', '13:5'],
			['/cases/iocn/#what-happened', '13:37'],
			['https://example.org', '13:79'],
			['/topics/other/', '17:1'],
			['/topics/x/', '19:1'],
		]);
	});

	test('images, in Markdown and as an element', () => {
		expect(located(body().images)).toEqual([
			[{ url: '/images/trust.png', alt: 'A diagram' }, '15:1'],
			[{ url: '/images/a.png', alt: 'An image', element: true }, '21:1'],
		]);
	});

	test('elements with their attributes; ids; code in attributes and in the text', () => {
		expect(values(body().elements).map(({ name, attributes }) => [name, attributes])).toEqual([
			['Box', ['id', 'href', 'title', 'data']],
			['img', ['src', 'alt']],
		]);
		expect(values(body().elements)[0]!.parsed.attributes).toEqual([
			{ name: 'id', value: 'box-1' },
			{ name: 'href', value: '/topics/x/' },
			{ name: 'title', value: 'literal' },
			{ name: 'data', value: '' },
		]);
		expect(body().anchors).toEqual(['box-1']);
		expect(values(body().expressions)).toEqual([
			{ code: '"literal"', attribute: 'title' },
			{ code: 'computed', attribute: 'data' },
			{ code: '...spread' },
			{ code: '1 + 1' },
		]);
		expect(located(body().esm)).toEqual([["import Box from '../components/Box.astro';", '7:1']]);
	});

	test('citations at the column of their key', () => {
		expect(located(body().citations)).toEqual([
			[expect.objectContaining({ key: 'kanter-1994', locator: '3' }), '9:21'],
		]);
	});

	test('its size and plain text', () => {
		expect(body().bytes).toBeGreaterThan(frontmatter.length);
		expect(body().text).toContain('Trust grows slowly [@kanter-1994, p. 3].');
		expect(body().text).toContain('Deeper heading');
	});
});

describe('the blocks that may state something', () => {
	const blocks = (body: string) =>
		read('a.mdx', `${frontmatter}${body}`).blocks.map(({ value, position }) => ({
			...value,
			at: `${position.line}:${position.column}`,
		}));

	test('paragraphs, with the links to handbook pages counted and left out of the prose', () => {
		expect(blocks('One [page](/a/) and [a site](https://example.org) and [term](glossary:x) [@k].')).toEqual([
			{
				kind: 'paragraph',
				text: 'One page and a site and term [@k].',
				prose: 'One   and a site and   [@k].',
				pageLinks: 2,
				leadIns: [],
				at: '6:1',
			},
		]);
		// Without a link to a page, the prose is the text, kept once.
		expect(blocks('Plain [@k].')[0]).not.toHaveProperty('prose');
	});

	test('list items with the lead-in of their list, and of the lists around them', () => {
		expect(
			blocks('These points:\n\n- First point\n- Second point:\n  - Nested point\n\nAfter.').map(
				({ kind, text, leadIns }) => [kind, text, leadIns],
			),
		).toEqual([
			['paragraph', 'These points:', []],
			['list item', 'First point', ['These points:']],
			['list item', 'Second point:', ['These points:']],
			['list item', 'Nested point', ['These points:', 'Second point:']],
			['paragraph', 'After.', []],
		]);
	});

	test('a list item of two paragraphs is one block; a list without a lead-in has none', () => {
		expect(blocks('- One\n\n  Two\n').map(({ text, leadIns }) => [text, leadIns])).toEqual([['One\nTwo', []]]);
	});

	test('quoted paragraphs are quotations, inside a list too', () => {
		expect(blocks('> Quoted [@k].\n>\n> Again.\n').map(({ kind, text }) => [kind, text])).toEqual([
			['quotation', 'Quoted [@k].'],
			['quotation', 'Again.'],
		]);
		expect(blocks('Lead:\n\n- > Quoted in a list.\n').map(({ kind }) => kind)).toEqual(['paragraph', 'quotation']);
	});

	test('table cells: the header row is labels; so is the first column when its header cell is empty', () => {
		expect(blocks('| A | B |\n| - | - |\n| 1 | 2 |\n').slice(1, 3)).toEqual([
			{ kind: 'table cell', text: 'B', pageLinks: 0, leadIns: [], label: true, at: '6:5' },
			{ kind: 'table cell', text: '1', pageLinks: 0, leadIns: [], at: '8:1' },
		]);
		const cells = (body: string) => blocks(body).map(({ text, label }) => [text, Boolean(label)]);
		expect(cells('| A | B |\n| - | - |\n| 1 | 2 |\n')).toEqual([
			['A', true],
			['B', true],
			['1', false],
			['2', false],
		]);
		expect(cells('|   | B |\n| - | - |\n| Row | 2 |\n')).toEqual([
			['', true],
			['B', true],
			['Row', true],
			['2', false],
		]);
	});

	test('headings and components are not blocks', () => {
		expect(blocks('## A heading\n\n<Aside>Inside</Aside>\n')).toEqual([]);
	});
});

describe('citations and links, case by case', () => {
	test('a key cited twice is found twice; each at its `@`; one typed with an escape at its paragraph', () => {
		const page = read(
			'a.mdx',
			`${frontmatter}Text [@k] and [@k].\n\nEscaped [@kanter\\-1994].\n\n[@k] starts a line.\n`,
		);
		expect(located(page.citations).map(([item, at]) => [(item as { key: string }).key, at])).toEqual([
			['k', '6:7'],
			['k', '6:16'],
			['kanter-1994', '8:1'],
			['k', '10:2'],
		]);
	});

	test('the text of a link is not searched for citations', () => {
		expect(read('a.mdx', `${frontmatter}See [the source [@k]](/x/).\n`).citations).toEqual([]);
	});

	test('what counts as a link to a handbook page', () => {
		const links = (url: string) => read('a.mdx', `${frontmatter}A [link](${url}).\n`).blocks[0]!.value.pageLinks;
		for (const url of ['/cases/iocn/#step:2', '../a//b/', '#part', 'glossary:trust', 'topics/trust/'])
			expect(links(url), url).toBe(1);
		for (const url of ['https://example.org', 'mailto:a@example.org', '//example.org/x', 'x-y.z+1:rest'])
			expect(links(url), url).toBe(0);
	});

	test('a ## heading’s text is its words without formatting or spaces around them', () => {
		expect(values(read('a.mdx', `${frontmatter}## Why *it* matters  \n\n### Not this\n`).h2)).toEqual([
			'Why it matters',
		]);
	});
});

describe('Markdown pages (.md)', () => {
	test('raw HTML is left out of a block’s prose', () => {
		const [block] = read('a.md', `${frontmatter}A <b>bold</b> word and [a page](/x/).\n`).blocks;
		expect(block!.value).toMatchObject({
			text: 'A <b>bold</b> word and a page.',
			prose: 'A bold word and  .',
			pageLinks: 1,
		});
	});

	test('raw HTML is parsed as a browser parses it: its elements, ids and links', () => {
		const page = read('a.md', `${frontmatter}Text.\n\n<div id="top"><a href="/x/" onclick="go()">x</a></div>\n`);
		expect(values(page.elements).map(({ name, attributes, raw }) => [name, attributes, raw])).toEqual([
			['div', ['id'], true],
			['a', ['href', 'onclick'], true],
		]);
		expect(page.anchors).toEqual(['top']);
		expect(located(page.links)).toEqual([['/x/', '8:1']]);
	});

	test('braces and comments are text, not code', () => {
		const page = read('a.md', `${frontmatter}Costs {fell} <!-- a note -->.\n`);
		expect(page.mdxSyntax).toBeUndefined();
		expect(page.expressions).toEqual([]);
	});
});

describe('a body that does not parse', () => {
	test('the parser’s message, without its rule name or repeated place, at its place', () => {
		const page = read('a.mdx', `${frontmatter}\nCosts fell {by half.\n`);
		expect(page.mdxSyntax!.position).toEqual({ line: 7, column: 12 });
		expect(page.mdxSyntax!.message).not.toMatch(/\([a-z-]+:[a-z-]+\)$|\(\d+:\d+\)$/);
		expect(page.mdxSyntax!.message.length).toBeGreaterThan(0);
		expect(page.blocks).toEqual([]);
		expect(page.frontmatter).toMatchObject({ title: 'A page' });
	});

	test('each message as an editor reads it, at its line, however far down the page', () => {
		const syntax = (body: string) => read('a.mdx', `${frontmatter}${body}`).mdxSyntax;
		expect(syntax('\nCosts fell {by half.\n')).toEqual({
			message: 'Unexpected end of file in expression, expected a corresponding closing brace for `{`',
			position: { line: 7, column: 12 },
		});
		expect(syntax('<div>\n\nText.\n')).toEqual({
			message: 'Expected a closing tag for `<div>`',
			position: { line: 6, column: 1 },
		});
		expect(syntax('a <b> c </i>\n')).toEqual({
			message: 'Unexpected closing tag `</i>`, expected corresponding closing tag for `<b>`',
			position: { line: 6, column: 9 },
		});
		expect(syntax(`${'\n'.repeat(20)}<x y="1" y=2 />\n`)).toEqual({
			message:
				'Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`)',
			position: { line: 26, column: 1 },
		});
	});
});
