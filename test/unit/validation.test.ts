import { describe, expect, test } from 'vitest';
import { ruleIds, type RuleId } from '../../src/validation/rules.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { loadHandbook } from '../../src/model/load.ts';
import type { Locales } from '../../src/model/locales.ts';
import fs from 'node:fs';
import path from 'node:path';
import { mutatedFixture, replaceOnce, validFixture, type Mutation } from '../helpers/fixtures.ts';

const capabilityPage = 'docs/leads/develop-coalitions/mobilize-knowledge.mdx';
const casePage = 'docs/cases/example.mdx';
const reflectionPage = 'docs/reflection.mdx';
const shown = (file: string) => `content/${file}`;
const guidePage = (title: string) =>
	`---\ntitle: ${title}\ndescription: A page planted by a test, with enough words.\ntype: guide\n---\n\nText.\n`;

interface Case {
	rule: RuleId;
	mutation: Mutation;
	/** Changes a text edit cannot make (binary files, symbolic links, deleted files), applied after the mutation. */
	setup?: (root: string) => void;
	file: string;
	line: number;
	column?: number;
	/** Text the message or hint must contain, such as the suggested fix. */
	mentions?: string;
	/** The languages the configuration declares, when the case needs more than the default (English only). */
	locales?: Locales;
}

