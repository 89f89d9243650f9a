// What an editor reads when the check refuses what a page supplies (rules `unsafe-content` and `mdx-code`), what it
// states (`untraced-statement`, `unknown-citation`) or where it links (`broken-link`, `broken-anchor`): each problem
// at its place, with its whole message and the hint that says what to do instead, written out by hand. The
// bad-content catalogue pins where problems are; this file pins what they say.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { glossaryStatements } from '../../src/check/rules/untraced-statement.ts';
import { loadHandbook } from '../../src/model/load.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { mutatedFixture, replaceOnce, validFixture } from '../helpers/fixtures.ts';

/** A guide page (not a reader page, so nothing on it must cite): its body starts on line 7. */
const guide = (body: string) =>
	`---\ntitle: A planted page\ndescription: A page planted by a test, with enough words.\ntype: guide\n---\n\n${body}\n`;

const problemsIn = (files: Record<string, (text: string) => string>) =>
	validateContent(mutatedFixture(files)).problems.map(({ file, line, column, rule, message, hint }) => ({
		at: `${file}:${line}:${column}`,
		rule,
		message,
		hint,
	}));

const scriptHint =
	'Nothing in the content may run as script, insert HTML or restyle the site. Link to the page or media instead, or ask a developer for a component that shows it safely.';
const imageHint =
	"Images from other sites tell them who reads the page, and the site's security policy blocks them: save the image in `public/images/` and link to `/images/...`.";
const linkHint =
	'Write the link in Markdown, `[text](https://...)`: the site adds `rel="noopener noreferrer"` to links to other sites.';
const codeHint =
	'MDX imports and exports run as code when the site is built. Import only components from `~/components/` or `@astrojs/starlight/components`, and export nothing.';
const expressionHint =
	'Write text as text; to show a literal brace, escape it as `\\{`. Component properties take plain values: `domain="develop-coalitions"`.';

describe('what a page may not supply, in the words the editor reads', () => {
	test('an MDX page: code, components, script, images and links from elsewhere', () => {
		const body = [
			"import fs from 'node:fs';",
			"import { Aside } from '@astrojs/starlight/components';",
			'',
			'export const year = 2026;',
			'',
			'<Widget />',
			'',
			'<Aside onClick={go} set:html={x}>Note</Aside>',
			'',
			'<img src="https://example.org/x.png" alt="A logo" />',
			'',
			'![A logo](https://example.org/logo.png) ![A dot](data:image/gif;base64,R0lGODlhAQABAAAAACw=)',
			'',
			'[Files](ftp://example.org/f) and [run](javascript:alert(1)) and [a dot](data:image/gif;base64,R0lGODlhAQABAAAAACw=).',
			'',
			'Two and two make {2 + 2}; a long one is {partners.filter((p) => p.active).map((p) => p.name)}.',
			'',
			'A title {"in quotes"}, a number {42}, a negative one {-3.5} and a comment {/* note */}.',
		].join('\n');
		const file = 'content/docs/guide/safety.mdx';
		expect(problemsIn({ 'docs/guide/safety.mdx': () => guide(body) })).toEqual([
			{ at: `${file}:7:1`, rule: 'mdx-code', message: 'the page imports `node:fs`', hint: codeHint },
			{ at: `${file}:10:1`, rule: 'mdx-code', message: 'the page exports code', hint: codeHint },
			{
				at: `${file}:12:1`,
				rule: 'mdx-code',
				message: 'the component `<Widget>` is used but never imported',
				hint: "Add an import at the top of the page, such as `import Widget from '~/components/Widget.astro';` (the authoring guide lists the components).",
			},
			// A component's properties are not HTML attributes: only those that run script or insert HTML are refused,
			// both in one problem at the component.
			{
				at: `${file}:14:1`,
				rule: 'unsafe-content',
				message:
					'the `onClick` attribute of `<Aside>` would run script; the `set:html` attribute of `<Aside>` would insert unchecked HTML',
				hint: scriptHint,
			},
			// The image element is reported once, as an element, not again as an image.
			{
				at: `${file}:16:1`,
				rule: 'unsafe-content',
				message: 'the image `https://example.org/x.png` is on another site',
				hint: imageHint,
			},
			// A Markdown image from another site; an image of inline data is only a picture, accepted.
			{
				at: `${file}:18:1`,
				rule: 'unsafe-content',
				message: 'the image `https://example.org/logo.png` is on another site',
				hint: imageHint,
			},
			{
				at: `${file}:20:1`,
				rule: 'unsafe-content',
				message: '`ftp:` addresses are not ones a page may link to (only http:, https:, mailto:, tel:)',
				hint: 'Link to a page of the handbook, or to an address that starts with `http:`, `https:`, `mailto:`, `tel:`.',
			},
			{
				at: `${file}:20:34`,
				rule: 'unsafe-content',
				message: "`javascript:` addresses run script or embedded content in the reader's browser",
				hint: scriptHint,
			},
			// A link to the same inline data opens it as a document.
			{
				at: `${file}:20:65`,
				rule: 'unsafe-content',
				message: "`data:` addresses run script or embedded content in the reader's browser",
				hint: scriptHint,
			},
			{ at: `${file}:22:18`, rule: 'mdx-code', message: 'the expression `{2 + 2}` is code', hint: expressionHint },
			// A long expression is cut, and says so.
			{
				at: `${file}:22:41`,
				rule: 'mdx-code',
				message: 'the expression `{partners.filter((p) => p.active).map(...}` is code',
				hint: expressionHint,
			},
		]);
	});

	test("what a page may use: the handbook's and Starlight's components, named as imported, and plain values", () => {
		const body = [
			// Spaces as an editor may type them, with or without the semicolon.
			"import  CapabilityTable  from  '~/components/CapabilityTable.astro'",
			"import { Aside  as  Note, LinkButton, Card } from '@astrojs/starlight/components'; // the callouts",
			"import * as Starlight from '@astrojs/starlight/components' ; /* all of them */",
			'',
			'<CapabilityTable domain="develop-coalitions" />',
			'',
			'<Note>Text.</Note> <Starlight.Badge text="New" />',
			'',
			'<LinkButton href="/cases/example/" icon="right-arrow" iconPlacement="end">The case</LinkButton>',
			'',
			'A { 42 }, a {3.25}, a { "spaced" } and a {/* long',
			'comment */}.',
			'',
			'![A dot](data:image/gif;base64,R0lGODlhAQABAAAAACw=)',
		].join('\n');
		expect(problemsIn({ 'docs/guide/components.mdx': () => guide(body) })).toEqual([]);
	});

	test('what a component, an element or an image may not carry', () => {
		const body = [
			"import { Card } from '@astrojs/starlight/components';",
			'',
			'<Card title="One" style="color: red" srcdoc="<b>x</b>" dangerouslySetInnerHTML={x} />',
			'',
			'<abbr title={name}>LEADS</abbr>',
			'',
			'<foreignObject>x</foreignObject>',
			'',
			'![A picture](javascript:alert(1))',
		].join('\n');
		const file = 'content/docs/guide/carry.mdx';
		expect(problemsIn({ 'docs/guide/carry.mdx': () => guide(body) })).toEqual([
			{
				at: `${file}:9:1`,
				rule: 'unsafe-content',
				message:
					'the `style` attribute of `<Card>` would restyle the page; the `srcdoc` attribute of `<Card>` would insert unchecked HTML; the `dangerouslySetInnerHTML` attribute of `<Card>` would insert unchecked HTML',
				hint: scriptHint,
			},
			// A computed value of an attribute that runs nothing is still code.
			{ at: `${file}:11:1`, rule: 'mdx-code', message: 'the expression `{name}` is code', hint: expressionHint },
			// An SVG element with a capital inside its name is an element, not a component.
			{
				at: `${file}:13:1`,
				rule: 'unsafe-content',
				message: 'a `<foreignObject>` element would run, embed or restyle content',
				hint: scriptHint,
			},
			{
				at: `${file}:15:1`,
				rule: 'unsafe-content',
				message: "`javascript:` addresses run script or embedded content in the reader's browser",
				hint: scriptHint,
			},
		]);
	});

	test('a Markdown page: raw HTML as a browser reads it', () => {
		const body = [
			'<a href="https://example.org/">A site</a> and <a href="https://example.org/" rel="noopener noreferrer">the same, safely</a>.',
			'',
			'<img src="https://example.org/a.png" alt="x"> <b onclick="go()">bold</b>',
			'',
			'<a href="https://example.org/" onclick="go()">both</a>',
			'',
			'<img src="https://example.org/a.png" onerror="go()" alt="x">',
		].join('\n');
		const file = 'content/docs/guide/raw.md';
		expect(problemsIn({ 'docs/guide/raw.md': () => guide(body) })).toEqual([
			// Only a missing `rel`: the hint is to write the link in Markdown.
			{
				at: `${file}:7:1`,
				rule: 'unsafe-content',
				message: 'a raw `<a>` to another site has no `rel="noopener noreferrer"`',
				hint: linkHint,
			},
			{
				at: `${file}:9:1`,
				rule: 'unsafe-content',
				message: 'the image `https://example.org/a.png` is on another site',
				hint: imageHint,
			},
			{
				at: `${file}:9:47`,
				rule: 'unsafe-content',
				message: 'the `onclick` attribute of `<b>` is not one content may set',
				hint: scriptHint,
			},
			// A missing `rel` beside script: the hint of each, script first.
			{
				at: `${file}:11:1`,
				rule: 'unsafe-content',
				message:
					'the `onclick` attribute of `<a>` is not one content may set; a raw `<a>` to another site has no `rel="noopener noreferrer"`',
				hint: `${scriptHint} ${linkHint}`,
			},
			// An image from another site that would also run script: both hints, the image's first.
			{
				at: `${file}:13:1`,
				rule: 'unsafe-content',
				message:
					'the image `https://example.org/a.png` is on another site; the `onerror` attribute of `<img>` is not one content may set',
				hint: `${imageHint} ${scriptHint}`,
			},
		]);
	});
});

