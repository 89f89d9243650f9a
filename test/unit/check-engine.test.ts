import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runChecks, type Problem, type RunOptions } from '../../src/check/engine.ts';
import { ruleById } from '../../src/check/catalogue.ts';
import type { DerivedIndex, Report, Rule, RuleContext, Scope } from '../../src/check/rule.ts';
import { loadHandbook } from '../../src/model/load.ts';
import type { GlossaryTerm } from '../../src/schemas/glossary.ts';
import { mutatedFixture, replaceOnce, type Mutation } from '../helpers/fixtures.ts';

// The engine that runs the check's rules (src/check/engine.ts), judged with rules made for the test: in which order
// rules run, which problems an editor is shown and in what order, what a faulty rule does to the rest of the check,
// and the facts every rule shares (the anchors each address has, the keys cited anywhere, the frontmatter schema).

/** A rule made for the test: it reports what `reports` gives it, after noting that it ran. */
function testRule(id: string, scope: Scope, reports: (context: RuleContext) => Report[] = () => [], ran?: string[]) {
	return {
		id,
		kind: 'editorial',
		summary: `The test's ${id}.`,
		example: '',
		fix: '',
		scope,
		check(context) {
			ran?.push(id);
			for (const report of reports(context)) context.report(report);
		},
	} satisfies Rule;
}

const handbook = (mutation: Mutation = {}) => loadHandbook(mutatedFixture(mutation));

/** The facts the engine hands every rule, for a content set. */
function derivedOf(model: ReturnType<typeof loadHandbook>): DerivedIndex {
	let derived: DerivedIndex | undefined;
	runChecks(model, { rules: [testRule('look', 'site', (context) => ((derived = context.derived), []))] });
	return derived!;
}