/** One planted mistake per rule, with where the check must report it. */
const cases: Case[] = [
	{
		rule: 'check-config',
		mutation: { 'check.yaml': () => 'rules:\n  in-brief-missing: warn\n  mdx-code: off\n' },
		file: 'check.yaml',
		line: 3,
		column: 13,
		mentions: 'safety rule',
	},
	{
		rule: 'mdx-syntax',
		mutation: { [capabilityPage]: replaceOnce('Knowledge is dynamic', 'Knowledge is {dynamic') },
		file: capabilityPage,
		line: 9,
	},
	{
		rule: 'frontmatter-syntax',
		mutation: { [capabilityPage]: replaceOnce('title: Mobilize knowledge', 'title: Mobilize: knowledge') },
		file: capabilityPage,
		line: 2,
	},
	{
		rule: 'frontmatter-field',
		mutation: {
			[capabilityPage]: replaceOnce(
				'description: The capability of gathering and sharing knowledge across a coalition.\n',
				'',
			),
		},
		file: capabilityPage,
		line: 2,
		mentions: 'description',
	},
	{
		rule: 'reviewed-date',
		mutation: { [capabilityPage]: replaceOnce('type: capability', 'type: capability\nreviewed: 2026-02-30') },
		file: capabilityPage,
		line: 5,
		column: 11,
		mentions: 'YYYY-MM-DD',
	},
	{
		rule: 'unknown-page-type',
		mutation: { [capabilityPage]: replaceOnce('type: capability', 'type: capabilty') },
		file: capabilityPage,
		line: 4,
		column: 7,
		mentions: 'capability',
	},
	{
		rule: 'unknown-capability',
		mutation: {
			[capabilityPage]: replaceOnce('capabilities: [mobilize-knowledge]', 'capabilities: [mobilise-knowledge]'),
		},
		file: capabilityPage,
		line: 5,
		column: 16,
		mentions: 'Did you mean `mobilize-knowledge`',
	},
	{
		rule: 'missing-capabilities',
		mutation: { [capabilityPage]: replaceOnce('capabilities: [mobilize-knowledge]', 'capabilities: []') },
		file: capabilityPage,
		line: 5,
	},
	{
		rule: 'missing-sources',
		mutation: { [casePage]: replaceOnce('sources: [vaidya-2017-building]\n', '') },
		file: casePage,
		line: 4,
	},
	{
		rule: 'source-not-cited',
		mutation: {
			[reflectionPage]: replaceOnce(
				'sources: [vaidya-2017-building]',
				'sources: [vaidya-2017-building, kanter-1994-collaborative]',
			),
		},
		file: reflectionPage,
		line: 6,
		mentions: 'kanter-1994-collaborative',
	},
	{
		rule: 'no-citation',
		mutation: { [reflectionPage]: replaceOnce(' [@vaidya-2017-building]', '') },
		file: reflectionPage,
		line: 2,
	},
	{
		rule: 'unknown-citation',
		mutation: {
			[capabilityPage]: replaceOnce(
				'solutions [@leadersforlife-2010-develop]',
				'solutions [@leadersforlife-2010-develp]',
			),
		},
		file: capabilityPage,
		line: 9,
		column: 64,
		mentions: 'Did you mean `leadersforlife-2010-develop`',
	},
	{
		rule: 'unknown-term',
		mutation: {
			[capabilityPage]: replaceOnce('glossary:collaborative-advantage', 'glossary:collaborative-advantages'),
		},
		file: capabilityPage,
		line: 13,
		mentions: 'collaborative-advantage',
	},
	{
		rule: 'broken-link',
		mutation: { [capabilityPage]: replaceOnce('(/cases/example/#context)', '(/cases/exampel/)') },
		file: capabilityPage,
		line: 15,
		mentions: '/cases/example/',
	},
	{
		rule: 'broken-anchor',
		mutation: { [capabilityPage]: replaceOnce('(#what-the-research-says)', '(#what-research-says)') },
		file: capabilityPage,
		line: 15,
		mentions: 'what-the-research-says',
	},
	{
		rule: 'frontmatter-attributes',
		mutation: {
			[capabilityPage]: replaceOnce(
				'type: capability',
				'type: capability\nsidebar:\n  attrs: { style: "position:fixed;inset:0", onclick: "alert(1)" }',
			),
		},
		file: capabilityPage,
		line: 6,
		mentions: 'onclick',
	},
	{
		rule: 'unsafe-content',
		mutation: { [capabilityPage]: (t) => `${t}\n<button onClick={() => fetch('/x')}>Go</button>\n` },
		file: capabilityPage,
		line: 17,
		column: 1,
		mentions: 'onClick',
	},
	{
		// Not script, but not an address the build publishes either (the output audit's allowlist has the same list).
		rule: 'unsafe-content',
		mutation: { [capabilityPage]: (t) => `${t}\nThe [minutes](ftp://files.example.org/minutes.txt) are kept.\n` },
		file: capabilityPage,
		line: 17,
		column: 5,
		mentions: 'ftp:',
	},
	{
		rule: 'image-alt',
		mutation: { [capabilityPage]: (t) => `${t}\n![](/images/lifecycle.svg)\n` },
		file: capabilityPage,
		line: 17,
	},
	{
		rule: 'case-study-template',
		mutation: { [casePage]: replaceOnce('## Purpose', '## Aim') },
		file: casePage,
		line: 19,
		mentions: 'Purpose',
	},
	{
		rule: 'duplicate-id',
		mutation: {
			'glossary/terms.yaml': (t) =>
				`${t}- id: coalition\n  term: Coalition again\n  definition: A second entry with the same id.\n  cite: [vaidya-2017-building]\n`,
		},
		file: 'glossary/terms.yaml',
		line: 10,
		mentions: 'line 1',
	},
	{
		rule: 'data-syntax',
		mutation: { 'glossary/terms.yaml': replaceOnce('  term: Coalition\n', '  term: [Coalition\n') },
		file: 'glossary/terms.yaml',
		line: 3,
	},
	{
		rule: 'data-field',
		mutation: {
			'glossary/terms.yaml': replaceOnce(
				'  definition: What partners achieve together that none would achieve as readily alone.\n',
				'',
			),
		},
		file: 'glossary/terms.yaml',
		line: 5,
		mentions: 'definition',
	},
	{
		rule: 'bibliography-key',
		mutation: {
			'bibliography/references.json': replaceOnce('"id": "kanter-1994-collaborative"', '"id": "Kanter94"'),
			[capabilityPage]: replaceOnce('@kanter-1994-collaborative', '@Kanter94'),
		},
		file: 'bibliography/references.json',
		line: 22,
		mentions: 'kanter-1994-collaborative',
	},
	{
		rule: 'unknown-redirect-target',
		mutation: { 'redirects.yaml': replaceOnce('to: /cases/example/', 'to: /cases/exampel/') },
		file: 'redirects.yaml',
		line: 3,
		mentions: '/cases/example/',
	},
	{
		rule: 'unknown-vocabulary-target',
		mutation: { 'search/vocabulary.yaml': replaceOnce('terms: [better solutions]', 'terms: [beter solutions]') },
		file: 'search/vocabulary.yaml',
		line: 7,
		column: 11,
		mentions: 'beter solutions',
	},
	{
		rule: 'vocabulary-self-mapping',
		mutation: {
			'search/vocabulary.yaml': replaceOnce(
				'[evidence sharing, knowledge exchange]',
				'[evidence sharing, mobilise knowledge]',
			),
		},
		file: 'search/vocabulary.yaml',
		line: 2,
		column: 29,
		mentions: 'mobilise knowledge',
	},
	{
		rule: 'duplicate-vocabulary-word',
		mutation: { 'search/vocabulary.yaml': replaceOnce('words: [win-win]', 'words: [win-win, knowledge exchanges]') },
		file: 'search/vocabulary.yaml',
		line: 4,
		column: 20,
		mentions: 'line 2',
	},
	{
		rule: 'unknown-need-target',
		mutation: { 'search/needs.yaml': replaceOnce('#what-happened', '#what-happend') },
		file: 'search/needs.yaml',
		line: 2,
		column: 11,
		mentions: '/cases/example/#what-happened',
	},
	{
		rule: 'duplicate-need',
		mutation: {
			'search/needs.yaml': replaceOnce(
				'- our partnership meetings go nowhere',
				'- our partnership meetings go nowhere\n    - an examples to learn from',
			),
		},
		file: 'search/needs.yaml',
		line: 12,
		column: 7,
		mentions: 'line 2',
	},
	{
		rule: 'vague-need',
		mutation: { 'search/needs.yaml': replaceOnce('- an example to learn from', '- the examples, please') },
		file: 'search/needs.yaml',
		line: 5,
		column: 7,
		mentions: 'one meaningful word',
	},
	{
		rule: 'short-link-collision',
		mutation: {
			'glossary/terms.yaml': (t) =>
				`${t}- id: example\n  term: Example\n  definition: A term whose id is also the example case's short id.\n  cite: [vaidya-2017-building]\n`,
		},
		file: 'glossary/terms.yaml',
		line: 10,
		mentions: '/go/example/',
	},
	{
		rule: 'short-link-redirect',
		mutation: { 'redirects.yaml': (t) => `${t}- from: /go/example/\n  to: /cases/example/\n` },
		file: 'redirects.yaml',
		line: 4,
		mentions: 'take it over',
	},
	{
		rule: 'unused-reference',
		mutation: { [capabilityPage]: replaceOnce('@kanter-1994-collaborative named', 'Kanter named') },
		file: 'bibliography/references.json',
		line: 22,
		mentions: 'kanter-1994-collaborative',
	},
	{
		rule: 'in-brief-missing',
		mutation: { [casePage]: (t) => t.replace(/^inBrief: .*\n/m, '') },
		file: casePage,
		line: 4,
		mentions: 'inBrief:',
	},
	{
		rule: 'unmarked-interpretation',
		// Self-aware is named only in the slides, which the capability page does not cite.
		mutation: {
			[capabilityPage]: replaceOnce(
				'capabilities: [mobilize-knowledge]',
				'capabilities: [mobilize-knowledge, self-aware]',
			),
		},
		file: capabilityPage,
		line: 5,
		column: 36,
		mentions: "the handbook's reading",
	},
];