describe('where a page is published and what its frontmatter lacks, in the words the editor reads', () => {
	const guide =
		(fields = '') =>
		() =>
			`---\ntitle: A planted page\ndescription: A page planted by a test, with enough words.\ntype: guide\n${fields}---\n\nText.\n`;
	const renameHint = (to: string) =>
		`Rename it to \`${to}\` (lowercase words joined by hyphens), and link to the address that gives.`;

	test('a file or folder name that is not kebab-case, with the name to use; a slug; a file the site does not build', () => {
		const problems = problemsIn({
			'docs/practices/Power Dynamics.mdx': guide(),
			'docs/_drafts/idea.mdx': guide(),
			'docs/cases/Café_Notes.v2.mdx': guide(),
			'docs/cases/--odd--.md': guide(),
			'docs/cases/!!!.mdx': guide(),
			'docs/cases/slugged.mdx': guide('slug: //Cases/My Case//\n'),
			'docs/cases/asked.mdx': guide("slug: 'cases/what?now'\n"),
			'docs/cases/Guide.MDX': guide(),
		});
		expect(problems.map(({ at, rule, message, hint }) => ({ at, rule, message, hint }))).toEqual([
			{
				at: 'content/docs/_drafts/idea.mdx:1:1',
				rule: 'page-address',
				message:
					'a folder whose name starts with `_` is published all the same (at /_drafts/idea/); only a file name starting with `_` makes a draft',
				hint: renameHint('drafts/idea.mdx'),
			},
			{
				at: 'content/docs/cases/--odd--.md:1:1',
				rule: 'page-address',
				message: 'the file name is not lowercase kebab-case, so the site publishes the page at /cases/--odd--/',
				hint: renameHint('cases/odd.md'),
			},
			// A name of no letters at all: the name to use is a placeholder, since nothing of it can be kept.
			{
				at: 'content/docs/cases/!!!.mdx:1:1',
				rule: 'page-address',
				message: 'the file name is not lowercase kebab-case, so the site publishes the page at /cases/',
				hint: renameHint('cases/page.mdx'),
			},
			// Published at /cases/what%3Fnow/, while the sidebar links to /cases/what?now/.
			{
				at: 'content/docs/cases/asked.mdx:5:7',
				rule: 'page-address',
				message:
					'the `slug:` `cases/what?now` has `?`, which an address cannot hold as written: links to the page, its sidebar entry among them, would not reach it',
				hint: 'Write it as `slug: cases/whatnow`, or remove it to use the file name.',
			},
			{
				at: 'content/docs/cases/Café_Notes.v2.mdx:1:1',
				rule: 'page-address',
				message: 'the file name is not lowercase kebab-case, so the site publishes the page at /cases/café_notesv2/',
				hint: renameHint('cases/cafe-notes-v2.mdx'),
			},
			{
				at: 'content/docs/cases/Guide.MDX:1:1',
				rule: 'page-address',
				message: 'the site builds only files ending in `.mdx` or `.md` (lowercase), so `Guide.MDX` is not published',
				hint: 'Rename it to `guide.mdx`.',
			},
			{
				at: 'content/docs/cases/slugged.mdx:5:7',
				rule: 'page-address',
				message:
					'the `slug:` `//Cases/My Case//` is not lowercase kebab-case; the site publishes the page at /Cases/My Case/ as written',
				hint: 'Write it as `slug: cases/my-case`, or remove it to use the file name.',
			},
			{
				at: 'content/docs/practices/Power Dynamics.mdx:1:1',
				rule: 'page-address',
				message:
					'the file name is not lowercase kebab-case, so the site publishes the page at /practices/power-dynamics/',
				hint: renameHint('practices/power-dynamics.mdx'),
			},
		]);
	});

	test('a name Astro cannot take (`?`, `#`, `%`, or `\\` outside Windows) is reported once, with what the build would do', () => {
		const names = {
			'docs/cases/What now?.mdx': 'leaves the page out of the site (it takes the name to end before the `?`)',
			'docs/cases/step#2.mdx': 'leaves the page out of the site (it takes the name to end before the `#`)',
			'docs/cases/100%/plan.mdx': 'stops (it takes `%` for the start of an escaped character)',
			...(path.sep === '/'
				? { 'docs/cases/notes\\draft.mdx': 'stops (it takes `\\` for a folder separator when it loads the page)' }
				: {}),
		};
		const renamed: Record<string, string> = {
			'docs/cases/What now?.mdx': 'cases/what-now.mdx',
			'docs/cases/step#2.mdx': 'cases/step2.mdx',
			'docs/cases/100%/plan.mdx': 'cases/100/plan.mdx',
			'docs/cases/notes\\draft.mdx': 'cases/notesdraft.mdx',
		};
		const byPlace = (a: { at: string }, b: { at: string }) => a.at.localeCompare(b.at);
		const problems = problemsIn(Object.fromEntries(Object.keys(names).map((name) => [name, guide()])));
		expect(problems.sort(byPlace)).toEqual(
			Object.entries(names)
				.map(([name, consequence]) => ({
					at: `content/${name}:1:1`,
					rule: 'unreadable-file',
					message: `the file's path has \`${/[?#%\\]/.exec(name)![0]}\`, which Astro cannot take in a page's name: its build ${consequence}`,
					hint: renameHint(renamed[name]!),
				}))
				.sort(byPlace),
		);
	});

	test('two reader pages at one address are one problem, not also a clash of their short links', () => {
		const example = fs.readFileSync(path.resolve('test/fixtures/valid/docs/cases/example.mdx'), 'utf8');
		expect(problemsIn({ 'docs/cases/example/index.mdx': () => example })).toEqual([
			{
				at: 'content/docs/cases/example/index.mdx:1:1',
				rule: 'duplicate-page',
				message:
					'content/docs/cases/example.mdx is already published at /cases/example/; the build would keep only one of the two',
				hint: 'Merge the two files, or rename one.',
			},
		]);
	});

	test('`draft: true` is refused, with the handbook’s way to keep a draft; `draft: false` is a page like any other', () => {
		expect(
			problemsIn({
				'docs/guide/draft.mdx': guide('draft: true\n'),
				'docs/guide/published.mdx': guide('draft: false\n'),
			}),
		).toEqual([
			{
				at: 'content/docs/guide/draft.mdx:5:8',
				rule: 'frontmatter-field',
				message:
					'`draft` must be `false` or left out: the build would leave the page out while its sidebar entry, short link and the links to it stayed',
				hint: 'To keep a page out of the site while it is written, start its file name with `_` (`_trust.mdx`): neither the check nor the build reads it. Or remove `draft:`.',
			},
		]);
	});

	test('a capability or a source listed twice is reported at its second place (the site would show it twice)', () => {
		expect(
			problemsIn({
				'docs/cases/example.mdx': (text) =>
					text
						.replace('capabilities: [build-partnerships]', 'capabilities: [build-partnerships, build-partnerships]')
						.replace('sources: [vaidya-2017-building]', 'sources: [vaidya-2017-building, vaidya-2017-building]'),
			}),
		).toEqual([
			{
				at: 'content/docs/cases/example.mdx:5:36',
				rule: 'frontmatter-field',
				message: '`capabilities.1`: `build-partnerships` is already in the list; list it once',
				hint: 'Remove the second one: the site would show it twice.',
			},
			{
				at: 'content/docs/cases/example.mdx:6:33',
				rule: 'frontmatter-field',
				message: '`sources.1`: `vaidya-2017-building` is already in the list; list it once',
				hint: 'Remove the second one: the site would show it twice.',
			},
		]);
	});

	test("a glossary term's related term or a question's capability listed twice is reported at its second place", () => {
		expect(
			problemsIn({
				'glossary/terms.yaml': replaceOnce('  related: [coalition]', '  related: [coalition, coalition]'),
				'reflection/questions.yaml': replaceOnce(
					'  capabilities: [build-partnerships]',
					'  capabilities: [build-partnerships, build-partnerships]',
				),
			}),
		).toEqual([
			{
				at: 'content/glossary/terms.yaml:9:24',
				rule: 'data-field',
				message: '`related.1` of entry `collaborative-advantage`: `coalition` is already in the list; list it once',
				hint: 'Remove the second one: the site would show it twice.',
			},
			{
				at: 'content/reflection/questions.yaml:3:38',
				rule: 'data-field',
				message: '`capabilities.1` of entry `key-partners`: `build-partnerships` is already in the list; list it once',
				hint: 'Remove the second one: the site would show it twice.',
			},
		]);
	});

	test('missing fields are one problem, named in a list', () => {
		expect(
			problemsIn({
				'docs/guide/missing.mdx': () => '---\ntype: guide\n---\n\nText.\n',
				'docs/guide/empty.mdx': () => '---\n---\n\nText.\n',
			}),
		).toEqual([
			{
				at: 'content/docs/guide/empty.mdx:2:1',
				rule: 'frontmatter-field',
				message: 'the `description`, `type` and `title` fields are missing',
				hint: 'Add `description:`, `type:` and `title:` to the frontmatter (see the authoring guide for each field).',
			},
			{
				at: 'content/docs/guide/missing.mdx:2:1',
				rule: 'frontmatter-field',
				message: 'the `description` and `title` fields are missing',
				hint: 'Add `description:` and `title:` to the frontmatter (see the authoring guide for each field).',
			},
		]);
		expect(
			problemsIn({
				'docs/guide/untitled.mdx': () =>
					'---\ntype: guide\ndescription: A page with enough words in it.\n---\n\nText.\n',
			}),
		).toEqual([
			{
				at: 'content/docs/guide/untitled.mdx:2:1',
				rule: 'frontmatter-field',
				message: 'the `title` field is missing',
				hint: 'Add `title:` to the frontmatter (see the authoring guide for each field).',
			},
		]);
	});
});