const at = (line: number, column: number) => ({ line, column });
const shown = (problems: Problem[]) =>
	problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule} ${p.severity} ${p.message}`);

describe('running the rules', () => {
	test('data rules run first, then page rules, then site rules, whatever order they are given in', () => {
		const ran: string[] = [];
		const rules = [
			testRule('site-a', 'site', undefined, ran),
			testRule('page-a', 'page', undefined, ran),
			testRule('data-a', 'data', undefined, ran),
			testRule('site-b', 'site', undefined, ran),
			testRule('data-b', 'data', undefined, ran),
			testRule('page-b', 'page', undefined, ran),
		];
		expect(runChecks(handbook(), { rules })).toEqual([]);
		expect(ran).toEqual(['data-a', 'data-b', 'page-a', 'page-b', 'site-a', 'site-b']);
		// The rules are taken in the order given within a scope, and the list given is left as it was.
		expect(rules.map((r) => r.id)).toEqual(['site-a', 'page-a', 'data-a', 'site-b', 'data-b', 'page-b']);
	});

	test('each rule gets the model, every page, and the whole catalogue even when the run has one rule', () => {
		const model = handbook();
		let seen: RuleContext | undefined;
		runChecks(model, { rules: [testRule('look', 'page', (context) => ((seen = context), []))] });
		expect(seen!.model).toBe(model);
		expect(seen!.pages.map((p) => p.file)).toEqual([
			'content/docs/cases/example.mdx',
			'content/docs/glossary.mdx',
			'content/docs/index.mdx',
			'content/docs/leads/develop-coalitions/mobilize-knowledge.mdx',
			'content/docs/references.mdx',
			'content/docs/reflection.mdx',
		]);
		expect(seen!.catalogue).toBe(ruleById);
		expect(seen!.catalogue.get('broken-link')?.scope).toBe('site');
	});

	test('without rules named, the whole catalogue runs: a mistake in the content is found', () => {
		const model = handbook({
			'docs/index.mdx': replaceOnce('(/leads/develop-coalitions/mobilize-knowledge/)', '(/leads/no-such-page/)'),
		});
		expect(runChecks(model).map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}`)).toEqual([
			'content/docs/index.mdx:7:12 broken-link',
		]);
	});

	test('problems come sorted by file, then line, then column, then rule, as the editor walks the files', () => {
		const report = (file: string, line: number, column: number, message: string): Report => ({
			file,
			at: at(line, column),
			message,
			hint: 'Fix it.',
		});
		const problems = runChecks(handbook(), {
			rules: [
				testRule('zeta', 'page', () => [
					report('content/docs/index.mdx', 3, 1, 'third line'),
					report('content/docs/glossary.mdx', 12, 5, 'glossary, line 12'),
					report('content/docs/index.mdx', 2, 9, 'second line, column 9'),
					report('content/docs/index.mdx', 2, 10, 'second line, column 10'),
					report('content/docs/index.mdx', 10, 1, 'tenth line'),
					report('content/docs/index.mdx', 5, 20, 'fifth line, column 20'),
					report('content/docs/index.mdx', 5, 3, 'fifth line, column 3'),
					report('content/docs/index.mdx', 5, 11, 'fifth line, column 11'),
				]),
				testRule('alpha', 'data', () => [report('content/docs/index.mdx', 2, 9, 'the same place, by another rule')]),
				testRule('mid', 'site', () => [report('content/glossary/terms.yaml', 1, 1, 'a data file')]),
			],
		});
		expect(shown(problems)).toEqual([
			'content/docs/glossary.mdx:12:5 zeta error glossary, line 12',
			'content/docs/index.mdx:2:9 alpha error the same place, by another rule',
			'content/docs/index.mdx:2:9 zeta error second line, column 9',
			'content/docs/index.mdx:2:10 zeta error second line, column 10',
			'content/docs/index.mdx:3:1 zeta error third line',
			'content/docs/index.mdx:5:3 zeta error fifth line, column 3',
			'content/docs/index.mdx:5:11 zeta error fifth line, column 11',
			'content/docs/index.mdx:5:20 zeta error fifth line, column 20',
			'content/docs/index.mdx:10:1 zeta error tenth line',
			'content/glossary/terms.yaml:1:1 mid error a data file',
		]);
	});

	test('a problem carries its hint, and its fix only when the rule has one', () => {
		const fix = { line: 7, column: 12, from: '/old/', to: '/new/' };
		const problems = runChecks(handbook(), {
			rules: [
				testRule('fixable', 'page', () => [
					{ file: 'content/docs/index.mdx', at: at(7, 12), message: 'fixable', hint: 'Use /new/.', fix },
					{ file: 'content/docs/index.mdx', at: at(7, 13), message: 'not fixable', hint: 'Think.' },
				]),
			],
		});
		expect(problems).toStrictEqual([
			{
				file: 'content/docs/index.mdx',
				line: 7,
				column: 12,
				rule: 'fixable',
				severity: 'error',
				message: 'fixable',
				hint: 'Use /new/.',
				fix,
			},
			{
				file: 'content/docs/index.mdx',
				line: 7,
				column: 13,
				rule: 'fixable',
				severity: 'error',
				message: 'not fixable',
				hint: 'Think.',
			},
		]);
	});

	test('a rule that fails on some input is reported as a fault in the check, and every other rule still runs', () => {
		const ran: string[] = [];
		const failing = (id: string, scope: Scope, thrown: unknown) => ({
			...testRule(id, scope),
			check() {
				ran.push(id);
				throw thrown;
			},
		});
		const problems = runChecks(handbook(), {
			rules: [
				failing('throws-error', 'data', new TypeError("Cannot read properties of undefined (reading 'id')")),
				testRule(
					'fine',
					'page',
					() => [{ file: 'content/docs/index.mdx', at: at(1, 1), message: 'ok', hint: '' }],
					ran,
				),
				failing('throws-text', 'site', 'a plain string'),
			],
		});
		expect(ran).toEqual(['throws-error', 'fine', 'throws-text']);
		const hint =
			'This is a fault in the check, not necessarily in the content: report it with the file you last changed.';
		expect(problems).toStrictEqual([
			{
				file: 'content',
				line: 1,
				column: 1,
				rule: 'throws-error',
				severity: 'error',
				message: "the check could not finish this rule: Cannot read properties of undefined (reading 'id')",
				hint,
			},
			{
				file: 'content',
				line: 1,
				column: 1,
				rule: 'throws-text',
				severity: 'error',
				message: 'the check could not finish this rule: a plain string',
				hint,
			},
			{ file: 'content/docs/index.mdx', line: 1, column: 1, rule: 'fine', severity: 'error', message: 'ok', hint: '' },
		]);
	});

	test("severities from content/check.yaml: a rule's default, per rule, per path, and off; a safety rule stays an error", () => {
		const report = (file: string) => () => [{ file, at: at(1, 1), message: file, hint: '' }];
		const files = ['content/docs/index.mdx', 'content/docs/cases/example.mdx', 'content/docs/glossary.mdx'];
		const rules: Rule[] = [
			...files.map((file, i) => testRule(`editorial-${i}`, 'page', report(file))),
			{ ...testRule('warns', 'page', report('content/docs/reflection.mdx')), severity: 'warn' },
			{ ...testRule('quiet', 'page', report('content/docs/reflection.mdx')), severity: 'off' },
			{ ...testRule('safe', 'page', report('content/docs/references.mdx')), kind: 'safety' },
		];
		const severities: RunOptions['severities'] = {
			rules: { 'editorial-0': 'warn', safe: 'off' },
			overrides: [
				{ files: 'content/docs/cases/**', rules: { 'editorial-1': 'off' } },
				{ files: ['content/docs/glossary.mdx'], rules: { 'editorial-2': 'warn', safe: 'warn' } },
			],
		};
		expect(shown(runChecks(handbook(), { rules, severities }))).toEqual([
			'content/docs/glossary.mdx:1:1 editorial-2 warn content/docs/glossary.mdx',
			'content/docs/index.mdx:1:1 editorial-0 warn content/docs/index.mdx',
			'content/docs/references.mdx:1:1 safe error content/docs/references.mdx',
			'content/docs/reflection.mdx:1:1 warns warn content/docs/reflection.mdx',
		]);
		// Without check.yaml, every rule at its default.
		expect(shown(runChecks(handbook(), { rules })).map((line) => line.split(' ').slice(1, 3).join(' '))).toEqual([
			'editorial-1 error',
			'editorial-2 error',
			'editorial-0 error',
			'safe error',
			'warns warn',
		]);
	});
});