// Rule cross-locale-link: a French page (in `docs/fr/`, with French declared) linking to an English page that has
// no French version.
cases.push({
	rule: 'cross-locale-link',
	mutation: {
		'docs/fr/guide.mdx': () =>
			'---\ntitle: Un guide\ndescription: Une page plantée par un essai, en français.\ntype: guide\n---\n\nVoir [le cas](/cases/example/).\n',
	},
	locales: { root: { label: 'English', lang: 'en-CA' }, fr: { label: 'Français', lang: 'fr-CA' } },
	file: 'docs/fr/guide.mdx',
	line: 7,
	column: 6,
	mentions: 'no Français version of it yet',
});

// A citation inside an "In brief" point is checked like one in the body, at the column of its key.
cases.push({
	rule: 'unknown-citation',
	mutation: {
		[casePage]: replaceOnce('common purpose [@vaidya-2017-building]."', 'common purpose [@vaidya-2017-buildin]."'),
	},
	file: casePage,
	line: 7,
	column: 68,
	mentions: 'vaidya-2017-building',
});

// The same in points written one per line, where an earlier point cites the same work: the key is placed in the
// point that holds it, not at the first `@` of that work in the frontmatter.
cases.push({
	rule: 'unknown-citation',
	mutation: {
		[casePage]: (t) =>
			t.replace(
				/^inBrief: .*$/m,
				[
					'inBrief:',
					'  - "Physician leads in a province met for a common purpose [@vaidya-2017-building]."',
					'  - "The slides report no findings, only an outline [@vaidya-2017-buildin]."',
					'  - "Ask who your own partners are [@vaidya-2017-building]."',
				].join('\n'),
			),
	},
	file: casePage,
	line: 9,
	column: 54,
	mentions: 'vaidya-2017-building',
});

