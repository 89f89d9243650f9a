// The bad-content catalogue: realistic editor mistakes and hostile inputs, each planted in a copy
// of the valid fixture. Each case lists every problem the check must report, exactly (rule, file,
// line and column), so a case also fails when the check crashes, reports at the wrong place,
// reports one root cause several times, or refuses something it should accept (an empty list).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../src/validation/validate.ts';
import { validFixture } from '../helpers/fixtures.ts';
import { markupPayloads, payloadFile, payloadPage, payloadText } from '../helpers/markup-payloads.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

const capabilityPage = 'docs/leads/develop-coalitions/mobilize-knowledge.mdx';
const casePage = 'docs/cases/example.mdx';
const terms = 'glossary/terms.yaml';
const references = 'bibliography/references.json';
const taxonomy = 'taxonomy/leads.yaml';
const questions = 'reflection/questions.yaml';
const redirects = 'redirects.yaml';

/** What to put at a path of the content copy: new text or bytes, an edit of the text, a deletion, or a symbolic link. */
type Plant = string | Buffer | ((text: string) => string) | null | { symlink: string };

interface Case {
	name: string;
	files: Record<string, Plant>;
	/** Every problem the check must report, as `file:line:column rule` (file relative to the content folder). */
	expected: string[];
	/** Text the first problem's message or hint must contain. */
	mentions?: string;
}

const fixtureText = (file: string) => fs.readFileSync(path.join(validFixture, file), 'utf8');

/** A guide page (no tags needed); `fields` are extra frontmatter lines, the body starts at line 7 + their count. */
const page = (body: string, fields = '', title = 'A planted page') =>
	`---\ntitle: ${title}\ndescription: A page planted by a test, with enough words.\ntype: guide\n${fields ? `${fields}\n` : ''}---\n\n${body}\n`;

/** Appends lines to a page: the first appended line is line 17 of the capability page. */
const append = (lines: string) => (text: string) => `${text}\n${lines}\n`;

/** Replaces exactly one occurrence, so a case fails loudly when the fixture changes under it. */
const swap = (find: string, replace: string) => (text: string) => {
	if (text.split(find).length !== 2) throw new Error(`Expected "${find}" once in the fixture.`);
	return text.replace(find, replace);
};

const aliasBomb = [
	'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
	'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
	'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
	'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
	'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
	'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
	'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
].join('\n');