describe('checking some files only (`npm run check -- <files>`)', () => {
	const everywhere = (context: RuleContext): Report[] =>
		['content/docs/index.mdx', 'content/docs/glossary.mdx', 'content/glossary/terms.yaml'].map((file) => ({
			file,
			at: at(1, 1),
			message: `${context.pages.length} pages`,
			hint: '',
		}));

	test('page rules see only the pages asked for, and problems elsewhere are not shown', () => {
		const model = handbook();
		const index = path.join(model.root, 'docs/index.mdx');
		const problems = runChecks(model, {
			files: [index],
			rules: [testRule('data-rule', 'data', everywhere), testRule('page-rule', 'page', everywhere)],
		});
		expect(shown(problems)).toEqual([
			'content/docs/index.mdx:1:1 data-rule error 1 pages',
			'content/docs/index.mdx:1:1 page-rule error 1 pages',
		]);
	});

	test('a data file asked for shows its own problems; two files, named with `..` or from another folder', () => {
		const model = handbook();
		const files = [
			path.join(model.root, 'glossary/../glossary/terms.yaml'),
			path.relative(process.cwd(), path.join(model.root, 'docs/glossary.mdx')),
		];
		const problems = runChecks(model, { files, rules: [testRule('site-rule', 'site', everywhere)] });
		expect(shown(problems)).toEqual([
			'content/docs/glossary.mdx:1:1 site-rule error 1 pages',
			'content/glossary/terms.yaml:1:1 site-rule error 1 pages',
		]);
	});

	test('no files named, or an empty list, is every file', () => {
		const model = handbook();
		for (const files of [undefined, []])
			expect(shown(runChecks(model, { files, rules: [testRule('page-rule', 'page', everywhere)] }))).toEqual([
				'content/docs/glossary.mdx:1:1 page-rule error 6 pages',
				'content/docs/index.mdx:1:1 page-rule error 6 pages',
				'content/glossary/terms.yaml:1:1 page-rule error 6 pages',
			]);
	});
});