// Rule unknown-locator: a section the source does not have, checked against its parts in structure.yaml.
const structure =
	'- key: leadersforlife-2010-develop\n  page: /references/\n  parts:\n    - { name: Purpose }\n    - { id: "IV.1", name: Mobilize Knowledge }\n';
const locatedAt = (locator: string) => ({
	'bibliography/structure.yaml': () => structure,
	[capabilityPage]: replaceOnce(
		'solutions [@leadersforlife-2010-develop]',
		`solutions [@leadersforlife-2010-develop, ${locator}]`,
	),
});
cases.push(
	{
		rule: 'unknown-locator',
		mutation: locatedAt('sec. IV.9'),
		file: capabilityPage,
		line: 9,
		column: 64,
		mentions: '`IV.1 Mobilize Knowledge`',
	},
	{
		rule: 'unknown-locator',
		// A source with no list of parts cannot be cited at a place: the locator cannot be checked.
		mutation: {
			[capabilityPage]: replaceOnce(
				'solutions [@leadersforlife-2010-develop]',
				'solutions [@leadersforlife-2010-develop, p. 4]',
			),
		},
		file: capabilityPage,
		line: 9,
		mentions: 'without a locator',
	},
);

describe('pinpoint locators', () => {
	test('a part named by its number or its title, in any case, passes', () => {
		for (const locator of ['sec. IV.1', 'sec. mobilize knowledge', 'sec. Purpose'])
			expect(validateContent(mutatedFixture(locatedAt(locator))).problems, locator).toEqual([]);
	});
	test('a source listed with a page that does not exist is reported in structure.yaml', () => {
		const { problems } = validateContent(
			mutatedFixture({ 'bibliography/structure.yaml': () => structure.replace('/references/', '/sources/nowhere/') }),
		);
		expect(problems.map((p) => `${p.rule} ${p.file}:${p.line}`)).toEqual([
			'unknown-locator content/bibliography/structure.yaml:2',
		]);
	});
});

// Rule untraced-statement: an "In brief" point, a paragraph and a list item that name no source.
cases.push(
	{
		rule: 'untraced-statement',
		mutation: {
			[capabilityPage]: replaceOnce('take time to emerge [@leadersforlife-2010-develop].', 'take time to emerge.'),
		},
		file: capabilityPage,
		line: 7,
		column: 11,
		mentions: 'In brief point',
	},
	{
		rule: 'untraced-statement',
		mutation: { [casePage]: replaceOnce('A short case [@vaidya-2017-building].', 'A short case.') },
		file: casePage,
		line: 9,
		column: 1,
		mentions: 'paragraph',
	},
	{
		rule: 'untraced-statement',
		mutation: {
			[casePage]: replaceOnce(
				'They met [@vaidya-2017-building].',
				'They met [@vaidya-2017-building]:\n\n- in a province [@vaidya-2017-building];\n- for a common purpose.',
			),
		},
		file: casePage,
		line: 28,
		column: 1,
		mentions: '[@key]',
	},
);

