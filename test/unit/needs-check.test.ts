// The check of content/search/needs.yaml (src/check/needs.ts), on the test handbook with a needs file an editor
// might write: each problem at its place, with its rule, written out by hand.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../src/validation/validate.ts';
import { mutatedFixture } from '../helpers/fixtures.ts';

const needs = `- answer: /practices/none/
  needs:
    - partners do not share what they know
- answer: /cases/example/#no-such-part
  needs:
    - a story of partners in a city
- gap: how to run a meeting
  needs:
    - meetings with partners go nowhere
  nearest: [/cases/example/, /cases/nowhere/]
- answer: /cases/example/#what-happened
  needs:
    - nowhere go meetings partners with
    - coalitions
`;

const needsRules = new Set(['unknown-need-target', 'duplicate-need', 'vague-need', 'data-syntax', 'data-field']);
const problemsOf = (text: string) =>
	validateContent(mutatedFixture({ 'search/needs.yaml': () => text }))
		.problems.filter((p) => needsRules.has(p.rule))
		.map(({ rule, line, column, message }) => ({ rule, line, column, message }));

describe('the needs file', () => {
	test('every answer and nearest page is a page of the handbook, with a heading of it; each phrasing says something once', () => {
		expect(problemsOf(needs)).toEqual([
			{
				rule: 'unknown-need-target',
				line: 1,
				column: 11,
				message: '`/practices/none/` is not a page of the handbook, so search cannot show it for this need',
			},
			{
				rule: 'unknown-need-target',
				line: 4,
				column: 11,
				message: '`/cases/example/#no-such-part` names no heading of /cases/example/, so search would link to nowhere',
			},
			{
				rule: 'unknown-need-target',
				line: 10,
				column: 30,
				message: '`/cases/nowhere/` is not a page of the handbook, so search cannot show it for this need',
			},
			{
				rule: 'duplicate-need',
				line: 13,
				column: 7,
				message:
					'`nowhere go meetings partners with` says what a phrasing at line 7 already says, in the words search reads',
			},
			{
				rule: 'vague-need',
				line: 14,
				column: 7,
				message: '`coalitions` has one meaningful word, so it would match queries about anything',
			},
		]);
	});

	test('a phrasing of no meaningful word, and a file that does not fit its schema', () => {
		expect(problemsOf('- answer: /cases/example/\n  needs:\n    - what is it about\n')).toEqual([
			{
				rule: 'vague-need',
				line: 3,
				column: 7,
				message: '`what is it about` has no meaningful word, so it would match queries about anything',
			},
		]);
		const [problem, ...rest] = problemsOf('- answer: /cases/example/\n');
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ rule: 'data-field', line: 1 });
	});

	test('a need may lead to any page readers can find, the glossary too, but not into the authoring guide', () => {
		const root = mutatedFixture({
			'search/needs.yaml': () =>
				'- answer: /glossary/\n  needs:\n    - words partners use differently\n- answer: /authoring/\n  needs:\n    - how editors write pages\n',
			'docs/authoring/index.mdx': () =>
				'---\ntitle: Writing for the handbook\ndescription: How editors write and check the pages of the handbook.\ntype: guide\n---\n\nText.\n',
		});
		expect(
			validateContent(root)
				.problems.filter((p) => needsRules.has(p.rule))
				.map(({ rule, line, column, message }) => ({ rule, line, column, message })),
		).toEqual([
			{
				rule: 'unknown-need-target',
				line: 4,
				column: 11,
				message: '`/authoring/` is an address in the authoring guide, which search does not show readers',
			},
		]);
	});

	test('a content set without a needs file has no needs problems', () => {
		const root = mutatedFixture({ 'search/needs.yaml': () => '' });
		fs.rmSync(path.join(root, 'search/needs.yaml'));
		expect(validateContent(root).problems).toEqual([]);
	});

	test('each problem says how to fix it', () => {
		const hints = (text: string) =>
			validateContent(mutatedFixture({ 'search/needs.yaml': () => text }))
				.problems.filter((p) => needsRules.has(p.rule))
				.map((p) => p.hint);
		expect(hints('- answer: /zzz/\n  needs:\n    - partners keep missing meetings\n')).toEqual([
			'Name a page by its address (`/coalitions/trust/`), with `#anchor` for one of its headings.',
		]);
		expect(hints('- answer: /cases/example/\n')).toEqual([
			'Each entry has `needs` (situations in a leader’s words) and either `answer` (a page address, with `#anchor` for a heading) or `gap` (what the sources do not cover) with `nearest` pages.',
		]);
	});
});