describe('what every rule shares: the anchors of each address', () => {
	const sorted = (anchors: Set<string> | undefined) => [...(anchors ?? [])].sort();

	test("a page's headings, its `id`s, its top, and its references when it cites", () => {
		const model = handbook({
			'docs/index.mdx': (text) => `${text}\n## First steps\n\n<div id="start-here">Here.</div>\n\n## First steps\n`,
		});
		const { anchorsByUrl } = derivedOf(model);
		expect(sorted(anchorsByUrl.get('/'))).toEqual(['_top', 'first-steps', 'first-steps-1', 'start-here']);
		expect(sorted(anchorsByUrl.get('/cases/example/'))).toEqual([
			'_top',
			'context',
			'leads-capabilities-in-action',
			'lessons',
			'purpose',
			'questions-for-discussion',
			'references',
			'sources',
			'what-happened',
			'what-the-research-found',
			'who-was-involved',
		]);
	});

	test('sections made from data: glossary terms, references, reflection questions, the rules, the parts of a source', () => {
		const model = handbook({
			'docs/authoring/check-errors.mdx': () =>
				'---\ntitle: Check errors\ndescription: The rules.\ntype: guide\n---\n\nThe rules.\n',
			'bibliography/structure.yaml': () =>
				'- key: vaidya-2017-building\n  page: /leads/develop-coalitions/mobilize-knowledge/\n  parts:\n    - id: III.1\n      name: Overview\n    - name: What We Found\n',
		});
		const { anchorsByUrl } = derivedOf(model);
		expect(sorted(anchorsByUrl.get('/glossary/'))).toEqual(['_top', 'coalition', 'collaborative-advantage']);
		expect(sorted(anchorsByUrl.get('/references/'))).toEqual([
			'_top',
			'ref-kanter-1994-collaborative',
			'ref-leadersforlife-2010-develop',
			'ref-vaidya-2017-building',
		]);
		expect(sorted(anchorsByUrl.get('/reflection/'))).toEqual(['_top', 'key-partners', 'references']);
		expect(sorted(anchorsByUrl.get('/leads/develop-coalitions/mobilize-knowledge/'))).toEqual([
			'_top',
			'references',
			'sec-iii-1',
			'sec-what-we-found',
			'what-the-research-says',
		]);
		const rules = anchorsByUrl.get('/authoring/check-errors/')!;
		expect(['_top', 'broken-link', 'markup-in-text', 'untraced-statement'].every((id) => rules.has(id))).toBe(true);
		expect(rules.size).toBe(ruleById.size + 1);
	});

	test('the addresses the site makes itself are known, with no anchors, and no page may take them', () => {
		const { anchorsByUrl, generatedUrls, shortLinks } = derivedOf(handbook());
		for (const url of ['/search/', '/a-z/', '/catalog.json', '/cite/cases/example.bib', '/404/'])
			expect([url, generatedUrls.has(url), sorted(anchorsByUrl.get(url))]).toEqual([url, true, []]);
		expect(generatedUrls.has('/glossary/')).toBe(false);
		expect(shortLinks.length).toBeGreaterThan(0);
		for (const link of shortLinks) expect(generatedUrls.has(`/go/${link.id}/`)).toBe(true);
	});

	test('addresses whose anchors cannot be known: a page that does not parse, a data file that does not load', () => {
		const healthy = derivedOf(handbook());
		expect([...healthy.anchorsUnknown]).toEqual([]);
		const broken = derivedOf(
			handbook({
				'docs/index.mdx': (text) => `${text}\n<div>never closed\n`,
				'glossary/terms.yaml': (text) => `${text}\n- id: [unclosed\n`,
				'bibliography/references.json': (text) => `${text},`,
				'reflection/questions.yaml': (text) => `${text}\n  : :\n- [`,
			}),
		);
		expect([...broken.anchorsUnknown].sort()).toEqual(['/', '/glossary/', '/references/', '/reflection/']);
	});

	test("a source's parts listed for a page that does not exist have nowhere to go, and stop nothing", () => {
		const model = handbook({
			'bibliography/structure.yaml': () =>
				'- key: vaidya-2017-building\n  page: /sources/no-such-page/\n  parts:\n    - name: Overview\n',
		});
		const { anchorsByUrl } = derivedOf(model);
		expect(anchorsByUrl.has('/sources/no-such-page/')).toBe(false);
		expect([...anchorsByUrl.values()].some((anchors) => anchors.has('sec-overview'))).toBe(false);
	});

	test('a content set without reflection questions has none to link to, but that is not a broken file', () => {
		const model = handbook({ 'reflection/questions.yaml': () => ' ' });
		model.sources.reflection = { ...model.sources.reflection, exists: false, value: undefined };
		expect([...derivedOf(model).anchorsUnknown]).toEqual([]);
	});
});