cases.push(
	{
		rule: 'markup-in-text',
		mutation: {
			[capabilityPage]: replaceOnce('title: Mobilize knowledge', 'title: "Trust</title><script>alert(1)</script>"'),
		},
		file: capabilityPage,
		line: 2,
		column: 8,
	},
	{
		rule: 'markdown-in-text',
		mutation: { [capabilityPage]: replaceOnce('title: Mobilize knowledge', 'title: Mobilize **knowledge**') },
		file: capabilityPage,
		line: 2,
		column: 8,
		mentions: '`knowledge`',
	},
	{
		rule: 'head-and-banner',
		mutation: {
			[capabilityPage]: replaceOnce(
				'type: capability',
				'type: capability\nhead:\n  - tag: script\n    content: alert(1)',
			),
		},
		file: capabilityPage,
		line: 6,
		mentions: 'script',
	},
	{
		// A meta tag that changes what the browser does (here, what other sites learn of the reader).
		rule: 'head-and-banner',
		mutation: {
			[capabilityPage]: replaceOnce(
				'type: capability',
				'type: capability\nhead:\n  - tag: meta\n    attrs: { name: referrer, content: unsafe-url }',
			),
		},
		file: capabilityPage,
		line: 6,
		mentions: 'referrer',
	},
	{
		rule: 'page-title',
		mutation: { [capabilityPage]: replaceOnce('title: Mobilize knowledge', 'title: "  "') },
		file: capabilityPage,
		line: 2,
		column: 8,
		mentions: 'blank',
	},
	{
		rule: 'page-size',
		mutation: {
			[capabilityPage]: replaceOnce(
				'Knowledge is dynamic',
				`${Array.from({ length: 301 }, (_, i) => `## Step ${i + 1}\n`).join('\n')}\nKnowledge is dynamic`,
			),
		},
		file: capabilityPage,
		line: 9 + 300 * 2,
		mentions: '302 headings, over the 300', // the page has one of its own
	},
	{
		rule: 'mdx-code',
		mutation: {
			[capabilityPage]: replaceOnce('Knowledge is dynamic', "import fs from 'node:fs';\n\nKnowledge is dynamic"),
		},
		file: capabilityPage,
		line: 9,
		mentions: 'node:fs',
	},
	{
		rule: 'unreadable-file',
		mutation: {},
		setup: (root) => fs.writeFileSync(path.join(root, 'docs/binary.mdx'), Buffer.from([0x2d, 0x2d, 0x2d, 0, 1, 2])),
		file: 'docs/binary.mdx',
		line: 1,
		mentions: 'binary',
	},
	{
		rule: 'page-symlink',
		mutation: {},
		setup: (root) => fs.symlinkSync(path.join(root, 'docs/cases/example.mdx'), path.join(root, 'docs/linked.mdx')),
		file: 'docs/linked.mdx',
		line: 1,
	},
	{
		rule: 'empty-docs',
		mutation: {},
		setup: (root) => fs.rmSync(path.join(root, 'docs/index.mdx')),
		file: 'docs/index.mdx',
		line: 1,
		mentions: 'home page',
	},
	{
		rule: 'page-address',
		mutation: { 'docs/My Page.mdx': () => guidePage('My page') },
		file: 'docs/My Page.mdx',
		line: 1,
		mentions: '/my-page/',
	},
	{
		rule: 'duplicate-page',
		mutation: { 'docs/cases/example/index.mdx': () => guidePage('Another example') },
		file: 'docs/cases/example/index.mdx',
		line: 1,
		mentions: '/cases/example/',
	},
	{
		rule: 'reserved-address',
		mutation: { 'docs/search.mdx': () => guidePage('Search') },
		file: 'docs/search.mdx',
		line: 1,
		mentions: '/search/',
	},
	{
		rule: 'missing-image',
		mutation: {
			[capabilityPage]: replaceOnce(
				'Knowledge is dynamic',
				'![The cycle of knowledge](/images/cycle.svg)\n\nKnowledge is dynamic',
			),
		},
		file: capabilityPage,
		line: 9,
		mentions: '/images/cycle.svg',
	},
);

/** A fixture with the case's mistake planted in it. */
function planted({ mutation, setup }: Pick<Case, 'mutation' | 'setup'>): string {
	const root = mutatedFixture(mutation);
	setup?.(root);
	return root;
}

describe('a valid content set', () => {
	test('passes with no problems', () => {
		const { problems, content } = validateContent(validFixture);
		expect(problems).toEqual([]);
		expect(content.pages.length).toBe(6);
	});
});