const cases: Case[] = [
	// File names: the check must see the address Astro publishes, and refuse names that surprise.
	{
		name: 'a capital in a file name',
		files: { 'docs/cases/Trust.mdx': page('Text.') },
		expected: ['docs/cases/Trust.mdx:1:1 page-address'],
		mentions: '/cases/trust/',
	},
	{
		name: 'a space in a file name',
		files: { 'docs/cases/power dynamics.mdx': page('Text.') },
		expected: ['docs/cases/power dynamics.mdx:1:1 page-address'],
		mentions: 'power-dynamics.mdx',
	},
	{
		name: 'an accent in a file name',
		files: { 'docs/cases/café-study.mdx': page('Text.') },
		expected: ['docs/cases/café-study.mdx:1:1 page-address'],
		mentions: 'cafe-study.mdx',
	},
	{
		name: 'an upper-case extension, which Astro does not build',
		files: { 'docs/cases/trust.MDX': page('Text.') },
		expected: ['docs/cases/trust.MDX:1:1 page-address'],
		mentions: '.mdx',
	},
	{
		name: 'a `.markdown` extension, which Astro does not build',
		files: { 'docs/cases/trust.markdown': page('Text.') },
		expected: ['docs/cases/trust.markdown:1:1 page-address'],
	},
	{
		name: 'a capital in a folder name',
		files: { 'docs/Cases/trust.mdx': page('Text.') },
		expected: ['docs/Cases/trust.mdx:1:1 page-address'],
		mentions: '/cases/trust/',
	},
	{
		name: 'an underscore inside a file name',
		files: { 'docs/cases/my_notes.mdx': page('Text.') },
		expected: ['docs/cases/my_notes.mdx:1:1 page-address'],
	},
	{
		name: 'a dot inside a file name',
		files: { 'docs/cases/v1.2-notes.mdx': page('Text.') },
		expected: ['docs/cases/v1.2-notes.mdx:1:1 page-address'],
		mentions: '/cases/v12-notes/',
	},
	{
		name: 'a folder starting with `_` is still published',
		files: { 'docs/_drafts/trust.mdx': page('Text.') },
		expected: ['docs/_drafts/trust.mdx:1:1 page-address'],
		mentions: 'published',
	},
	{
		name: 'a `_draft.mdx` file is skipped, as Astro skips it',
		files: { 'docs/cases/_draft.mdx': 'Not even frontmatter [broken](/nowhere/) {' },
		expected: [],
	},
	{
		name: 'a dot file is skipped, as Astro skips it',
		files: { 'docs/cases/.notes.mdx': 'Not a page {' },
		expected: [],
	},
	{
		name: 'a `.md` page is accepted',
		files: { 'docs/cases/notes.md': page('A *Markdown* page, linked [back](/cases/example/).') },
		expected: [],
	},
	{
		name: 'a link to a draft, which is not published',
		files: { 'docs/cases/_draft.mdx': page('Draft.'), [capabilityPage]: append('See [the draft](/cases/draft/).') },
		expected: [`${capabilityPage}:17:5 broken-link`],
	},

	// Two files at one address.
	{
		name: '`a.md` beside `a.mdx`',
		files: { 'docs/cases/example.md': page('Text.') },
		expected: ['docs/cases/example.md:1:1 duplicate-page'],
	},
	{
		name: '`a.mdx` beside `a/index.mdx`',
		files: { 'docs/glossary/index.mdx': page('Text.') },
		expected: ['docs/glossary/index.mdx:1:1 duplicate-page'],
	},
	{
		name: '`index.md` beside `index.mdx`',
		files: { 'docs/index.md': page('Text.') },
		expected: ['docs/index.md:1:1 duplicate-page'],
	},
	{
		name: 'two pages with the same `slug:`',
		files: { 'docs/one.mdx': page('One.', 'slug: shared'), 'docs/two.mdx': page('Two.', 'slug: shared') },
		expected: ['docs/two.mdx:5:7 duplicate-page'],
	},
	{
		name: "a `slug:` that repeats another file's address",
		files: { 'docs/cases/new.mdx': page('New.', 'slug: cases/example') },
		expected: ['docs/cases/new.mdx:5:7 duplicate-page'],
		mentions: 'docs/cases/example.mdx',
	},
	{
		name: 'names that differ only in case',
		files: { 'docs/cases/Example.mdx': page('Text.') },
		expected: ['docs/cases/Example.mdx:1:1 duplicate-page', 'docs/cases/Example.mdx:1:1 page-address'],
	},
	{
		name: 'a `slug:` with capitals',
		files: { 'docs/cases/new.mdx': page('New.', 'slug: Cases/New') },
		expected: ['docs/cases/new.mdx:5:7 page-address'],
	},

	// Addresses the site makes itself.
	{
		name: 'a page under /go/',
		files: { 'docs/go/trust.mdx': page('Text.') },
		expected: ['docs/go/trust.mdx:1:1 reserved-address'],
	},
	{
		name: 'a page at /404/',
		files: { 'docs/404.mdx': page('Text.') },
		expected: ['docs/404.mdx:1:1 reserved-address'],
	},
	{
		name: 'a `slug: search`',
		files: { 'docs/finding.mdx': page('Text.', 'slug: search') },
		expected: ['docs/finding.mdx:5:7 reserved-address'],
	},
	{
		name: 'a page under /cite/',
		files: { 'docs/cite/trust.mdx': page('Text.') },
		expected: ['docs/cite/trust.mdx:1:1 reserved-address'],
	},

	// Encodings.
	{
		name: 'a page in Latin-1',
		files: { 'docs/cases/latin.mdx': Buffer.from(page('Caf\u00e9 au lait.'), 'latin1') },
		expected: ['docs/cases/latin.mdx:7:4 unreadable-file'],
		mentions: 'UTF-8',
	},
	{
		name: 'a page in UTF-8 with a byte-order mark is accepted',
		files: { 'docs/cases/bom.mdx': `\uFEFF${page('Café au lait, [linked](/cases/example/).')}` },
		expected: [],
	},
	{
		name: 'a page in UTF-16',
		files: { 'docs/cases/wide.mdx': Buffer.from(`\uFEFF${page('Text.')}`, 'utf16le') },
		expected: ['docs/cases/wide.mdx:1:1 unreadable-file'],
		mentions: 'UTF-16',
	},
	{
		name: 'a page with Windows line endings is accepted',
		files: { 'docs/cases/crlf.mdx': page('Line one.\n\n## A heading\n\nSee [it](#a-heading).').replace(/\n/g, '\r\n') },
		expected: [],
	},
	{
		name: 'a page with Windows line endings reports at the right place',
		files: {
			[capabilityPage]: (t) => t.replace(/\n/g, '\r\n').replace('[mobilize-knowledge]', '[mobilise-knowledge]'),
		},
		expected: [`${capabilityPage}:5:16 unknown-capability`],
	},
	{
		name: 'a data file in Latin-1',
		files: { [terms]: Buffer.from(fixtureText(terms).replace('term: Coalition\n', 'term: Coalitión\n'), 'latin1') },
		expected: [`${terms}:2:16 data-syntax`],
		mentions: 'UTF-8',
	},
	{
		name: 'a data file with a byte-order mark is accepted',
		files: { [terms]: (t) => `\uFEFF${t}`, [references]: (t) => `\uFEFF${t}` },
		expected: [],
	},

	// Syntax.
	{
		name: 'an unclosed JSX tag',
		files: { [capabilityPage]: append('<Aside>\nA note.') },
		expected: [`${capabilityPage}:17:1 mdx-syntax`],
	},
	{
		name: 'a `<` in prose',
		files: { [capabilityPage]: append('Costs fell when x<y.') },
		expected: [`${capabilityPage}:17:18 mdx-syntax`],
	},
	{
		name: 'an HTML comment',
		files: { [capabilityPage]: append('<!-- a note to editors -->') },
		expected: [`${capabilityPage}:17:1 mdx-syntax`],
		mentions: '{/*',
	},
	{
		name: 'an unclosed expression comment',
		files: { [capabilityPage]: append('{/* a note to editors') },
		expected: [`${capabilityPage}:17:1 mdx-syntax`],
	},
	{
		name: 'frontmatter with no closing `---`',
		files: {
			'docs/cases/open.mdx':
				'---\ntitle: Open\ndescription: A page whose frontmatter is never closed.\ntype: guide\n\nText.\n',
		},
		expected: ['docs/cases/open.mdx:1:1 frontmatter-syntax'],
		mentions: 'closing',
	},
	{
		name: 'frontmatter that is a list',
		files: { 'docs/cases/list.mdx': '---\n- title\n- description\n---\n\nText.\n' },
		expected: ['docs/cases/list.mdx:2:1 frontmatter-syntax'],
	},
	{
		name: 'empty frontmatter',
		files: { 'docs/cases/empty-fm.mdx': '---\n---\n\nText.\n' },
		expected: ['docs/cases/empty-fm.mdx:2:1 frontmatter-field'],
		mentions: 'title',
	},
	{
		name: 'a field given twice in the frontmatter',
		files: { 'docs/cases/twice.mdx': page('Text.', 'title: Again') },
		expected: ['docs/cases/twice.mdx:5:1 frontmatter-syntax'],
	},
	{
		name: 'a tab indenting the frontmatter',
		files: { 'docs/cases/tab.mdx': page('Text.', 'sidebar:\n\torder: 2') },
		expected: ['docs/cases/tab.mdx:6:1 frontmatter-syntax'],
	},
	{
		name: 'an unclosed quote in the frontmatter',
		files: { [capabilityPage]: swap('title: Mobilize knowledge', 'title: "Mobilize knowledge') },
		expected: [`${capabilityPage}:2:8 frontmatter-syntax`],
	},
	{
		name: 'a YAML alias bomb in a data file',
		files: { [taxonomy]: (t) => `${aliasBomb}\n${t}` },
		expected: [`${taxonomy}:1:1 data-syntax`],
	},
	{
		name: 'a YAML alias bomb in the frontmatter',
		files: { 'docs/cases/bomb.mdx': page('Text.', aliasBomb) },
		expected: ['docs/cases/bomb.mdx:2:1 frontmatter-syntax'],
	},
	{
		name: 'JSON with a trailing comma',
		files: {
			[references]: swap(
				'"note": "cited-in: leadersforlife-2010-develop"\n',
				'"note": "cited-in: leadersforlife-2010-develop",\n',
			),
		},
		expected: [`${references}:27:52 data-syntax`],
		mentions: 'trailing comma',
	},
	{
		name: 'JSON with a comment',
		files: { [references]: (t) => t.replace(/^\[\n/, '[\n  // exported from Zotero\n') },
		expected: [`${references}:2:3 data-syntax`],
	},
	{
		name: 'JSON with single quotes',
		files: { [references]: swap('"type": "report"', "'type': 'report'") },
		expected: [`${references}:4:5 data-syntax`],
	},
	{
		name: 'a bibliography that is one object, not a list',
		files: { [references]: (t) => t.replace(/^\[/, '{ "items": [').replace(/\]\s*$/, ']}\n') },
		expected: [`${references}:1:1 data-field`],
	},
	{
		name: 'an empty glossary file',
		files: { [terms]: () => '# no terms yet\n' },
		expected: [`${terms}:1:1 data-field`],
	},
	{
		name: 'a key given twice in a YAML entry',
		files: { [terms]: swap('  term: Coalition\n', '  term: Coalition\n  term: Coalitions\n') },
		expected: [`${terms}:3:3 data-syntax`],
	},
	{
		name: 'a tab indenting a YAML data file',
		files: { [questions]: swap('  text:', '\ttext:') },
		expected: [`${questions}:2:1 data-syntax`],
		mentions: 'tab',
	},

	// Links of every form.
	{
		name: 'a Markdown link to no page',
		files: { [capabilityPage]: append('See [trust](/coalitions/trust/).') },
		expected: [`${capabilityPage}:17:5 broken-link`],
	},
	{
		name: 'a reference-style link to no page',
		files: { [capabilityPage]: append('See [the case][c].\n\n[c]: /cases/exampel/') },
		expected: [`${capabilityPage}:19:1 broken-link`],
		mentions: '/cases/example/',
	},
	{
		name: 'a reference-style link to a page is accepted',
		files: { [capabilityPage]: append('See [the case][c].\n\n[c]: /cases/example/#context') },
		expected: [],
	},
	{
		name: 'a JSX `href="..."` to no page',
		files: { [capabilityPage]: append('<a href="/cases/exampel/">the case</a>') },
		expected: [`${capabilityPage}:17:1 broken-link`],
	},
	{
		name: 'a JSX `href={"..."}` to no page',
		files: { [capabilityPage]: append('<a href={"/cases/exampel/"}>the case</a>') },
		expected: [`${capabilityPage}:17:1 broken-link`],
	},
	{
		name: 'a JSX `href={`...`}` to no page',
		files: { [capabilityPage]: append('<a href={`/cases/exampel/`}>the case</a>') },
		expected: [`${capabilityPage}:17:1 broken-link`],
	},
	{
		name: 'a same-page `#anchor` that matches no heading',
		files: { [capabilityPage]: append('[Above](#what-research-says)') },
		expected: [`${capabilityPage}:17:1 broken-anchor`],
		mentions: 'what-the-research-says',
	},
	{
		name: 'an anchor on another page that matches no heading',
		files: { [capabilityPage]: append('[Context](/cases/example/#contxt)') },
		expected: [`${capabilityPage}:17:1 broken-anchor`],
		mentions: 'context',
	},
	{
		name: 'a relative `../` link to no page',
		files: { [capabilityPage]: append('[Sibling](../example/)') },
		expected: [`${capabilityPage}:17:1 broken-link`],
	},
	{
		name: 'a relative `../` link to a page is accepted',
		files: { [capabilityPage]: append('[The case](../../../cases/example/) and [home](../../../)') },
		expected: [],
	},
	{
		name: 'a malformed `%` escape',
		files: { [capabilityPage]: append('[Odd](/cases/100%-sure/)') },
		expected: [`${capabilityPage}:17:1 broken-link`],
		mentions: '%25',
	},
	{
		name: 'an empty link',
		files: { [capabilityPage]: append('[Read more]()') },
		expected: [`${capabilityPage}:17:1 broken-link`],
	},
	{
		name: 'a `javascript:` link',
		files: { [capabilityPage]: append('[Click](javascript:alert(1)) [@leadersforlife-2010-develop]') },
		expected: [`${capabilityPage}:17:1 unsafe-content`],
		mentions: 'script',
	},
	{
		name: 'a link with capitals in its path',
		files: { [capabilityPage]: append('[Case](/Cases/Example/)') },
		expected: [`${capabilityPage}:17:1 broken-link`],
		mentions: '/cases/example/',
	},
	{
		name: "a link to a renamed page's old address",
		files: { [capabilityPage]: append('[Case](/cases/old-example/)') },
		expected: [`${capabilityPage}:17:1 broken-link`],
		mentions: '/cases/example/',
	},
	{
		name: 'a `glossary:` link to no term',
		files: { [capabilityPage]: append('[coalitions](glossary:coalitions)') },
		expected: [`${capabilityPage}:17:1 unknown-term`],
		mentions: 'coalition',
	},
	{
		name: 'a `glossary:` link with a capital',
		files: { [capabilityPage]: append('[Coalition](glossary:Coalition)') },
		expected: [`${capabilityPage}:17:1 unknown-term`],
		mentions: '`coalition`',
	},
	{
		name: 'a glossary `page:` to no page',
		files: { [terms]: swap('  related: [coalition]\n', '  related: [coalition]\n  page: /coalitions/advantage/\n') },
		expected: [`${terms}:10:9 broken-link`],
	},
	{
		name: 'a glossary `page:` whose anchor matches no heading',
		files: {
			[terms]: swap(
				'  related: [coalition]\n',
				'  related: [coalition]\n  page: /leads/develop-coalitions/mobilize-knowledge/#research\n',
			),
		},
		expected: [`${terms}:10:9 broken-anchor`],
	},
	{
		name: 'links to the routes the site makes are accepted',
		files: {
			[capabilityPage]: append(
				'[Short](/go/mobilize-knowledge/), [term](/go/coalition/), [case](/go/example/), [JSON](/catalog.json), [CSV](/catalog.csv), [search](/search/), [cite](/cite/cases/example.bib), [term](/glossary/#coalition), [ref](/references/#ref-kanter-1994-collaborative)',
			),
		},
		expected: [],
	},
	{
		name: 'external and mail links are accepted',
		files: {
			[capabilityPage]: append(
				'[A](https://example.org/x), [B](HTTPS://EXAMPLE.ORG), [C](mailto:editor@example.org), [D](//example.org/) [@leadersforlife-2010-develop]',
			),
		},
		expected: [],
	},
	{
		name: 'a short link that does not exist',
		files: { [capabilityPage]: append('[Short](/go/mobilise-knowledge/)') },
		expected: [`${capabilityPage}:17:1 broken-link`],
		mentions: '/go/mobilize-knowledge/',
	},
	{
		name: 'a link to a heading with punctuation is accepted',
		files: { [capabilityPage]: append('## Trust & safety\n\nSee [above](#trust--safety).') },
		expected: [],
	},
	{
		name: 'a glossary anchor that is not a term',
		files: { [capabilityPage]: append('[Coalitions](/glossary/#coalitions)') },
		expected: [`${capabilityPage}:17:1 broken-anchor`],
		mentions: 'coalition',
	},
	{
		name: 'a site image that does not exist',
		files: { [capabilityPage]: append('![The cycle](/images/cycle.svg)') },
		expected: [`${capabilityPage}:17:1 missing-image`],
	},
	{
		name: 'a relative image that does not exist',
		files: { [capabilityPage]: append('![The cycle](./cycle.png)') },
		expected: [`${capabilityPage}:17:1 missing-image`],
	},
	{
		name: 'a relative image beside the page is accepted',
		files: {
			[capabilityPage]: append('![The cycle](./cycle.svg)'),
			'docs/leads/develop-coalitions/cycle.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
		},
		expected: [],
	},
	{
		name: 'a JSX image with no alt and no file',
		files: { [capabilityPage]: append('<img src="/images/cycle.svg" />') },
		expected: [`${capabilityPage}:17:1 image-alt`, `${capabilityPage}:17:1 missing-image`],
	},
	{
		name: 'a page that does not parse is reported once, not through the links to it',
		files: { [casePage]: swap('A common purpose', 'A common {purpose') },
		expected: [`${casePage}:21:10 mdx-syntax`],
	},
	{
		name: 'an unreadable page is reported once, not through the links to it',
		files: { [casePage]: (t) => `${t}\u0000` },
		expected: [`${casePage}:1:1 unreadable-file`],
	},

	// Content that would run as script in readers' browsers.
	// The trust boundary: content/check.yaml cannot switch off what keeps the build machine and readers safe.
	{
		name: '`check.yaml` switching off `mdx-code` for every page, with an MDX `export` that writes a file',
		files: {
			'check.yaml': 'rules:\n  mdx-code: off\n',
			[capabilityPage]: append("export const x = require('node:fs').writeFileSync('/tmp/pwned', 'x');"),
		},
		expected: ['check.yaml:2:13 check-config', `${capabilityPage}:17:1 mdx-code`],
		mentions: 'safety rule',
	},
	{
		name: '`check.yaml` switching off `unsafe-content` for some paths',
		files: {
			'check.yaml': "overrides:\n  - files: 'content/docs/cases/**'\n    rules: { unsafe-content: warn }\n",
			[casePage]: append('<iframe src="https://example.com/" />'),
		},
		expected: [
			'check.yaml:3:30 check-config',
			`${casePage}:${fixtureText(casePage).split('\n').length + 1}:1 unsafe-content`,
		],
	},
	{
		name: '`check.yaml` naming a rule that does not exist',
		files: { 'check.yaml': 'rules:\n  unsafe-contnet: off\n' },
		expected: ['check.yaml:2:19 check-config'],
		mentions: 'not a rule',
	},
	{
		name: '`check.yaml` lowering an editorial rule is accepted',
		files: { 'check.yaml': 'rules:\n  in-brief-missing: warn\n' },
		expected: [],
	},
	{
		name: 'a component used but never imported',
		files: { 'docs/cases/unimported.mdx': page('<CapabilityTable domain="develop-coalitions" />') },
		expected: ['docs/cases/unimported.mdx:7:1 mdx-code'],
		mentions: "import CapabilityTable from '~/components/CapabilityTable.astro'",
	},
	{
		name: 'an import of a handbook component that does not exist',
		files: {
			'docs/cases/no-such.mdx': page("import Nope from '~/components/Nope.astro';\n\n<Nope />"),
		},
		expected: ['docs/cases/no-such.mdx:7:1 mdx-code'],
		mentions: 'not one of the handbook',
	},
	{
		name: 'a `<script>` element',
		files: { [capabilityPage]: append('<script>{`alert(1)`}</script>') },
		expected: [`${capabilityPage}:17:1 unsafe-content`],
	},
	{
		name: 'an `onClick` attribute',
		files: {
			[capabilityPage]: append('Press <button onClick={() => alert(1)}>here</button> [@leadersforlife-2010-develop].'),
		},
		expected: [`${capabilityPage}:17:7 unsafe-content`],
		mentions: 'onClick',
	},
	{
		name: 'an `<iframe>`',
		files: { [capabilityPage]: append('<iframe src="https://example.org/video" title="A video" />') },
		expected: [`${capabilityPage}:17:1 unsafe-content`],
	},
	{
		name: 'a `set:html` attribute',
		files: { [capabilityPage]: append('<div set:html={"<b>bold</b>"} />') },
		expected: [`${capabilityPage}:17:1 unsafe-content`],
	},
	{
		name: 'a `data:` link',
		files: { [capabilityPage]: append('<a href="data:text/html,<b>hi</b>">open</a>') },
		expected: [`${capabilityPage}:17:1 unsafe-content`],
	},
	{
		name: 'an image from a `data:` address is accepted',
		files: { [capabilityPage]: append('![A dot](data:image/gif;base64,R0lGODlhAQABAAAAACw=)') },
		expected: [],
	},
	{
		name: 'raw `<script>` in a `.md` page',
		files: { 'docs/cases/notes.md': page('<script>alert(1)</script>') },
		expected: ['docs/cases/notes.md:7:1 unsafe-content'],
	},
	{
		name: 'a `.md` page is Markdown, where braces and HTML comments are fine',
		files: {
			'docs/cases/notes.md': page('Costs {fell} by x<y. <!-- a note -->\n\n<a href="/cases/example/">the case</a>'),
		},
		expected: [],
	},
	{
		name: 'a raw HTML link to no page in a `.md` page',
		files: { 'docs/cases/notes.md': page('<a href="/cases/exampel/">the case</a>') },
		expected: ['docs/cases/notes.md:7:1 broken-link'],
	},

	// Data files.
	{
		name: 'a capability without a name',
		files: {
			[taxonomy]: swap(
				'{ id: self-aware, name: Self-aware, namedIn: [vaidya-2017-building] }',
				'{ id: self-aware, namedIn: [vaidya-2017-building] }',
			),
		},
		expected: [`${taxonomy}:24:9 data-field`],
	},
	{
		name: 'a capability id used twice',
		files: { [taxonomy]: swap('{ id: manages-self,', '{ id: self-aware,') },
		expected: [`${taxonomy}:26:15 duplicate-id`],
	},
	{
		name: 'a taxonomy that does not parse is reported once',
		files: { [taxonomy]: swap('  - id: lead-self', '  - id: [lead-self') },
		expected: [`${taxonomy}:22:5 data-syntax`],
	},
	{
		name: 'a reference without authors is reported once',
		files: { [references]: swap('"author": [{ "literal": "Leaders for Life" }],\n', '') },
		expected: [`${references}:2:3 data-field`],
		mentions: 'author',
	},
	{
		name: 'a reference whose author is text',
		files: {
			[references]: swap(
				'"author": [{ "family": "Kanter", "given": "Rosabeth Moss" }]',
				'"author": "Kanter, Rosabeth Moss"',
			),
		},
		expected: [`${references}:24:15 data-field`],
	},
	{
		name: 'a bibliography key used twice',
		files: {
			[references]: (t) => {
				const entries = JSON.parse(t) as unknown[];
				return JSON.stringify([...entries, entries.at(-1)], null, 2);
			},
		},
		expected: [`${references}:64:11 duplicate-id`],
	},
	{
		name: 'a reference without a date whose key has a year',
		files: { [references]: swap('"issued": { "date-parts": [[1994]] },\n', '') },
		expected: [`${references}:22:11 bibliography-key`],
	},
	{
		name: 'a `cited-in:` that names no reference',
		files: { [references]: swap('cited-in: leadersforlife-2010-develop', 'cited-in: leadersforlife-2010-develp') },
		expected: [`${references}:27:13 data-field`],
		mentions: 'leadersforlife-2010-develop',
	},
	{
		name: 'a related glossary term that does not exist',
		files: { [terms]: swap('related: [coalition]', 'related: [coalitions]') },
		expected: [`${terms}:9:13 unknown-term`],
	},
	{
		name: 'a glossary citation that is not in the bibliography',
		files: { [terms]: swap('cite: [vaidya-2017-building]', 'cite: [vaidya-2017]') },
		expected: [`${terms}:4:10 unknown-citation`],
	},
	{
		name: 'a linked glossary term whose id gains a capital is reported once',
		files: { [terms]: (t) => t.replace('- id: collaborative-advantage', '- id: Collaborative-advantage') },
		expected: [`${terms}:5:7 data-field`],
	},
	{
		name: 'a glossary id with a capital',
		files: {
			[terms]: append(
				'- id: Trust\n  term: Trust\n  definition: Confidence that partners will act as agreed.\n  cite: [vaidya-2017-building]',
			),
		},
		expected: [`${terms}:11:7 data-field`],
	},
	{
		name: "a glossary term that takes a page's short link",
		files: {
			[terms]: swap('- id: collaborative-advantage', '- id: mobilize-knowledge'),
			[capabilityPage]: swap('glossary:collaborative-advantage', 'glossary:mobilize-knowledge'),
			'search/vocabulary.yaml': swap('glossary: [collaborative-advantage]', 'glossary: [mobilize-knowledge]'),
		},
		expected: [`${terms}:5:7 short-link-collision`],
	},
	{
		name: 'a reflection question tagged with no capability',
		files: { [questions]: swap('capabilities: [build-partnerships]', 'capabilities: [build-partnership]') },
		expected: [`${questions}:3:18 unknown-capability`],
	},
	{
		name: 'a reflection question without its text',
		files: { [questions]: swap('  text: Who are my key partners in achieving results within my unit?\n', '') },
		expected: [`${questions}:1:3 data-field`],
	},
	{
		name: 'a reflection question id used twice',
		files: { [questions]: append('- id: key-partners\n  text: Who else?\n  capabilities: [build-partnerships]') },
		expected: [`${questions}:5:7 duplicate-id`],
	},

	// Redirects.
	{
		name: 'a redirect to no page',
		files: { [redirects]: swap('to: /cases/example/', 'to: /cases/examples/') },
		expected: [`${redirects}:3:7 unknown-redirect-target`],
	},
	{
		name: 'a redirect from an address that is still a page',
		files: { [redirects]: append('- from: /glossary/\n  to: /cases/example/') },
		expected: [`${redirects}:5:9 unknown-redirect-target`],
	},
	{
		name: 'a redirect from a short link',
		files: { [redirects]: append('- from: /go/coalition/\n  to: /cases/example/') },
		expected: [`${redirects}:5:9 short-link-redirect`],
	},
	{
		name: 'a redirect from a generated page',
		files: { [redirects]: append('- from: /search/\n  to: /cases/example/') },
		expected: [`${redirects}:5:9 unknown-redirect-target`],
	},
	{
		name: 'the same old address redirected twice',
		files: { [redirects]: append('- from: /cases/old-example/\n  to: /glossary/') },
		expected: [`${redirects}:5:9 unknown-redirect-target`],
	},
	{
		name: 'a redirect without a trailing slash',
		files: { [redirects]: swap('from: /cases/old-example/', 'from: /cases/old-example') },
		expected: [`${redirects}:2:9 data-field`],
	},

	// Starlight's own frontmatter fields.
	{
		name: '`sidebar.order` as text',
		files: { 'docs/cases/s.mdx': page('Text.', 'sidebar:\n  order: first') },
		expected: ['docs/cases/s.mdx:6:10 frontmatter-field'],
	},
	{
		name: '`template: wide`',
		files: { 'docs/cases/s.mdx': page('Text.', 'template: wide') },
		expected: ['docs/cases/s.mdx:5:11 frontmatter-field'],
	},
	{
		name: '`head` not a list',
		files: { 'docs/cases/s.mdx': page('Text.', 'head:\n  tag: meta') },
		expected: ['docs/cases/s.mdx:6:3 frontmatter-field'],
	},
	{
		name: '`hero` not an object',
		files: { 'docs/cases/s.mdx': page('Text.', 'hero: true') },
		expected: ['docs/cases/s.mdx:5:7 frontmatter-field'],
	},
	{
		name: '`draft: maybe`',
		files: { 'docs/cases/s.mdx': page('Text.', 'draft: maybe') },
		expected: ['docs/cases/s.mdx:5:8 frontmatter-field'],
	},
	{
		name: '`pagefind: "no"`',
		files: { 'docs/cases/s.mdx': page('Text.', 'pagefind: "no"') },
		expected: ['docs/cases/s.mdx:5:11 frontmatter-field'],
	},
	{
		name: '`tableOfContents` with a heading level of 7',
		files: { 'docs/cases/s.mdx': page('Text.', 'tableOfContents:\n  maxHeadingLevel: 7') },
		expected: ['docs/cases/s.mdx:6:20 frontmatter-field'],
	},
	{
		name: 'a sidebar badge with an unknown variant',
		files: { 'docs/cases/s.mdx': page('Text.', 'sidebar:\n  badge:\n    text: New\n    variant: purple') },
		expected: ['docs/cases/s.mdx:7:5 frontmatter-field'],
	},
	{
		name: 'no title',
		files: { [capabilityPage]: swap('title: Mobilize knowledge\n', '') },
		expected: [`${capabilityPage}:2:1 frontmatter-field`],
		mentions: 'title',
	},
	{
		name: 'a description too short',
		files: {
			[capabilityPage]: swap(
				'description: The capability of gathering and sharing knowledge across a coalition.',
				'description: Short.',
			),
		},
		expected: [`${capabilityPage}:3:14 frontmatter-field`],
	},
	{
		name: 'capabilities as text, not a list',
		files: { [capabilityPage]: swap('capabilities: [mobilize-knowledge]', 'capabilities: mobilize-knowledge') },
		expected: [`${capabilityPage}:5:15 frontmatter-field`],
		mentions: 'Write a list of ids, even of one, such as `capabilities: [mobilize-knowledge]`.',
	},
	{
		name: 'a number among the sources',
		files: {
			[capabilityPage]: swap('sources: [leadersforlife-2010-develop]', 'sources: [leadersforlife-2010-develop, 2010]'),
		},
		expected: [`${capabilityPage}:6:40 frontmatter-field`],
		mentions: '`sources.1` should be text, not a number',
	},
	{
		name: 'a list inside the capabilities',
		files: {
			[capabilityPage]: swap(
				'capabilities: [mobilize-knowledge]',
				'capabilities: [mobilize-knowledge, [build-partnerships]]',
			),
		},
		expected: [`${capabilityPage}:5:36 frontmatter-field`],
		mentions: '`capabilities.1` should be text, not a list',
	},
	{
		name: 'sources as text, not a list',
		files: { [capabilityPage]: swap('sources: [leadersforlife-2010-develop]', 'sources: leadersforlife-2010-develop') },
		expected: [`${capabilityPage}:6:10 frontmatter-field`],
		mentions: 'Write a list of ids, even of one, such as `sources: [kanter-1994-collaborative]`.',
	},
	{
		name: 'a misspelled field name',
		files: { [capabilityPage]: swap('capabilities:', 'capabilites:') },
		expected: [`${capabilityPage}:4:7 missing-capabilities`],
	},
	{
		name: 'a review date in the future',
		files: { [capabilityPage]: swap('type: capability', 'type: capability\nreviewed: 2999-01-01') },
		expected: [`${capabilityPage}:5:11 reviewed-date`],
	},
	{
		name: 'an unknown page type',
		files: { [capabilityPage]: swap('type: capability', 'type: case') },
		expected: [`${capabilityPage}:4:7 unknown-page-type`],
	},

	// Sizes and binary files.
	{
		name: 'a 5 MB page',
		files: { 'docs/cases/huge.mdx': page('All work and no play. '.repeat(240_000)) },
		expected: ['docs/cases/huge.mdx:1:1 unreadable-file'],
		mentions: 'MB',
	},
	{
		name: 'a binary file named `.mdx`',
		files: { 'docs/cases/photo.mdx': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
		expected: ['docs/cases/photo.mdx:1:1 unreadable-file'],
		mentions: 'binary',
	},
	{
		name: 'an empty page file',
		files: { 'docs/cases/empty.mdx': '' },
		expected: ['docs/cases/empty.mdx:1:1 frontmatter-syntax'],
	},
	{
		name: 'deeply nested quotes do not stall or crash the check',
		files: { 'docs/cases/deep.mdx': page(`${'> '.repeat(2000)}deep`) },
		expected: [],
	},

	// Symbolic links and missing pages.
	{
		name: 'a symlinked folder of pages',
		files: { 'docs/linked': { symlink: 'cases' } },
		expected: ['docs/linked:1:1 page-symlink'],
	},
	{
		name: 'a symlinked page is reported once, as the link',
		files: { 'docs/cases/linked.mdx': { symlink: 'example.mdx' } },
		expected: ['docs/cases/linked.mdx:1:1 page-symlink'],
	},
	{
		name: 'no `content/docs/` folder at all',
		files: { docs: null },
		expected: ['docs/index.mdx:1:1 empty-docs'],
	},
	{
		name: 'a data file that is a folder',
		files: { [terms]: null, [`${terms}/oops.yaml`]: '- id: x\n' },
		expected: [`${terms}:1:1 data-syntax`],
	},
	{
		name: 'a dangling symbolic link',
		files: { 'docs/gone.mdx': { symlink: 'nowhere.mdx' } },
		expected: ['docs/gone.mdx:1:1 page-symlink'],
	},
	{
		name: 'an empty `content/docs/` is reported once',
		files: {
			'docs/index.mdx': null,
			'docs/glossary.mdx': null,
			'docs/references.mdx': null,
			'docs/reflection.mdx': null,
			[casePage]: null,
			[capabilityPage]: null,
		},
		expected: ['docs/index.mdx:1:1 empty-docs'],
		mentions: 'no pages',
	},
	{
		name: 'a missing glossary file is reported once',
		files: { [terms]: null },
		expected: [`${terms}:1:1 data-syntax`],
	},
];

/** A copy of the valid fixture with the case's files planted in it; returns the content root. */
function plant(files: Case['files']): string {
	const root = path.join(temporaryFolder('handbook-bad-'), 'content');
	fs.cpSync(validFixture, root, { recursive: true });
	for (const [file, what] of Object.entries(files)) {
		const target = path.join(root, file);
		fs.mkdirSync(path.dirname(target), { recursive: true });
		if (what === null) fs.rmSync(target, { recursive: true });
		else if (typeof what === 'function') fs.writeFileSync(target, what(fs.readFileSync(target, 'utf8')));
		else if (typeof what === 'object' && 'symlink' in what) fs.symlinkSync(what.symlink, target);
		else fs.writeFileSync(target, what);
	}
	return root;
}

describe('the bad-content catalogue', () => {
	test('has at least 80 distinct cases', () => {
		expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
		expect(cases.length).toBeGreaterThanOrEqual(80);
	});

	test.each(cases)('$name', ({ files, expected, mentions }) => {
		const root = plant(files);
		let problems: ReturnType<typeof validateContent>['problems'] = [];
		expect(() => ({ problems } = validateContent(root))).not.toThrow();
		const found = problems.map((p) => `${p.file.replace(/^content\//, '')}:${p.line}:${p.column} ${p.rule}`);
		expect(found, JSON.stringify(problems, null, 1)).toEqual(expected);
		for (const problem of problems) {
			expect(problem.message).not.toMatch(/could not finish/);
			expect(problem.hint.length).toBeGreaterThan(10);
		}
		if (mentions) expect(`${problems[0]?.message} ${problems[0]?.hint}`).toContain(mentions);
	});
});

describe('the markup payload corpus, refused by the check (the first layer)', () => {
	test.each(markupPayloads.map((payload, i) => ({ ...payload, i })))('$kind: $name', (payload) => {
		const file = payloadFile(payload, payload.i);
		const root = plant({ [file]: payloadPage(payload, payload.i) });
		// A payload's `<img>` is also an image, which the image rules judge too (its alt text, its file): not the subject here.
		const errors = validateContent(root).problems.filter(
			(p) => p.severity === 'error' && p.rule !== 'image-alt' && p.rule !== 'missing-image',
		);
		const text = payloadPage(payload, payload.i).split('\n');
		const written = payloadText(payload).split('\n');
		const first = text.indexOf(written[0]!) + 1;
		const last = first + written.length - 1;
		expect(
			errors.map((p) => `${p.file} ${p.rule}`),
			JSON.stringify(errors, null, 1),
		).toEqual([`content/${file} ${payload.rule}`]);
		expect(errors[0]!.line).toBeGreaterThanOrEqual(first);
		expect(errors[0]!.line).toBeLessThanOrEqual(last);
	});

	test('holds at least 50 payloads of every kind', () => {
		expect(markupPayloads.length).toBeGreaterThanOrEqual(50);
		const kinds = new Map<string, number>();
		for (const { kind } of markupPayloads) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
		expect(kinds.size).toBe(7);
	});
});