describe("what a page's head and banner may hold, in the words the editor reads", () => {
	/** A guide page with these frontmatter fields, from line 5. */
	const withFields = (fields: string) => () =>
		`---\ntitle: A planted page\ndescription: A page planted by a test, with enough words.\ntype: guide\n${fields}\n---\n\nText.\n`;
	const headHint =
		'Only `tag: meta` with `attrs: { name (author, keywords, robots) or property, content }` is allowed; scripts, styles, links and other meta tags belong in reviewed components.';
	const bannerHint =
		'Write the banner as text, with at most plain links: `See <a href="/how-to-use/">how to use the handbook</a>.`';

	test('descriptive meta tags only, each entry numbered as the editor counts them', () => {
		const head = [
			'head:',
			'  - tag: script',
			'    content: alert(1)',
			'  - tag: meta',
			'    attrs: { name: Author, content: A. Editor }',
			'  - tag: meta',
			'    attrs: { http-equiv: refresh, content: "0;url=https://example.org/" }',
			'  - tag: meta',
			'    attrs: { name: referrer, content: no-referrer }',
			'  - tag: meta',
			'    attrs: { property: "og:title", content: Trust }',
			'  - tag: meta',
			"    attrs: { 'x><script>alert(1)</script': y }",
			'  - tag: meta',
			'    attrs: { content: A page about trust }',
		].join('\n');
		const problems = problemsIn({ 'docs/guide/head.mdx': withFields(head) });
		expect(problems.map(({ at, rule, message }) => `${at} ${rule} ${message}`)).toEqual([
			'content/docs/guide/head.mdx:6:5 head-and-banner `head` entry 1 adds a `<script>`',
			'content/docs/guide/head.mdx:10:5 head-and-banner `head` entry 3 sets `http-equiv`',
			'content/docs/guide/head.mdx:12:5 head-and-banner `head` entry 4 is a `referrer` meta tag',
			// An attribute name that would close the tag and open another, as a browser would read it.
			'content/docs/guide/head.mdx:16:5 head-and-banner `head` entry 6 is not one `<meta>` tag',
		]);
		expect(new Set(problems.map((p) => p.hint))).toEqual(new Set([headHint]));
		// An entry that is not a map is Starlight's schema's to refuse, once.
		expect(
			problemsIn({ 'docs/guide/head.mdx': withFields('head:\n  - script') }).map(({ at, rule }) => `${at} ${rule}`),
		).toEqual(['content/docs/guide/head.mdx:6:5 frontmatter-field']);
		// So is a meta tag with content, which Starlight's own message explains; a bad attribute beside it is still ours.
		expect(
			problemsIn({
				'docs/guide/head.mdx': withFields(
					'head:\n  - tag: meta\n    attrs: { name: robots, content: noindex }\n    content: hello\n  - tag: meta\n    attrs: { http-equiv: refresh }\n    content: hello',
				),
			}).map(({ at, rule, message }) => `${at} ${rule} ${message.split('\n')[0]}`),
		).toEqual([
			'content/docs/guide/head.mdx:6:5 frontmatter-field `head.0`: The `head` configuration includes a `meta` tag with `content` which is invalid HTML.',
			'content/docs/guide/head.mdx:9:5 frontmatter-field `head.1`: The `head` configuration includes a `meta` tag with `content` which is invalid HTML.',
			'content/docs/guide/head.mdx:9:5 head-and-banner `head` entry 2 sets `http-equiv`',
		]);
	});

	test('a banner of text and plain links to pages, sites, mail or phone; nothing else, as a browser reads it', () => {
		const banners = [
			'See <a href="/how-to-use/">how to use it</a>, <a href="https://example.org/">a site</a> or <a href="mailto:office@example.org">write</a>.',
			'A <b>bold</b> banner.',
			'See <a href="/x/" onclick="go()">this</a>.',
			'See <a href="javascript:alert(1)">this</a>.',
			'A &#106;avascript banner.',
			'A <!-- hidden --> banner.',
			'<svg><a href="/x/">x</a></svg>',
		];
		const files = Object.fromEntries(
			banners.map((banner, i) => [
				`docs/guide/banner-${i}.mdx`,
				withFields(`banner:\n  content: '${banner.replace(/'/g, "''")}'`),
			]),
		);
		const problems = problemsIn(files);
		expect(problems.map(({ at, message }) => `${at} ${message}`)).toEqual([
			'content/docs/guide/banner-1.mdx:6:12 `<b>` is not allowed in a banner',
			'content/docs/guide/banner-2.mdx:6:12 the `onclick` attribute is not allowed in a banner',
			'content/docs/guide/banner-3.mdx:6:12 the banner links to an unsafe address',
			'content/docs/guide/banner-4.mdx:6:12 character references and comments are not allowed in a banner',
			'content/docs/guide/banner-5.mdx:6:12 character references and comments are not allowed in a banner',
			'content/docs/guide/banner-6.mdx:6:12 `<svg>` is not allowed in a banner',
		]);
		expect(new Set(problems.map((p) => `${p.rule} ${p.hint}`))).toEqual(new Set([`head-and-banner ${bannerHint}`]));
	});
});

describe('what a reader page states, in the words the editor reads', () => {
	const casePage = 'docs/cases/example.mdx';
	const file = `content/${casePage}`;

	test('a statement with no source is quoted, cut at sixty characters and on one line', () => {
		const long =
			'Partners who meet often\ncome to trust each other, and trust lets them share data, staff and money over the years.';
		expect(
			problemsIn({ [casePage]: replaceOnce('A province [@vaidya-2017-building].', long) }).map(({ at, message }) => ({
				at,
				message,
			})),
		).toEqual([
			{
				at: `${file}:13:1`,
				message:
					'this paragraph states something but names no source: "Partners who meet often come to trust each other, and tru..."',
			},
		]);
		expect(
			problemsIn({ [casePage]: replaceOnce('A province [@vaidya-2017-building].', 'A province, in short.') }),
		).toEqual([
			{
				at: `${file}:13:1`,
				rule: 'untraced-statement',
				message: 'this paragraph states something but names no source: "A province, in short."',
				hint: 'Cite the source it comes from with `[@key]` (or `[@key, sec. Name]`), or, when the block is the handbook\'s own connection, say so: the phrase "the handbook\'s reading" in the block, or in the lead-in paragraph of its list, marks it.',
			},
		]);
	});

	test('a citation or a listed source that is not in the bibliography, with the key it was probably meant to be', () => {
		const problems = problemsIn({
			[casePage]: (text) =>
				text
					.replace('A province [@vaidya-2017-building].', 'A province [@vaidya-2017-buildng].')
					.replace('sources: [vaidya-2017-building]', 'sources: [vaidya-2017-building, kanter-1994]'),
		});
		expect(problems).toEqual([
			{
				at: `${file}:6:33`,
				rule: 'unknown-citation',
				message: 'source `kanter-1994` is not in the bibliography',
				hint: 'Use the key of an entry in content/bibliography/references.json.',
			},
			{
				at: `${file}:13:13`,
				rule: 'unknown-citation',
				message: '`@vaidya-2017-buildng` is not in the bibliography',
				hint: 'Did you mean `vaidya-2017-building`? Add the work to content/bibliography/references.json, or fix the key.',
			},
		]);
	});
});

describe('what the data files cite, in the words the editor reads', () => {
	test("a glossary term's citation that is not in the bibliography, with the key it was probably meant to be", () => {
		expect(
			problemsIn({
				'glossary/terms.yaml': replaceOnce('cite: [vaidya-2017-building]', 'cite: [vaidya-2017-buildin]'),
			}),
		).toEqual([
			{
				at: 'content/glossary/terms.yaml:4:10',
				rule: 'unknown-citation',
				message: '`vaidya-2017-buildin` is not in the bibliography',
				hint: 'Did you mean `vaidya-2017-building`? Add the work to content/bibliography/references.json first.',
			},
		]);
	});
});

describe('what a page is tagged with and drawn from, in the words the editor reads', () => {
	const casePage = 'docs/cases/example.mdx';
	const file = `content/${casePage}`;

	test('an empty or missing list of capabilities or sources, and a capability that is not in LEADS', () => {
		expect(
			problemsIn({
				[casePage]: (text) =>
					text
						.replace('capabilities: [build-partnerships]', 'capabilities: []')
						.replace('sources: [vaidya-2017-building]\n', ''),
			}),
		).toEqual([
			{
				at: `${file}:4:7`,
				rule: 'missing-sources',
				message: 'a `case-study` page must list the source documents it draws on',
				hint: 'Add `sources: [...]` with the bibliography keys of the documents this page is written from.',
			},
			{
				at: `${file}:5:15`,
				rule: 'missing-capabilities',
				message: 'a `case-study` page must list the capabilities it serves',
				hint: 'Add `capabilities: [...]` with one or more ids from content/taxonomy/leads.yaml.',
			},
		]);
		const problems = problemsIn({
			[casePage]: (text) =>
				text
					.replace('capabilities: [build-partnerships]', 'capabilities: [build-partnership]')
					.replace('sources: [vaidya-2017-building]', 'sources: []'),
		});
		expect(problems.map(({ at, rule, message }) => ({ at, rule, message }))).toEqual([
			{ at: `${file}:5:16`, rule: 'unknown-capability', message: '`build-partnership` is not a LEADS capability id' },
			{
				at: `${file}:6:10`,
				rule: 'missing-sources',
				message: 'a `case-study` page must list the source documents it draws on',
			},
		]);
	});
});