describe('each rule, on a planted mistake', () => {
	test('every rule in the catalogue has a planted-mistake case', () => {
		expect(new Set(cases.map((c) => c.rule))).toEqual(new Set(ruleIds));
	});

	test.each(cases)(
		'$rule is reported at $file:$line',
		({ rule, mutation, setup, file, line, column, mentions, locales }) => {
			const { problems } = validateContent(planted({ mutation, setup }), {}, locales);
			const match = problems.find((p) => p.rule === rule);
			expect(match, `no ${rule} among ${JSON.stringify(problems, null, 1)}`).toBeDefined();
			expect(match!.file).toBe(shown(file));
			expect(match!.line).toBe(line);
			if (column) expect(match!.column).toBe(column);
			expect(match!.hint.length).toBeGreaterThan(10);
			if (mentions) expect(`${match!.message} ${match!.hint}`).toContain(mentions);
			// A mistake is reported in the file it was made in (or the bibliography, for keys), never elsewhere.
			const touched = new Set(
				[...Object.keys(mutation), file].map(shown).concat('content/bibliography/references.json'),
			);
			for (const problem of problems) expect(touched).toContain(problem.file);
		},
	);
});

describe('page bounds and titles', () => {
	const problemsOf = (mutation: Mutation) => validateContent(mutatedFixture(mutation)).problems;

	test('a title with a bidirectional control, or an empty one, is refused; a right-to-left title is not', () => {
		for (const title of ['"Trust \\u202Eregnad"', '"\\u2067Trust\\u2069"', '""']) {
			const problems = problemsOf({ [capabilityPage]: replaceOnce('title: Mobilize knowledge', `title: ${title}`) });
			expect(
				problems.map((p) => `${p.line}:${p.column} ${p.rule}`),
				title,
			).toContain('2:8 page-title');
		}
		expect(
			problemsOf({
				[capabilityPage]: replaceOnce('title: Mobilize knowledge', 'title: Mobilize knowledge — بناء الثقة'),
			}),
		).toEqual([]);
	});

	test('a page over 200 KB is refused with its size; a page of 300 headings passes', () => {
		const long = `${'Knowledge is shared among partners. '.repeat(6_000)}\n\nKnowledge is dynamic`;
		const [problem] = problemsOf({ [capabilityPage]: replaceOnce('Knowledge is dynamic', long) }).filter(
			(p) => p.rule === 'page-size',
		);
		expect(problem?.message).toMatch(/^the page is 2\d\d KB, over the 200 KB a page may be$/);
		// 299 and the page's own heading.
		const headings = Array.from({ length: 299 }, (_, i) => `## Step ${i + 1}\n`).join('\n');
		expect(
			problemsOf({ [capabilityPage]: replaceOnce('Knowledge is dynamic', `${headings}\nKnowledge is dynamic`) }),
		).toEqual([]);
	});
});

describe('what an editor may link to and add to the head', () => {
	const rulesOf = (mutation: Mutation) => validateContent(mutatedFixture(mutation)).problems.map((p) => p.rule);
	const withLink = (href: string) => ({
		[capabilityPage]: replaceOnce('Knowledge is dynamic', `Call [the office](${href}). Knowledge is dynamic`),
	});
	const withMeta = (name: string) => ({
		[capabilityPage]: replaceOnce(
			'type: capability',
			`type: capability\nhead:\n  - tag: meta\n    attrs: { name: ${name}, content: x }`,
		),
	});

	test('a phone number, an e-mail address and a web address are links the build publishes', () => {
		for (const href of ['tel:+15555550100', 'mailto:office@example.org', 'https://example.org/'])
			expect(rulesOf(withLink(href)), href).not.toContain('unsafe-content');
	});

	test('any other scheme is refused, by name', () => {
		for (const href of ['ftp://example.org/x', 'file:///etc/passwd', 'sms:+15555550100', 'intent://x'])
			expect(rulesOf(withLink(href)), href).toContain('unsafe-content');
	});

	test('author, keywords and robots meta tags pass; one that changes what the browser does is refused', () => {
		for (const name of ['author', 'keywords', 'robots']) expect(rulesOf(withMeta(name)), name).toEqual([]);
		for (const name of ['referrer', 'color-scheme', 'theme-color'])
			expect(rulesOf(withMeta(name)), name).toContain('head-and-banner');
	});
});