describe('what every rule shares: the keys cited anywhere', () => {
	test('from pages, glossary terms and the framework', () => {
		const model = handbook();
		expect([...derivedOf(model).citedKeys].sort()).toEqual([
			'kanter-1994-collaborative',
			'leadersforlife-2010-develop',
			'vaidya-2017-building',
		]);
		expect(model.framework!.sources).toEqual(['vaidya-2017-building', 'leadersforlife-2010-develop']);
		// Each place counts on its own.
		model.framework = { ...model.framework!, sources: ['kanter-1994-collaborative'] };
		const { cite, ...uncited } = model.glossary.get('coalition')!;
		expect(cite).toEqual(['vaidya-2017-building']);
		model.glossary = new Map([
			['coalition', { ...uncited, cite: ['glossary-only-key'] }],
			// A term without `cite` is invalid (data-field reports it) and kept for its id, so links to it still resolve.
			['uncited', { ...uncited, id: 'uncited' } as GlossaryTerm],
		]);
		model.pages = model.pages.filter((page) => page.url === '/reflection/');
		expect([...derivedOf(model).citedKeys].sort()).toEqual([
			'glossary-only-key',
			'kanter-1994-collaborative',
			'vaidya-2017-building',
		]);
		model.framework = undefined;
		model.glossary = new Map();
		model.pages = [];
		expect([...derivedOf(model).citedKeys]).toEqual([]);
	});
});

describe("what every rule shares: the frontmatter schema's problems", () => {
	const issuesOf = (model: ReturnType<typeof loadHandbook>, url: string) => {
		const derived = derivedOf(model);
		const page = model.pages.find((p) => p.url === url)!;
		const first = derived.frontmatterIssues(page);
		// Asked twice, the schema runs once.
		if (page.frontmatter) expect(derived.frontmatterIssues(page)).toBe(first);
		return first.map(({ path, message }) => `${path.join('.')}: ${message}`);
	};

	test("Starlight's fields and the handbook's, with the capabilities of LEADS and the keys of the bibliography", () => {
		const model = handbook({
			'docs/cases/example.mdx': replaceOnce(
				'capabilities: [build-partnerships]\nsources: [vaidya-2017-building]',
				'capabilities: [build-partnerships, build-bridges]\nsources: [vaidya-2017-building, nobody-2020-nothing]\nsidebar: { order: first }',
			),
		});
		expect(issuesOf(model, '/cases/example/')).toEqual([
			'capabilities.1: unknown capability id',
			'sources.1: unknown bibliography key',
			'sidebar.order: Invalid input: expected number, received string',
		]);
		expect(issuesOf(model, '/')).toEqual([]);
	});

	test('a capability or a key is not judged when the file that lists them does not load', () => {
		const model = handbook({
			'docs/cases/example.mdx': replaceOnce(
				'capabilities: [build-partnerships]\nsources: [vaidya-2017-building]',
				'capabilities: [build-bridges]\nsources: [nobody-2020-nothing]',
			),
			'taxonomy/leads.yaml': (text) => `${text}\n: [`,
			'bibliography/references.json': (text) => `${text},`,
		});
		expect(issuesOf(model, '/cases/example/')).toEqual([]);
	});

	test('a page whose frontmatter could not be read has no schema problems of its own', () => {
		const model = handbook({ 'docs/index.mdx': (text) => text.replace('---\n', '---\ntitle: [unclosed\n') });
		expect(model.pages.find((p) => p.url === '/')!.frontmatter).toBeUndefined();
		expect(issuesOf(model, '/')).toEqual([]);
	});
});