describe('glossary terms, in the words the editor reads', () => {
	test('a link to a term that is not in the glossary, and a related term that is not either', () => {
		const problems = problemsIn({
			'docs/leads/develop-coalitions/mobilize-knowledge.mdx': replaceOnce(
				'(glossary:collaborative-advantage)',
				'(glossary:colaborative-advantage)',
			),
			'glossary/terms.yaml': replaceOnce('  related: [coalition]', '  related: [coalitoin]'),
		});
		expect(problems).toEqual([
			{
				at: 'content/docs/leads/develop-coalitions/mobilize-knowledge.mdx:13:34',
				rule: 'unknown-term',
				message: '`colaborative-advantage` is not a glossary term',
				hint: 'Did you mean `collaborative-advantage`? Term ids are listed in content/glossary/terms.yaml.',
			},
			{
				at: 'content/glossary/terms.yaml:9:13',
				rule: 'unknown-term',
				message: 'related term `coalitoin` is not in the glossary',
				hint: 'Did you mean `coalition`? Use the id of another term in this file.',
			},
		]);
	});
});

describe('where a page links, in the words the editor reads', () => {
	const capabilityPage = 'docs/leads/develop-coalitions/mobilize-knowledge.mdx';
	const file = `content/${capabilityPage}`;
	const pathHint =
		'Link to a page by its path from the site root, with a trailing slash, for example `/coalitions/trust/`.';
	const anchorHint = 'An anchor is the heading text in lowercase with hyphens for spaces.';
	/** The capability page with lines added at its end, from line 16. */
	const withLines = (...lines: string[]) =>
		problemsIn({ [capabilityPage]: (text) => `${text}${lines.join('\n\n')}\n` });

	test('a link to no page, to a renamed page, with no address or a broken escape', () => {
		expect(
			withLines(
				'[Trust](/cases/exampel/) [@leadersforlife-2010-develop].',
				'[The old case](/cases/old-example/) [@leadersforlife-2010-develop].',
				'[Read more]() [@leadersforlife-2010-develop].',
				'[Odd](/cases/100%-sure/) [@leadersforlife-2010-develop].',
				'[Nowhere near](/zzz/qqq/) [@leadersforlife-2010-develop].',
			),
		).toEqual([
			{
				at: `${file}:16:1`,
				rule: 'broken-link',
				message: '`/cases/exampel/` points at no page',
				hint: `Did you mean \`/cases/example/\`? ${pathHint}`,
			},
			{
				at: `${file}:18:1`,
				rule: 'broken-link',
				message: '`/cases/old-example/` is the old address of a renamed page',
				hint: 'Link to the page where it is now, /cases/example/: the old address only redirects there.',
			},
			{
				at: `${file}:20:1`,
				rule: 'broken-link',
				message: 'the link has no address',
				hint: 'Write the address between the parentheses: `[text](/path/)`.',
			},
			{
				at: `${file}:22:1`,
				rule: 'broken-link',
				message: '`/cases/100%-sure/` has a malformed %-escape',
				hint: 'Write the address as plain text, or escape `%` as `%25`.',
			},
			// Nothing near enough to suggest: the hint alone.
			{ at: `${file}:24:1`, rule: 'broken-link', message: '`/zzz/qqq/` points at no page', hint: pathHint },
		]);
	});

	test("a link to the file the build writes for a page (`index.html`, `.html`) or to its source (`.mdx`) names the page's address", () => {
		const hint = (address: string) =>
			`Link to \`${address}\`, the page's address: the sidebar, search and short links use it, and it works wherever the site is hosted.`;
		expect(
			withLines(
				'[The case](/cases/example/index.html) [@leadersforlife-2010-develop].',
				'[The case](/cases/example.html#context) [@leadersforlife-2010-develop].',
				'[Home](/index.html) [@leadersforlife-2010-develop].',
				'[No such case](/cases/nothing/index.html) [@leadersforlife-2010-develop].',
				'[The source](../../../cases/example.mdx) [@leadersforlife-2010-develop].',
			),
		).toEqual([
			{
				at: `${file}:16:1`,
				rule: 'broken-link',
				message: "`/cases/example/index.html` names the file of a page, not the page's address",
				hint: hint('/cases/example/'),
			},
			{
				at: `${file}:18:1`,
				rule: 'broken-link',
				message: "`/cases/example.html#context` names the file of a page, not the page's address",
				hint: hint('/cases/example/#context'),
			},
			{
				at: `${file}:20:1`,
				rule: 'broken-link',
				message: "`/index.html` names the file of a page, not the page's address",
				hint: hint('/'),
			},
			{
				at: `${file}:22:1`,
				rule: 'broken-link',
				message: '`/cases/nothing/index.html` points at no page',
				hint: pathHint,
			},
			{
				at: `${file}:24:1`,
				rule: 'broken-link',
				message: "`../../../cases/example.mdx` names the file of a page, not the page's address",
				hint: hint('/cases/example/'),
			},
		]);
	});

	test("an element's id that the page already holds: a part the site adds, a heading's, another element's", () => {
		const hint = 'Give the element an id of its own, and link to that.';
		expect(
			withLines(
				'<span id="references">Our list</span> and <span id="what-the-research-says">again</span> [@leadersforlife-2010-develop].',
				'<span id="ours">Once</span> <span id="ours">twice</span> <span id="fine">fine</span> [@leadersforlife-2010-develop].',
			).filter((p) => p.rule === 'duplicate-id'),
		).toEqual([
			{
				at: `${file}:16:1`,
				rule: 'duplicate-id',
				message:
					'the id `references` is already the id of a part the site adds to every page, so the page would hold it twice and links to `#references` would reach only the first',
				hint,
			},
			{
				at: `${file}:16:43`,
				rule: 'duplicate-id',
				message:
					"the id `what-the-research-says` is already the heading's at line 11, so the page would hold it twice and links to `#what-the-research-says` would reach only the first",
				hint,
			},
			{
				at: `${file}:18:29`,
				rule: 'duplicate-id',
				message:
					"the id `ours` is already the element's at line 18, so the page would hold it twice and links to `#ours` would reach only the first",
				hint,
			},
		]);
	});

	test('an anchor that matches no heading, on another page or on its own, with the heading it was probably meant to be', () => {
		expect(
			withLines(
				'See [the context](/cases/example/#contxt) [@leadersforlife-2010-develop].',
				'See [above](#what-research-says) [@leadersforlife-2010-develop].',
				'See [nothing like it](/cases/example/#zzzzzzzz) [@leadersforlife-2010-develop].',
			),
		).toEqual([
			{
				at: `${file}:16:5`,
				rule: 'broken-anchor',
				message: '`#contxt` matches no heading on /cases/example/',
				hint: `Did you mean \`context\`? ${anchorHint}`,
			},
			{
				at: `${file}:18:5`,
				rule: 'broken-anchor',
				message: '`#what-research-says` matches no heading on /leads/develop-coalitions/mobilize-knowledge/',
				hint: `Did you mean \`what-the-research-says\`? ${anchorHint}`,
			},
			{
				at: `${file}:20:5`,
				rule: 'broken-anchor',
				message: '`#zzzzzzzz` matches no heading on /cases/example/',
				hint: anchorHint,
			},
		]);
	});

	test('the top of a page, and the query of a search link, are valid; a glossary link without a term says so', () => {
		expect(
			withLines(
				'Back [to the top](#_top), to [the case](/cases/example/#_top) or [a search](/search/?q=trust&type=practice) [@leadersforlife-2010-develop].',
				'See [the glossary](glossary:) [@leadersforlife-2010-develop].',
			),
		).toEqual([
			{
				at: `${file}:18:5`,
				rule: 'unknown-term',
				message: 'the glossary link `glossary:` names no term',
				hint: 'Term ids are listed in content/glossary/terms.yaml.',
			},
		]);
	});

	test("a glossary term's page, checked like a link from the glossary", () => {
		expect(
			problemsIn({
				'glossary/terms.yaml': replaceOnce(
					'  related: [coalition]',
					'  related: [coalition]\n  page: /cases/example/#lesons',
				),
			}).map(({ at, rule, message }) => ({ at, rule, message })),
		).toEqual([
			{
				at: 'content/glossary/terms.yaml:10:9',
				rule: 'broken-anchor',
				message: '`#lesons` matches no heading on /cases/example/',
			},
		]);
	});
});