describe('marking interpretation', () => {
	const tagged = replaceOnce('capabilities: [mobilize-knowledge]', 'capabilities: [mobilize-knowledge, self-aware]');

	test("a page that says the link is the handbook's reading passes, with either apostrophe", () => {
		for (const apostrophe of ["'", '’']) {
			const { problems } = validateContent(
				mutatedFixture({
					[capabilityPage]: (t) =>
						tagged(t).replace(
							'Knowledge is dynamic',
							`Linking this to Self-aware is the handbook${apostrophe}s reading. Knowledge is dynamic`,
						),
				}),
			);
			expect(problems).toEqual([]);
		}
	});

	test('citing a source that names the capability is enough', () => {
		const { problems } = validateContent(
			mutatedFixture({
				[capabilityPage]: (t) =>
					tagged(t).replace(
						'Knowledge is dynamic',
						'The slides list Self-aware [@vaidya-2017-building]. Knowledge is dynamic',
					),
			}),
		);
		expect(problems).toEqual([]);
	});

	test('which documents name a capability is data: an unknown key in `namedIn` is reported where it is', () => {
		const { problems } = validateContent(
			mutatedFixture({
				'taxonomy/leads.yaml': replaceOnce(
					'{ id: self-aware, name: Self-aware, namedIn: [vaidya-2017-building] }',
					'{ id: self-aware, name: Self-aware, namedIn: [vaidya-2017-buildin] }',
				),
			}),
		);
		expect(problems.map((p) => [p.rule, p.file, p.line])).toEqual([
			['unknown-citation', 'content/taxonomy/leads.yaml', 24],
		]);
		expect(problems[0]!.hint).toContain('vaidya-2017-building');
	});
});

describe('tracing statements', () => {
	const problemsWith = (list: string) =>
		validateContent(mutatedFixture({ [casePage]: replaceOnce('They met [@vaidya-2017-building].', list) })).problems;

	test("a list whose lead-in says it is the handbook's reading is traced, item by item", () => {
		const lead =
			"They met. Reading these steps as one sequence is the handbook's reading:\n\n- first in a province;\n- then for a common purpose.";
		expect(problemsWith(lead)).toEqual([]);
		// The same list under a lead-in that does not mark it: each item is reported.
		const unmarked = problemsWith(lead.replace("is the handbook's reading", 'is plain'));
		expect(unmarked.map((p) => `${p.rule} ${p.line}`)).toEqual([
			'untraced-statement 25',
			'untraced-statement 27',
			'untraced-statement 28',
		]);
	});

	test('a list of links to handbook pages is navigation, exempt; a link with a claim is not', () => {
		const links =
			'See:\n\n- [Mobilize knowledge](/leads/develop-coalitions/mobilize-knowledge/)\n- Capability: [the case](/cases/example/) and [its context](#context).';
		expect(problemsWith(links)).toEqual([]);
		const claim = problemsWith(links.replace('[the case](/cases/example/)', '[the case](/cases/example/) shows it'));
		expect(claim.map((p) => `${p.rule} ${p.line}`)).toEqual(['untraced-statement 28']);
	});

	test('a question for discussion states nothing; an instruction does', () => {
		expect(problemsWith('Who are your partners?')).toEqual([]);
		expect(problemsWith('Name your partners.').map((p) => p.rule)).toEqual(['untraced-statement']);
	});

	test('a question may hold an abbreviation; a question followed by a statement states something', () => {
		expect(problemsWith('Who, e.g. a nurse or i.e. a manager, etc. speaks for your partners?')).toEqual([]);
		expect(problemsWith('Who are your partners? Name them.').map((p) => `${p.rule} ${p.line}`)).toEqual([
			'untraced-statement 25',
		]);
		expect(problemsWith('Who are your partners? Name them!').map((p) => p.rule)).toEqual(['untraced-statement']);
		expect(problemsWith('Name your partners. Who are they?').map((p) => p.rule)).toEqual(['untraced-statement']);
	});

	test("a table's header cells and row labels are labels; its other cells state something", () => {
		const table = '| | Before | After |\n| --- | --- | --- |\n| Trust | Low | High |';
		expect(problemsWith(table).map((p) => `${p.rule} ${p.line}:${p.column} ${p.message}`)).toEqual([
			'untraced-statement 27:9 this table cell states something but names no source: "Low"',
			'untraced-statement 27:15 this table cell states something but names no source: "High"',
		]);
		// With a first header cell, the first column is data like the others.
		const headed = table.replace('| | Before', '| Quality | Before');
		expect(problemsWith(headed).map((p) => `${p.line}:${p.column}`)).toEqual(['27:1', '27:9', '27:15']);
	});

	test('a quoted paragraph is a statement too, and says so', () => {
		expect(problemsWith('> Partners meet monthly.').map((p) => p.message)).toEqual([
			'this quotation states something but names no source: "Partners meet monthly."',
		]);
		expect(problemsWith('> Partners meet monthly [@vaidya-2017-building].')).toEqual([]);
	});

	test('links joined by "see also" and the kinds of page they lead to are navigation', () => {
		expect(
			problemsWith(
				'See also the topics [Mobilize knowledge](/leads/develop-coalitions/mobilize-knowledge/) and the case study [the case](/cases/example/).',
			),
		).toEqual([]);
		expect(
			problemsWith('Partners: [Mobilize knowledge](/leads/develop-coalitions/mobilize-knowledge/).').map((p) => p.rule),
		).toEqual(['untraced-statement']);
		// A link to another site is not navigation within the handbook.
		expect(problemsWith('See [the report](https://example.org/report).').map((p) => p.rule)).toEqual([
			'untraced-statement',
		]);
	});
});

