// The citation style is a setting: a fixture handbook built with `citationStyle: "vancouver"` (its own
// configuration file, through HANDBOOK_CONFIG) writes every citation in Vancouver. The expected strings are
// written out by hand from NLM's citation-sequence rules (Citing Medicine), as the CSL template renders
// them: works numbered in the order the page first cites them, "(1,2)" in the text, the page's list in that
// order, "Kanter RM." for a person, "[Internet]" and "Available from:" for a web page.
import { execFileSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildContentSet } from '../helpers/builds.ts';
import { mutatedFixture, replaceOnce } from '../helpers/fixtures.ts';

const pagePath = 'leads/develop-coalitions/mobilize-knowledge/index.html';

let dist: string;
let build: SpawnSyncReturns<string>;

beforeAll(() => {
	const root = mutatedFixture({
		// In brief cites the slides, then the executive summary; the body adds Kanter (narrative) and cites
		// both again together, written in the other order.
		'docs/leads/develop-coalitions/mobilize-knowledge.mdx': (text) =>
			replaceOnce(
				'better answers take time to emerge [@leadersforlife-2010-develop].',
				'better answers take time to emerge [@vaidya-2017-building].',
			)(
				replaceOnce(
					'(glossary:collaborative-advantage) [@leadersforlife-2010-develop].',
					'(glossary:collaborative-advantage) [@leadersforlife-2010-develop; @vaidya-2017-building].',
				)(text),
			),
		'docs/references.mdx': (text) =>
			`${text}\nimport References from '~/components/References.astro';\n\n<References />\n`,
		'docs/glossary.mdx': (text) => `${text}\nimport Glossary from '~/components/Glossary.astro';\n\n<Glossary />\n`,
	});
	// The page's date comes from its last commit: the fixture becomes a repository with one, on a known day.
	const git = (...args: string[]) =>
		execFileSync('git', ['-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.org', ...args], {
			cwd: root,
			env: { ...process.env, GIT_COMMITTER_DATE: '2026-05-04T12:00:00Z', GIT_AUTHOR_DATE: '2026-05-04T12:00:00Z' },
			stdio: 'ignore',
		});
	git('init', '-q');
	git('add', '-A');
	git('commit', '-q', '-m', 'Fixture');
	const base = path.dirname(root);
	const config = path.join(base, 'handbook.config.json');
	fs.writeFileSync(
		config,
		JSON.stringify({
			site: 'https://handbook.example.org',
			base: '/',
			editors: 'The Fixture editors',
			publisher: 'The Fixture Handbook',
			embedOrigins: [],
			citationStyle: 'vancouver',
		}),
	);
	({ dist, result: build } = buildContentSet(root, config));
}, 300_000);

const html = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');

/** Text as a reader sees it: previews (shown on hover) left out, tags dropped, entities read, spaces joined. */
const readable = (fragment: string) =>
	fragment
		.replace(/<span id="(?:cite|term)-preview-\d+"[^>]*>[^<]*<\/span>/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();

/** The inner HTML of each element matching an opening-tag pattern, up to its closing tag (no nesting of the same tag). */
const all = (page: string, open: RegExp, tag: string) =>
	[...page.matchAll(new RegExp(`${open.source}([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => match[1]!);

describe('a handbook built with citationStyle "vancouver"', () => {
	test('the build succeeds', () => {
		expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
	});

	test('In brief and the body cite by number, in the order the page first cites each work', () => {
		const page = html(pagePath);
		const inBrief = all(page, /<aside class="in-brief[^"]*"[^>]*>/, 'aside')[0]!;
		expect(all(inBrief, /<li[^>]*>/, 'li').map(readable)).toEqual([
			'Knowledge changes, and better answers take time to emerge (1).',
			'Kanter gave a name to the advantage of working together (2).',
			"Showing the capability at work in the example case is the handbook's reading.",
		]);
		const body = all(page, /<p>/, 'p').map(readable);
		expect(body).toContain('Knowledge is dynamic and takes time to yield better solutions (2).');
		expect(body).toContain('Kanter (3) named collaborative advantage (1,2).');
	});

	test("the page's reference list is numbered in that order", () => {
		const list = all(html(pagePath), /<section class="page-references"[^>]*>/, 'section')[0]!;
		// Numbered by the list's markers, which the style sheet shows for a numbered style.
		expect(list).toMatch(/<ol class="numbered">/);
		expect(all(list, /<li>/, 'li').map((item) => readable(item.replace(/<a class="reference-more"[^]*$/, '')))).toEqual(
			[
				'Vaidya A, Osborne R. Building blocks of a successful coalition: A LEADS perspective. 2017 Mar.',
				'Leaders for Life. Develop coalitions. The root of the matter: What every health leader should know. 2010.',
				'Kanter RM. Collaborative advantage: The art of alliances. 1994.',
			],
		);
	});

	test("a citation's preview is the work's Vancouver entry", () => {
		const page = html(pagePath);
		const preview = (key: string) =>
			new RegExp(`data-cite="${key}" aria-describedby="(cite-preview-\\d+)"`).exec(page)?.[1];
		const text = (id: string | undefined) =>
			new RegExp(`<span id="${id}" role="tooltip"[^>]*>([^<]*)</span>`).exec(page)?.[1];
		expect(text(preview('kanter-1994-collaborative'))).toBe(
			'Kanter RM. Collaborative advantage: The art of alliances. 1994.',
		);
		expect(text(preview('vaidya-2017-building'))).toBe(
			'Vaidya A, Osborne R. Building blocks of a successful coalition: A LEADS perspective. 2017 Mar.',
		);
	});

	test('"Cite this page" and "Use in training" give the page as a Vancouver web page', () => {
		const page = html(pagePath);
		const expected =
			'The Fixture editors. Mobilize knowledge [Internet]. The Fixture Handbook; 2026. Available from: https://handbook.example.org/leads/develop-coalitions/mobilize-knowledge/';
		expect(readable(all(page, /<p class="cite-apa" id="cite-apa">/, 'p')[0]!)).toBe(expected);
		expect(readable(all(page, /<p class="training-apa" id="training-apa">/, 'p')[0]!)).toBe(expected);
	});

	test('the site-wide reference list is alphabetical, and the glossary cites by its numbers', () => {
		const page = html('references/index.html');
		expect(page).toMatch(/<ol class="reference-list numbered">/);
		const list = all(page, /<p class="reference-entry">/, 'p').map(readable);
		expect(list).toEqual([
			'Kanter RM. Collaborative advantage: The art of alliances. 1994.',
			'Leaders for Life. Develop coalitions. The root of the matter: What every health leader should know. 2010.',
			'Vaidya A, Osborne R. Building blocks of a successful coalition: A LEADS perspective. 2017 Mar.',
		]);
		const definitions = all(html('glossary/index.html'), /<dd>/, 'dd').map(readable);
		expect(definitions[0]).toBe(
			'A strategic relationship between organizations or people who work together for a common purpose. (3)',
		);
		expect(definitions[1]).toMatch(/^What partners achieve together that none would achieve as readily alone\. \(2\)/);
	});
});