describe('two things at one address, in the words the editor reads', () => {
	const example = fs.readFileSync(path.resolve('test/fixtures/valid/docs/cases/example.mdx'), 'utf8');
	/** A page of `type`, with `fields` added to its frontmatter. */
	const page =
		(type: string, fields = '') =>
		() =>
			`---\ntitle: A planted page\ndescription: A page planted by a test, with enough words.\ntype: ${type}\n${fields}---\n\nText.\n`;
	const only = (rule: string, files: Record<string, (text: string) => string>) =>
		problemsIn(files)
			.filter((p) => p.rule === rule)
			.map(({ at, message, hint }) => ({ at, message, hint }));
	const merge = 'Merge the two files, or rename one.';

	test('two files at one address: the plainest name is kept, the other is reported, naming it', () => {
		expect(
			only('duplicate-page', {
				// `.md` beside `.mdx`, and a folder's `index` beside both: the `.mdx` file is kept.
				'docs/cases/example.md': () => example,
				'docs/cases/example/index.mdx': () => example,
				// Without the `.mdx` file, the `.md` file is kept over the folder's `index`.
				'docs/lessons/a.md': page('guide'),
				'docs/lessons/a/index.mdx': page('guide'),
				// A name that is not kebab-case gives way even to a `slug:`; the `slug:` to a plain name.
				'docs/lessons/B.mdx': page('guide'),
				'docs/lessons/x.mdx': page('guide', 'slug: lessons/b\n'),
				'docs/lessons/c.mdx': page('guide'),
				'docs/lessons/y.mdx': page('guide', 'slug: lessons/c\n'),
			}),
		).toEqual([
			{
				at: 'content/docs/cases/example.md:1:1',
				message:
					'content/docs/cases/example.mdx is already published at /cases/example/; the build would keep only one of the two',
				hint: merge,
			},
			{
				at: 'content/docs/cases/example/index.mdx:1:1',
				message:
					'content/docs/cases/example.mdx is already published at /cases/example/; the build would keep only one of the two',
				hint: merge,
			},
			{
				at: 'content/docs/lessons/a/index.mdx:1:1',
				message:
					'content/docs/lessons/a.md is already published at /lessons/a/; the build would keep only one of the two',
				hint: merge,
			},
			{
				at: 'content/docs/lessons/B.mdx:1:1',
				message:
					'content/docs/lessons/x.mdx is already published at /lessons/b/; the build would keep only one of the two',
				hint: merge,
			},
			{
				at: 'content/docs/lessons/y.mdx:5:7',
				message:
					'content/docs/lessons/c.mdx is already published at /lessons/c/; the build would keep only one of the two',
				hint: 'Give this page another `slug:`, or remove the field.',
			},
		]);
	});

	test('one short link for two things: the one published first keeps it, the newer one is reported where its id is', () => {
		const shared =
			'Short ids are shared by reader pages, reflection questions and glossary terms: rename the newer one, never one already published.';
		expect(
			only('short-link-collision', {
				// A case study's short link was published before the glossary's: the term is the newer one.
				'docs/cases/coalition.mdx': () => example,
				// A lesson's short links come after the glossary's and before the reflection questions'.
				'docs/lessons/partners.mdx': page('lesson', 'shortId: key-partners\n'),
				'docs/lessons/advantage.mdx': page('lesson', 'shortId: collaborative-advantage\n'),
			}),
		).toEqual([
			{
				at: 'content/docs/lessons/advantage.mdx:5:10',
				message:
					'the short link /go/collaborative-advantage/ would lead both to the glossary term `collaborative-advantage` and to the page /lessons/advantage/',
				hint: 'Give this page its own short id in its frontmatter (for example `shortId: collaborative-advantage-lesson`); never change an id already published.',
			},
			{
				at: 'content/glossary/terms.yaml:1:7',
				message:
					'the short link /go/coalition/ would lead both to the page /cases/coalition/ and to the glossary term `coalition`',
				hint: shared,
			},
			{
				at: 'content/reflection/questions.yaml:1:7',
				message:
					'the short link /go/key-partners/ would lead both to the page /lessons/partners/ and to the reflection question `key-partners`',
				hint: shared,
			},
		]);
	});

	test('a page without `shortId` that takes a short link is reported at its first line', () => {
		expect(only('short-link-collision', { 'docs/lessons/coalition.mdx': page('lesson') })).toEqual([
			{
				at: 'content/docs/lessons/coalition.mdx:1:1',
				message:
					'the short link /go/coalition/ would lead both to the glossary term `coalition` and to the page /lessons/coalition/',
				hint: 'Give this page its own short id in its frontmatter (for example `shortId: coalition-lesson`); never change an id already published.',
			},
		]);
	});
});

describe('pinpoint citations, in the words the editor reads', () => {
	const structure = () =>
		[
			'- key: vaidya-2017-building',
			'  page: /cases/example/',
			'  parts:',
			'    - { id: "1", name: "Purpose" }',
			'    - { name: "Findings" }',
			'- key: rowley-2012-networks',
			'  page: /sources/none/',
			'  parts:',
			'    - { name: "Whole" }',
			'',
		].join('\n');
	const cite = (citations: string) => (text: string) => `${text}\nWe met ${citations}.\n`;

	test('a part the source does not have, a page or a source without a list of parts; a key cited twice, at each place', () => {
		const problems = problemsIn({
			'bibliography/structure.yaml': structure,
			'docs/cases/example.mdx': cite(
				'[@vaidya-2017-building, sec. 9] [@vaidya-2017-building, p. 4] [@kanter-1994-collaborative, sec. 2] [@vaidya-2017-building, sec. Findings] [@vaidya-2017-building, sec. 1]',
			),
		}).filter((p) => p.rule === 'unknown-locator');
		const parts =
			'Cite one of its parts as `sec. <number or title>`: `1 Purpose`, `Findings`. Or cite the source without a locator. (The parts are listed in content/bibliography/structure.yaml; if one was removed there by mistake, put it back.)';
		expect(problems).toEqual([
			{
				at: 'content/bibliography/structure.yaml:6:8',
				rule: 'unknown-locator',
				message: '`rowley-2012-networks` is not in the bibliography',
				hint: 'Use the key of an entry in content/bibliography/references.json.',
			},
			{
				at: 'content/bibliography/structure.yaml:7:9',
				rule: 'unknown-locator',
				message: 'no page has the address `/sources/none/`',
				hint: "Give the address of the handbook's page about this source, under /sources/.",
			},
			{
				at: 'content/docs/cases/example.mdx:47:9',
				rule: 'unknown-locator',
				message: '`@vaidya-2017-building` has no part "9"',
				hint: parts,
			},
			{
				at: 'content/docs/cases/example.mdx:47:41',
				rule: 'unknown-locator',
				message: '`@vaidya-2017-building` has no pages to cite; its parts are sections',
				hint: parts,
			},
			{
				at: 'content/docs/cases/example.mdx:47:71',
				rule: 'unknown-locator',
				message:
					'`@kanter-1994-collaborative` is cited at "2", but the handbook has no list of that source\'s parts to check it against',
				hint: 'Cite the source without a locator, or list its parts, as the source names them, in content/bibliography/structure.yaml.',
			},
		]);
	});

	test('a list of parts that does not load is reported once, where it is, not at every citation', () => {
		const rules = problemsIn({
			'bibliography/structure.yaml': () => '- key: [unclosed\n',
			'docs/cases/example.mdx': cite('[@vaidya-2017-building, sec. 9]'),
		}).map((p) => p.rule);
		expect(rules).toEqual(['data-syntax']);
	});

	test("one source's list of parts that is not valid is reported once, there; other sources' citations are still judged", () => {
		const problems = problemsIn({
			'bibliography/structure.yaml': () =>
				structure().replace('    - { name: "Findings" }', '    - { id: "2" }') +
				'- key: leadersforlife-2010-develop\n  page: /cases/example/\n  parts:\n    - { name: "Root" }\n',
			'docs/cases/example.mdx': cite(
				'[@vaidya-2017-building, sec. 9] [@vaidya-2017-building, sec. 1] [@leadersforlife-2010-develop, sec. Stem]',
			),
		});
		expect(problems.map((p) => `${p.at} ${p.rule} ${p.message}`)).toEqual([
			'content/bibliography/structure.yaml:5:7 data-field `parts.1.name` of entry 1 is missing',
			'content/bibliography/structure.yaml:6:8 unknown-locator `rowley-2012-networks` is not in the bibliography',
			'content/bibliography/structure.yaml:7:9 unknown-locator no page has the address `/sources/none/`',
			'content/docs/cases/example.mdx:47:73 unknown-locator `@leadersforlife-2010-develop` has no part "Stem"',
		]);
	});
});