describe('reporting', () => {
	test('every problem is reported in one run, not only the first', () => {
		const { problems } = validateContent(
			mutatedFixture({
				[capabilityPage]: (t) =>
					t
						.replace('[mobilize-knowledge]', '[mobilise-knowledge]')
						.replace('glossary:collaborative-advantage', 'glossary:nope'),
				[casePage]: replaceOnce('## Purpose', '## Aim'),
			}),
		);
		expect(problems.map((p) => p.rule).sort()).toEqual(['case-study-template', 'unknown-capability', 'unknown-term']);
	});

	test('a page that does not parse is still checked for its frontmatter', () => {
		const { problems } = validateContent(
			mutatedFixture({
				[capabilityPage]: (t) =>
					t.replace('type: capability', 'type: nonsense').replace('Knowledge is dynamic', 'Knowledge <is dynamic'),
			}),
		);
		expect(problems.map((p) => p.rule).sort()).toEqual(['mdx-syntax', 'unknown-page-type']);
	});
});

describe('the test-only switch for the markup rules (HANDBOOK_TEST_UNCHECKED_MARKUP)', () => {
	// The output-audit tests build payloads with the check's markup rules off, to show that the audit
	// alone refuses them; the switch must never let MDX code through (it would run on the build machine).
	const payload: Mutation = {
		[capabilityPage]: (t) =>
			replaceOnce(
				'Knowledge is dynamic',
				"import fs from 'node:fs';\n\nKnowledge is dynamic",
			)(`${t}\n<button onClick={() => fetch('/x')}>Go</button>\n`),
	};
	const rulesFound = () => new Set(validateContent(mutatedFixture(payload)).problems.map((p) => p.rule));

	test('without it, both the markup rule and mdx-code report', () => {
		const found = rulesFound();
		expect(found.has('unsafe-content')).toBe(true);
		expect(found.has('mdx-code')).toBe(true);
	});

	test('with it, the markup rules are off and mdx-code still reports', () => {
		process.env.HANDBOOK_TEST_UNCHECKED_MARKUP = '1';
		try {
			const found = rulesFound();
			expect(found.has('unsafe-content')).toBe(false);
			expect(found.has('mdx-code')).toBe(true);
		} finally {
			delete process.env.HANDBOOK_TEST_UNCHECKED_MARKUP;
		}
	});
});

describe("a page's review date", () => {
	const page = 'docs/cases/example.mdx';
	const reviewed = (value: string) =>
		loadHandbook(
			mutatedFixture({ [page]: replaceOnce('type: case-study', `type: case-study\nreviewed: ${value}`) }),
		).pages.find((p) => p.relativePath === 'cases/example.mdx')?.reviewed;

	test('is the day its `reviewed:` field gives, as readers see under its title', () => {
		expect(reviewed('2026-05-04')).toBe('2026-05-04');
	});

	test('a day that does not exist is not shown (`reviewed-date` reports it); the last commit is shown instead', () => {
		// The fixture's copy is outside any Git checkout: no commit date either.
		expect(reviewed('2026-02-30')).toBeUndefined();
	});
});