describe('templates, images and frontmatter attributes, in the words the editor reads', () => {
	const casePage = 'docs/cases/example.mdx';
	const of = (rule: string, files: Record<string, (text: string) => string>) =>
		problemsIn(files)
			.filter((p) => p.rule === rule)
			.map(({ at, message, hint }) => ({ at, message, hint }));
	const templateHint =
		'Case study pages use these `##` headings, in order: Context / Who was involved / Purpose / What happened / What the research found / LEADS capabilities in action / Lessons / Questions for discussion / Sources.';

	test('a case study whose sections differ from the template: each at its heading, a missing one at the last heading', () => {
		expect(
			of('case-study-template', {
				[casePage]: (text) =>
					text.replace('## Purpose', '## Aim').replace(/\n## Questions for discussion[\s\S]*$/, '\n'),
			}),
		).toEqual([
			{
				at: 'content/docs/cases/example.mdx:19:1',
				message: 'section 3 is `## Aim` where the template has `## Purpose`',
				hint: templateHint,
			},
			{
				at: 'content/docs/cases/example.mdx:35:1',
				message: 'the case-study page has no `## Questions for discussion` section',
				hint: templateHint,
			},
			{
				at: 'content/docs/cases/example.mdx:35:1',
				message: 'the case-study page has no `## Sources` section',
				hint: templateHint,
			},
		]);
	});

	test('a case study with no sections at all is reported at its type', () => {
		const problems = of('case-study-template', { [casePage]: (text) => text.replace(/\n## [^\n]*/g, '\n') });
		expect(problems).toHaveLength(9);
		expect(new Set(problems.map((p) => p.at))).toEqual(new Set(['content/docs/cases/example.mdx:4:7']));
		expect(problems[0]!.message).toBe('the case-study page has no `## Context` section');
	});

	test("an image that is not there, in public/ or beside the page; one that is, and one from another site, are not this rule's", () => {
		const root = mutatedFixture({
			[casePage]: (text) =>
				`${text}\n![A chart](/images/chart.svg) ![A missing chart](/images/chrt.svg) ![A local one](chart.png) ![A missing local one](./nope.png) ![Another site's](https://example.org/a.png) ![With a query](/images/chart.svg?v=2) [@vaidya-2017-building].\n`,
		});
		fs.mkdirSync(path.join(root, '..', 'public', 'images'), { recursive: true });
		fs.writeFileSync(
			path.join(root, '..', 'public', 'images', 'chart.svg'),
			'<svg xmlns="http://www.w3.org/2000/svg"/>',
		);
		fs.writeFileSync(path.join(root, 'docs', 'cases', 'chart.png'), 'png');
		const hint =
			'Put the image in `public/` and write its path from the site root (`/images/name.svg`), or fix the file name.';
		expect(
			validateContent(root)
				.problems.filter((p) => p.rule === 'missing-image')
				.map(({ line, column, message, hint }) => ({ at: `${line}:${column}`, message, hint })),
		).toEqual([
			{ at: '47:31', message: 'the image `/images/chrt.svg` does not exist', hint },
			{ at: '47:94', message: 'the image `./nope.png` does not exist', hint },
		]);
	});

	test("an `<img>` element's image is looked for where the browser will ask for it: not beside the page (only Markdown's image syntax bundles one from there), in an MDX or a Markdown page", () => {
		const elements =
			'<img src="./chart.png" alt="A local chart" /> <img src="../../images/chart.svg" alt="A site chart" /> <img src="/images/chrt.svg" alt="A missing chart" />';
		const root = mutatedFixture({
			[casePage]: (text) => `${text}\n${elements}\n`,
			'docs/cases/raw.md': () =>
				fs
					.readFileSync(path.join(validFixture, casePage), 'utf8')
					.replace(/^slug: .*\n/m, '')
					.concat(`\n<p>${elements.replace(/ \/>/g, '>')}</p>\n`),
		});
		fs.mkdirSync(path.join(root, '..', 'public', 'images'), { recursive: true });
		fs.writeFileSync(
			path.join(root, '..', 'public', 'images', 'chart.svg'),
			'<svg xmlns="http://www.w3.org/2000/svg"/>',
		);
		fs.writeFileSync(path.join(root, 'docs', 'cases', 'chart.png'), 'png');
		const beside = (page: string) => ({
			message: `the image \`./chart.png\` is in an \`<img>\` element, which the site publishes as written: the browser asks for ${page}chart.png, and only Markdown's image syntax publishes an image from beside the page`,
			hint: 'Write it as `![A local chart](./chart.png)`, or put the image in `public/` and write its path from the site root (`/images/chart.png`).',
		});
		const missing = {
			message: 'the image `/images/chrt.svg` does not exist',
			hint: 'Put the image in `public/` and write its path from the site root (`/images/name.svg`), or fix the file name.',
		};
		expect(
			validateContent(root)
				.problems.filter((p) => p.rule === 'missing-image')
				.map(({ file, line, column, message, hint }) => ({ at: `${file}:${line}:${column}`, message, hint })),
		).toEqual([
			{ at: 'content/docs/cases/example.mdx:47:1', ...beside('/cases/example/') },
			{ at: 'content/docs/cases/example.mdx:47:103', ...missing },
			{ at: 'content/docs/cases/raw.md:47:1', ...beside('/cases/raw/') },
			{ at: 'content/docs/cases/raw.md:47:1', ...missing },
		]);
	});

	test('attribute maps and a hero image in the frontmatter: what a browser would run, at its field', () => {
		const guide = () =>
			[
				'---',
				'title: A planted page',
				'description: A page planted by a test, with enough words.',
				'type: guide',
				'sidebar:',
				'  attrs: { onclick: "alert(1)", title: "Fine" }',
				'hero:',
				'  title: Welcome',
				'  image:',
				'    html: "<b>Hi</b>"',
				'  actions:',
				'    - { text: Run, link: "javascript:alert(1)" }',
				'    - { text: Icon, link: /cases/example/, icon: "<svg onload=alert(1)>" }',
				'    - { text: Styled, link: /cases/example/, attrs: { style: "position:fixed" } }',
				'    - { text: Fine, link: /cases/example/, attrs: { title: "Fine" } }',
				'---',
				'',
				'Text.',
				'',
			].join('\n');
		const problems = of('frontmatter-attributes', { 'docs/guide/attributes.mdx': guide });
		expect(problems.map(({ at, message }) => ({ at, message }))).toEqual([
			{
				at: 'content/docs/guide/attributes.mdx:6:10',
				message: '`sidebar.attrs`: the `onclick` attribute of `<a>` is not one content may set',
			},
			{ at: 'content/docs/guide/attributes.mdx:10:11', message: '`hero.image.html`: the hero image is raw HTML' },
			{
				at: 'content/docs/guide/attributes.mdx:12:7',
				message: "`hero.actions.0`: `javascript:` addresses run script or embedded content in the reader's browser",
			},
			{
				at: 'content/docs/guide/attributes.mdx:13:7',
				message: '`hero.actions.1`: the action’s `icon` is raw markup, not the name of an icon',
			},
			{
				at: 'content/docs/guide/attributes.mdx:14:7',
				message: '`hero.actions.2`: the `style` attribute of `<a>` is not one content may set',
			},
		]);
		expect(problems[0]!.hint).toBe(
			'Attribute maps in the frontmatter may set only plain attributes (`title`, `lang`, `aria-label`...) and links to pages or other sites; no `style`, `class`, `on...` attributes, `javascript:` links or raw HTML and SVG. Ask a developer for a component if a page needs more.',
		);
	});
});

describe('data files, in the words the editor reads', () => {
	const hint = 'See the file header and the authoring guide for the fields each entry needs.';
	const fields = (files: Record<string, (text: string) => string>) =>
		problemsIn(files)
			.filter((p) => p.rule === 'data-field')
			.map(({ at, message, hint }) => ({ at, message, hint }));

	test('each entry named by its id, or by its number when it has none; the field, and what is wrong with it', () => {
		expect(
			fields({
				'glossary/terms.yaml': (text) =>
					`${text.replace('  cite: [vaidya-2017-building]', '  cite: vaidya-2017-building')}- just a line of text\n- term: No id\n  definition: A term without its id.\n  cite: [vaidya-2017-building]\n- id: no-definition\n  term: No definition\n  cite: [vaidya-2017-building]\n`,
			}),
		).toEqual([
			{
				at: 'content/glossary/terms.yaml:4:9',
				message: '`cite` of entry `coalition` should be a list, not text',
				hint,
			},
			{
				at: 'content/glossary/terms.yaml:10:3',
				message: 'entry 3 should be a set of `field: value` lines, not text',
				hint,
			},
			{ at: 'content/glossary/terms.yaml:11:3', message: '`id` of entry 4 is missing', hint },
			{ at: 'content/glossary/terms.yaml:14:3', message: '`definition` of entry `no-definition` is missing', hint },
		]);
	});

	test('a file that is not a list, and a `cited-in` note that names no entry', () => {
		expect(
			fields({
				'reflection/questions.yaml': () => 'key-partners: Who are my key partners?\n',
				'bibliography/references.json': replaceOnce(
					'"note": "cited-in: leadersforlife-2010-develop"',
					'"note": "cited-in: leadersforlife-2010-develp"',
				),
			}),
		).toEqual([
			{
				at: 'content/bibliography/references.json:27:13',
				message: '`cited-in: leadersforlife-2010-develp` names a key that is not in the bibliography',
				hint: 'Did you mean `leadersforlife-2010-develop`? Name the key of the source document that cites this work.',
			},
			{ at: 'content/reflection/questions.yaml:1:1', message: 'the file must be a list of entries', hint },
		]);
	});
});

describe('what a page lacks or carries that the site cannot use, in the words the editor reads', () => {
	const capabilityPage = 'docs/leads/develop-coalitions/mobilize-knowledge.mdx';
	const of = (rules: string[], files: Record<string, (text: string) => string>) =>
		problemsIn(files)
			.filter((p) => rules.includes(p.rule))
			.map(({ at, rule, message, hint }) => ({ at, rule, message, hint }));

	test('an image without alt text, a page that cites nothing, a listed source never cited, a type that does not exist', () => {
		expect(
			of(['image-alt', 'no-citation', 'source-not-cited', 'unknown-page-type'], {
				'docs/cases/example.mdx': (text) =>
					text
						.replace(/ ?\[@vaidya-2017-building\]/g, '')
						.replace('sources: [vaidya-2017-building]', 'sources: [vaidya-2017-building, kanter-1994-collaborative]'),
				[capabilityPage]: (text) =>
					`${text}\n![](/images/chart.svg) ![  ](/images/other.svg) [@leadersforlife-2010-develop]\n`,
				'docs/guide/typed.mdx': () =>
					'---\ntitle: A planted page\ndescription: A page planted by a test, with enough words.\ntype: case-studdy\n---\n\nText.\n',
			}),
		).toEqual([
			{
				at: 'content/docs/cases/example.mdx:2:8',
				rule: 'no-citation',
				message: 'the page cites no source',
				hint: 'Add a citation such as `[@leadersforlife-2010-develop]` after each statement, naming where it comes from.',
			},
			{
				at: 'content/docs/cases/example.mdx:6:11',
				rule: 'source-not-cited',
				message: '`vaidya-2017-building` is listed as a source but never cited on the page',
				hint: 'Cite it where the page uses it (`[@vaidya-2017-building]`), or remove it from `sources`.',
			},
			{
				at: 'content/docs/cases/example.mdx:6:33',
				rule: 'source-not-cited',
				message: '`kanter-1994-collaborative` is listed as a source but never cited on the page',
				hint: 'Cite it where the page uses it (`[@kanter-1994-collaborative]`), or remove it from `sources`.',
			},
			{
				at: 'content/docs/guide/typed.mdx:4:7',
				rule: 'unknown-page-type',
				message: '`case-studdy` is not a page type',
				hint: 'Did you mean `case-study`? Use one of: home, guide, overview, domain, capability, topic, practice, case-study, lesson, reflection, source, glossary, reference.',
			},
			{
				at: `content/${capabilityPage}:17:1`,
				rule: 'image-alt',
				message: 'the image `/images/chart.svg` has no alt text',
				hint: 'Describe what the image shows: `![what it shows](url)`. A purely decorative image does not belong in content.',
			},
			{
				at: `content/${capabilityPage}:17:24`,
				rule: 'image-alt',
				message: 'the image `/images/other.svg` has no alt text',
				hint: 'Describe what the image shows: `![what it shows](url)`. A purely decorative image does not belong in content.',
			},
		]);
	});

	test('a handbook without a home page, or without pages; a page that is a symbolic link', () => {
		const hint = 'Pages live in `content/docs/`, one `.mdx` file each; the home page is `content/docs/index.mdx`.';
		const root = mutatedFixture({});
		fs.rmSync(path.join(root, 'docs/index.mdx'));
		fs.symlinkSync(path.join(root, 'docs/glossary.mdx'), path.join(root, 'docs/linked.mdx'));
		const of = (rules: string[]) =>
			validateContent(root)
				.problems.filter((p) => rules.includes(p.rule))
				.map(({ file, line, column, rule, message, hint }) => ({
					at: `${file}:${line}:${column}`,
					rule,
					message,
					hint,
				}));
		expect(of(['empty-docs', 'page-symlink'])).toEqual([
			{ at: 'content/docs/index.mdx:1:1', rule: 'empty-docs', message: 'the handbook has no home page', hint },
			{
				at: 'content/docs/linked.mdx:1:1',
				rule: 'page-symlink',
				message: 'the file is a symbolic link',
				hint: 'Replace the link with the file it points to (move or copy it here), so the check reads what the site builds.',
			},
		]);
		fs.rmSync(path.join(root, 'docs'), { recursive: true });
		fs.mkdirSync(path.join(root, 'docs'));
		expect(of(['empty-docs'])).toEqual([
			{ at: 'content/docs/index.mdx:1:1', rule: 'empty-docs', message: 'the handbook has no pages', hint },
		]);
	});
});

describe('text fields that hold Markdown, which readers would see as typed', () => {
	const page = (fields: string) => () => `---\n${fields}type: guide\n---\n\nText.\n`;
	const markdown = (fields: string) =>
		problemsIn({ 'docs/guide/markdown.mdx': page(fields) })
			.filter((p) => p.rule === 'markdown-in-text')
			.map(({ at, message, hint }) => ({ at, message, hint }));

	test('bold, emphasis, links and code in a title, a description, a label, the hero and "In brief" points, at their field', () => {
		expect(
			markdown(
				[
					'title: Building *trust*',
					'description: How partners agree on a __common purpose__ and keep to it over the years.',
					'sidebar:',
					'  label: "`Trust`"',
					'hero:',
					'  title: "Welcome to **the** handbook"',
					'  tagline: See ![the cycle](/images/cycle.svg) _first_',
					'inBrief:',
					'  - "Partners agree on a **common purpose**, as [the capability](/leads/) says [@vaidya-2017-building]."',
					'  - "Nothing to see here [@vaidya-2017-building]."',
					'',
				].join('\n'),
			),
		).toEqual([
			{
				at: 'content/docs/guide/markdown.mdx:2:8',
				message: '`title` has Markdown, `*trust*`, which readers would see as typed: the field is plain text',
				hint: 'Write `trust` instead.',
			},
			{
				at: 'content/docs/guide/markdown.mdx:3:14',
				message:
					'`description` has Markdown, `__common purpose__`, which readers would see as typed: the field is plain text',
				hint: 'Write `common purpose` instead.',
			},
			{
				at: 'content/docs/guide/markdown.mdx:5:10',
				message: '`sidebar.label` has Markdown, ``Trust``, which readers would see as typed: the field is plain text',
				hint: 'Write `Trust` instead.',
			},
			{
				at: 'content/docs/guide/markdown.mdx:7:10',
				message: '`hero.title` has Markdown, `**the**`, which readers would see as typed: the field is plain text',
				hint: 'Write `the` instead.',
			},
			{
				at: 'content/docs/guide/markdown.mdx:8:12',
				message:
					'`hero.tagline` has Markdown, `![the cycle](/images/cycle.svg)` and `_first_`, which readers would see as typed: the field is plain text',
				hint: "Write `the cycle` and `first` instead, and link from a page's body.",
			},
			{
				at: 'content/docs/guide/markdown.mdx:10:5',
				message:
					'"In brief" point 1 has Markdown, `**common purpose**` and `[the capability](/leads/)`, which readers would see as typed: the field is plain text',
				hint: "Write `common purpose` and `the capability` instead, and link from a page's body.",
			},
		]);
	});

	test('a glossary term or definition and a reflection question are plain text too, reported at their field', () => {
		expect(
			problemsIn({
				'glossary/terms.yaml': replaceOnce(
					'work together for a common purpose.',
					'work together for a **common purpose**.',
				),
				'reflection/questions.yaml': replaceOnce(
					'Who are my key partners',
					'Who are my [key partners](/glossary/#coalition)',
				),
			})
				.filter((p) => p.rule === 'markdown-in-text')
				.map(({ at, message, hint }) => ({ at, message, hint })),
		).toEqual([
			{
				at: 'content/glossary/terms.yaml:3:15',
				message:
					'the `definition` of `coalition` has Markdown, `**common purpose**`, which readers would see as typed: the field is plain text',
				hint: 'Write `common purpose` instead.',
			},
			{
				at: 'content/reflection/questions.yaml:2:9',
				message:
					'the `text` of `key-partners` has Markdown, `[key partners](/glossary/#coalition)`, which readers would see as typed: the field is plain text',
				hint: "Write `key partners` instead, and link from a page's body.",
			},
		]);
	});

	test('citations, lone symbols and words with underscores or asterisks inside them are text', () => {
		expect(
			markdown(
				[
					'title: "Scores: 5 * 3 and 4*2, C++ and snake_case_names"',
					'description: A * footnote mark, an_underscore, [brackets] and (parentheses), for the tests here.',
					'inBrief:',
					'  - "Trust grows [@vaidya-2017-building; @leadersforlife-2010-develop, p. 4]."',
					'',
				].join('\n'),
			),
		).toEqual([]);
	});
});

describe('text fields that hold HTML, in the words the editor reads', () => {
	const hint = 'Write it as plain text: no tags, no `&...;` entities (type the character itself).';
	const page = (fields: string) => () => `---\n${fields}type: guide\n---\n\nText.\n`;
	const markup = (fields: string) =>
		problemsIn({ 'docs/guide/markup.mdx': page(fields) })
			.filter((p) => p.rule === 'markup-in-text')
			.map(({ at, message, hint }) => ({ at, message, hint }));

	test('a named reference is one HTML names, in any case HTML spells it', () => {
		expect(markup("title: Trust&nbsp;and safety\nsidebar:\n  label: '&AElig;sop &lt;'\n").map((p) => p.at)).toEqual([
			'content/docs/guide/markup.mdx:2:8',
			'content/docs/guide/markup.mdx:4:10',
		]);
	});

	test('a tag, a comment or a character reference, in each text field, is reported at its field', () => {
		expect(
			markup(
				'title: Trust &amp; safety\ndescription: A dash &#8212; and another &#x2014; here, for the tests.\nsidebar:\n  label: <b>Trust</b>\nhero:\n  title: Note <!-- hidden -->\n  tagline: An A &#65;\n',
			),
		).toEqual([
			{ at: 'content/docs/guide/markup.mdx:2:8', message: '`title` contains HTML', hint },
			{ at: 'content/docs/guide/markup.mdx:3:14', message: '`description` contains HTML', hint },
			{ at: 'content/docs/guide/markup.mdx:5:10', message: '`sidebar.label` contains HTML', hint },
			{ at: 'content/docs/guide/markup.mdx:7:10', message: '`hero.title` contains HTML', hint },
			{ at: 'content/docs/guide/markup.mdx:8:12', message: '`hero.tagline` contains HTML', hint },
		]);
	});

	test("an ampersand, a less-than sign and what only looks like a reference are text; a field that is not text is the schema's", () => {
		expect(
			markup(
				'title: AT&T, a < b, 3 <4 and R&D; partners\nsidebar:\n  label: Q&A; &Trust; and &copy without its semicolon\ndescription: "Numbers &#; and &#x; and & amp; are not references, for the tests."\nhero:\n  title: [<b>Trust</b>]\n',
			),
		).toEqual([]);
	});
});

describe('the glossary, the framework and the files a page links to', () => {
	const casePage = 'docs/cases/example.mdx';
	test('a glossary definition without `cite` is one problem, the missing field; checking some pages leaves the glossary out', () => {
		const root = mutatedFixture({ 'glossary/terms.yaml': replaceOnce('  cite: [vaidya-2017-building]\n', '') });
		expect(
			validateContent(root).problems.map(
				({ file, line, column, rule, message }) => `${file}:${line}:${column} ${rule} ${message}`,
			),
		).toEqual(['content/glossary/terms.yaml:1:3 data-field `cite` of entry `coalition` is missing']);
		// The page checked alone, by its path as the command line gives it: the glossary's problem is left out.
		expect(validateContent(root, { files: [path.join(path.dirname(root), `content/${casePage}`)] }).problems).toEqual(
			[],
		);
	});

	test('a data file checked alone (`npm run check -- <file>`) is checked whole, against every page', () => {
		const root = mutatedFixture({
			'bibliography/references.json': replaceOnce(
				'\n]',
				',\n  { "id": "kanter-1994-alliances", "type": "article", "author": [{ "family": "Kanter", "given": "Rosabeth Moss" }], "title": "Alliances", "issued": { "date-parts": [[1994]] }, "note": "cited-in: leadersforlife-2010-develop" }\n]',
			),
			'glossary/terms.yaml': (text) =>
				text
					.replace('  cite: [vaidya-2017-building]\n', '  cite: [vaidya-2017-building]\n  page: /cases/exampel/\n')
					.replace('  related: [coalition]', '  related: [coalition, coalitions]\n  page: /cases/example/#lesons'),
			'reflection/questions.yaml': replaceOnce('[build-partnerships]', '[build-partnership]'),
			'taxonomy/leads.yaml': (text) => text.replace(/namedIn: \[([^\]]*)\]/, 'namedIn: [$1, kanter-1994-collaborativ]'),
			'bibliography/structure.yaml': () =>
				'- key: mervyn-nd-healthcare\n  page: /cases/example/\n  parts:\n    - { id: "I", name: "Theory" }\n',
		});
		// As the command line gives it: a path from the project's folder (here, the content folder's parent).
		const alone = (file: string) =>
			validateContent(root, { files: [path.join(path.dirname(root), file)] }).problems.map(
				({ file, line, column, rule }) => `${file}:${line}:${column} ${rule}`,
			);
		expect(alone('content/bibliography/references.json')).toEqual([
			'content/bibliography/references.json:29:11 unused-reference',
		]);
		expect(alone('content/glossary/terms.yaml')).toEqual([
			'content/glossary/terms.yaml:5:9 broken-link',
			'content/glossary/terms.yaml:10:24 unknown-term',
			'content/glossary/terms.yaml:11:9 broken-anchor',
		]);
		expect(alone('content/reflection/questions.yaml')).toEqual([
			'content/reflection/questions.yaml:3:18 unknown-capability',
		]);
		expect(alone('content/taxonomy/leads.yaml').map((p) => p.replace(/:\d+:\d+/, ''))).toEqual([
			'content/taxonomy/leads.yaml unknown-citation',
		]);
		expect(alone('content/bibliography/structure.yaml')).toEqual([
			'content/bibliography/structure.yaml:1:8 unknown-locator',
		]);
	});

	test("the glossary's definitions count in the handbook's traceability, each traced by its `cite`", () => {
		const statements = (root: string) =>
			glossaryStatements(loadHandbook(root)).map(({ file, at, kind, text, traced }) => ({
				at: `${file}:${at.line}:${at.column}`,
				kind,
				text,
				traced,
			}));
		expect(
			statements(mutatedFixture({ 'glossary/terms.yaml': replaceOnce('  cite: [vaidya-2017-building]\n', '') })),
		).toEqual([
			{
				at: 'content/glossary/terms.yaml:3:15',
				kind: 'glossary definition',
				text: 'A strategic relationship between organizations or people who work together for a common purpose.',
				traced: false,
			},
			{
				at: 'content/glossary/terms.yaml:6:15',
				kind: 'glossary definition',
				text: 'What partners achieve together that none would achieve as readily alone.',
				traced: true,
			},
		]);
		// A citation in the definition's text traces it too; a glossary that does not parse has no statements.
		const cited = mutatedFixture({
			'glossary/terms.yaml': (text) =>
				text
					.replace('  cite: [vaidya-2017-building]\n', '')
					.replace('for a common purpose.', 'for a common purpose [@vaidya-2017-building].'),
		});
		expect(statements(cited).map((s) => s.traced)).toEqual([true, true]);
		expect(statements(mutatedFixture({ 'glossary/terms.yaml': () => '- id: [unclosed\n' }))).toEqual([]);
	});

	test('an "In brief" point without a source, and one that is not text', () => {
		const casePoint = 'Physician leads in a province met for a common purpose [@vaidya-2017-building].';
		const problems = problemsIn({
			[casePage]: (text) =>
				text
					.replace(casePoint, 'Physician leads in a province met for a common purpose.')
					.replace('inBrief: [', 'inBrief: [42, '),
		});
		expect(problems.map(({ at, rule }) => `${at} ${rule}`)).toEqual([
			'content/docs/cases/example.mdx:7:11 frontmatter-field',
			'content/docs/cases/example.mdx:7:15 untraced-statement',
		]);
		expect(problems[1]!.hint).toBe(
			'End the point with the citation of the source it comes from, inside the string: `"... [@key]."` (keys are in content/bibliography/references.json).',
		);
	});

	test('a page that does not parse is reported for that alone, not for what it states', () => {
		const problems = problemsIn({
			[casePage]: (text) =>
				text
					.replace('[@vaidya-2017-building].", "The slides', '.", "The slides')
					.replace('A province [@vaidya-2017-building].', 'A province {unclosed.'),
		});
		expect(problems.map(({ at, rule }) => `${at} ${rule}`)).toEqual([
			'content/docs/cases/example.mdx:13:12 mdx-syntax',
		]);
	});

	test('a citation key with a typo is fixed by `--fix` at the key, after the @', () => {
		const [problem] = validateContent(
			mutatedFixture({
				[casePage]: replaceOnce('A province [@vaidya-2017-building].', 'A province [@vaidya-2017-buildng].'),
			}),
		).problems;
		expect(problem).toMatchObject({
			rule: 'unknown-citation',
			line: 13,
			column: 13,
			fix: { line: 13, column: 14, from: 'vaidya-2017-buildng', to: 'vaidya-2017-building' },
		});
	});

	test("a listed source that is not text is the schema's to report", () => {
		expect(
			problemsIn({
				[casePage]: replaceOnce('sources: [vaidya-2017-building]', 'sources: [vaidya-2017-building, 42]'),
			}).map(({ rule }) => rule),
		).toEqual(['frontmatter-field']);
	});

	test("a capability's `namedIn` key that is not in the bibliography; checking some pages leaves the framework out", () => {
		const framework = mutatedFixture({
			'taxonomy/leads.yaml': (text) => text.replace(/namedIn: \[([^\]]*)\]/, 'namedIn: [$1, kanter-1994-collaborativ]'),
		});
		const casePath = path.join(path.dirname(framework), 'content/docs/cases/example.mdx');
		expect(validateContent(framework, { files: [casePath] }).problems).toEqual([]);
		const problems = problemsIn({
			'taxonomy/leads.yaml': (text) => text.replace(/namedIn: \[([^\]]*)\]/, 'namedIn: [$1, kanter-1994-collaborativ]'),
		}).filter((p) => p.rule === 'unknown-citation');
		expect(problems.map(({ message, hint }) => ({ message, hint }))).toEqual([
			{
				message: '`namedIn` of `self-aware` lists `kanter-1994-collaborativ`, which is not in the bibliography',
				hint: 'Did you mean `kanter-1994-collaborative`? List the bibliography keys of the documents that name this capability.',
			},
		]);
	});

	test('a link to a file in public/ is found there; a folder or a missing file is not a page', () => {
		const root = mutatedFixture({
			[casePage]: replaceOnce(
				'They met [@vaidya-2017-building].',
				'They met [@vaidya-2017-building]: [the slides](/files/slides.pdf), [the notes](/files/notes.pdf) and [the archive](/files.v2/) [@vaidya-2017-building].',
			),
		});
		fs.mkdirSync(path.join(root, '..', 'public', 'files.v2'), { recursive: true });
		fs.mkdirSync(path.join(root, '..', 'public', 'files'), { recursive: true });
		fs.writeFileSync(path.join(root, '..', 'public', 'files', 'slides.pdf'), '%PDF-1.4\n');
		expect(
			validateContent(root).problems.map(({ line, column, rule, message }) => `${line}:${column} ${rule} ${message}`),
		).toEqual([
			'25:68 broken-link `/files/notes.pdf` points at no page',
			'25:102 broken-link `/files.v2/` points at no page',
		]);
	});

	test("a glossary term's page: its anchor and its page are checked, once each; checking some pages leaves it out", () => {
		const withPage = (page: string) =>
			mutatedFixture({
				'glossary/terms.yaml': replaceOnce('  related: [coalition]', `  related: [coalition]\n  page: ${page}`),
			});
		const reported = (root: string, files?: string[]) =>
			validateContent(root, { files }).problems.map(
				({ line, column, rule, message }) => `${line}:${column} ${rule} ${message}`,
			);
		const anchor = withPage('/cases/example/#lesons');
		expect(reported(anchor)).toEqual(['10:9 broken-anchor `#lesons` matches no heading on /cases/example/']);
		expect(reported(anchor, [`content/${casePage}`])).toEqual([]);
		const page = withPage('/cases/exampel/#lessons');
		expect(reported(page)).toEqual(['10:9 broken-link `/cases/exampel/#lessons` points at no page']);
		expect(reported(page, [`content/${casePage}`])).toEqual([]);
		// An address that is not from the site root is one problem: the glossary's schema names it.
		expect(reported(withPage('../cases/example/#lesons'))).toEqual([
			'10:9 data-field `page` of entry `collaborative-advantage` must start with "/"',
		]);
	});
});
