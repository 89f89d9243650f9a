// The check of content/search/vocabulary.yaml (src/check/vocabulary.ts), on the test handbook with a vocabulary an
// editor might write: each problem at its place, with its rule and words, written out by hand.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../src/validation/validate.ts';
import { mutatedFixture, type Mutation } from '../helpers/fixtures.ts';

/** A practice page, so that `practices:` has something to name. */
const practice = `---
title: Sharing power
description: A practice page for the vocabulary's tests.
type: practice
capabilities: [build-partnerships]
sources: [vaidya-2017-building]
inBrief: ["Share power [@vaidya-2017-building].", "Share it early [@vaidya-2017-building].", "Share it often [@vaidya-2017-building]."]
---
Partners share power and decisions [@vaidya-2017-building].
`;

const vocabularyRules = new Set([
	'unknown-vocabulary-target',
	'vocabulary-self-mapping',
	'duplicate-vocabulary-word',
	'data-syntax',
	'data-field',
]);

const file = 'content/search/vocabulary.yaml';

function problemsOf(vocabulary: string, more: Mutation = {}) {
	const root = mutatedFixture({
		'docs/practices/sharing-power.mdx': () => practice,
		'search/vocabulary.yaml': () => vocabulary,
		...more,
	});
	return validateContent(root)
		.problems.filter((p) => vocabularyRules.has(p.rule) && p.file === file)
		.map(({ rule, file, line, column, message, hint }) => ({ rule, file, line, column, message, hint }));
}

describe('the search vocabulary', () => {
	test('targets of every kind that name something pass', () => {
		expect(
			problemsOf(`- words: [shared decisions]
  practices: [sharing-power]
- words: [evidence sharing]
  capabilities: [mobilize-knowledge]
- words: [win-win]
  glossary: [collaborative-advantage]
- words: [better answers]
  terms: [better solutions]
- words: [cooperation]
  terms: [partners]
  glossary: [coalition]
`),
		).toEqual([]);
	});

	test('a target of each kind that names nothing is reported at the target, with the closest name', () => {
		expect(
			problemsOf(`- words: [shared decisions]
  practices: [sharing-powr]
- words: [evidence sharing]
  capabilities: [mobilise-knowledge]
- words: [win-win]
  glossary: [colaborative-advantage]
- words: [better answers]
  terms: [zebra crossings]
`),
		).toEqual([
			{
				rule: 'unknown-vocabulary-target',
				file,
				line: 2,
				column: 15,
				message: '`sharing-powr` is not a known practice, so searching for it finds nothing',
				hint: 'Did you mean `sharing-power`? Name a practice page by the last part of its address, such as `power-dynamics`.',
			},
			{
				rule: 'unknown-vocabulary-target',
				file,
				line: 4,
				column: 18,
				message: '`mobilise-knowledge` is not a known capability, so searching for it finds nothing',
				hint: 'Did you mean `mobilize-knowledge`? Name a capability id from `content/taxonomy/leads.yaml`.',
			},
			{
				rule: 'unknown-vocabulary-target',
				file,
				line: 6,
				column: 14,
				message: '`colaborative-advantage` is not a known glossary term, so searching for it finds nothing',
				hint: 'Did you mean `collaborative-advantage`? Name a term id from `content/glossary/terms.yaml`.',
			},
			{
				rule: 'unknown-vocabulary-target',
				file,
				line: 8,
				column: 11,
				message: '`zebra crossings` is not a term any reader page uses, so searching for it finds nothing',
				hint: 'A term must be words that a reader page of the handbook uses (all of them on one page).',
			},
		]);
	});

	test('a target far from every name gets the kind’s own help instead of a guess', () => {
		expect(
			problemsOf(`- words: [evidence sharing]
  capabilities: [zzz]
- words: [win-win]
  glossary: [qqq]
- words: [shared decisions]
  practices: [xyz]
`).map(({ hint }) => hint),
		).toEqual([
			'Name a capability id from `content/taxonomy/leads.yaml`.',
			'Name a term id from `content/glossary/terms.yaml`.',
			'Name a practice page by the last part of its address, such as `power-dynamics`.',
		]);
	});

	test('a word that means its own target is reported at the word', () => {
		expect(
			problemsOf(`- words: [evidence sharing, mobilise knowledge]
  capabilities: [mobilize-knowledge]
- words: [Collaborative advantage]
  glossary: [collaborative-advantage]
- words: [sharing power]
  practices: [sharing-power]
`),
		).toEqual([
			{
				rule: 'vocabulary-self-mapping',
				file,
				line: 1,
				column: 29,
				message: '`mobilise knowledge` maps to itself, which changes nothing',
				hint: 'Remove the word, or map it to a different term the handbook uses.',
			},
			{
				rule: 'vocabulary-self-mapping',
				file,
				line: 3,
				column: 11,
				message: '`Collaborative advantage` maps to itself, which changes nothing',
				hint: 'Remove the word, or map it to a different term the handbook uses.',
			},
			{
				rule: 'vocabulary-self-mapping',
				file,
				line: 5,
				column: 11,
				message: '`sharing power` maps to itself, which changes nothing',
				hint: 'Remove the word, or map it to a different term the handbook uses.',
			},
		]);
	});

	test('a word listed twice is reported at the second place, naming the entry of the first', () => {
		expect(
			problemsOf(`- words: [win-win, knowledge exchange]
  glossary: [collaborative-advantage]
- words: [evidence sharing]
  capabilities: [mobilize-knowledge]
- words: [Knowledge Exchange, the win-win, win-win]
  terms: [partners]
`),
		).toEqual([
			{
				rule: 'duplicate-vocabulary-word',
				file,
				line: 5,
				column: 11,
				message: '`Knowledge Exchange` is already in the vocabulary (the entry at line 1)',
				hint: 'Each word appears once: merge the two entries, or remove this word.',
			},
			{
				rule: 'duplicate-vocabulary-word',
				file,
				line: 5,
				column: 44,
				message: '`win-win` is already in the vocabulary (the entry at line 1)',
				hint: 'Each word appears once: merge the two entries, or remove this word.',
			},
		]);
	});

	test('the entry a duplicate names is the one where the word first appears, at its own line', () => {
		expect(
			problemsOf(`- words: [win-win]
  glossary: [collaborative-advantage]
- words: [evidence sharing]
  capabilities: [mobilize-knowledge]
- words: [evidence sharing]
  terms: [partners]
`).map(({ line, message }) => ({ line, message })),
		).toEqual([{ line: 5, message: '`evidence sharing` is already in the vocabulary (the entry at line 3)' }]);
	});

	test('a practice is named from practice pages only, also in the hint', () => {
		const [problem] = problemsOf(`- words: [an example]
  practices: [exampel]
`);
		// `/cases/example/` is a page, but not a practice: it is neither accepted nor suggested.
		expect(problem).toMatchObject({
			rule: 'unknown-vocabulary-target',
			hint: 'Name a practice page by the last part of its address, such as `power-dynamics`.',
		});
		expect(problemsOf(`- words: [an example]\n  practices: [example]\n`)).toHaveLength(1);
	});

	test('a handbook without a vocabulary file has nothing to check in it', () => {
		const root = mutatedFixture({});
		fs.rmSync(path.join(root, 'search/vocabulary.yaml'));
		// The test handbook is otherwise valid: nothing at all is reported (a rule that failed would be).
		expect(validateContent(root).problems).toEqual([]);
	});

	test('a word repeated inside one entry is reported too', () => {
		expect(
			problemsOf(`- words: [win-win, win-win]
  glossary: [collaborative-advantage]
`).map(({ rule, column, message }) => ({ rule, column, message })),
		).toEqual([
			{
				rule: 'duplicate-vocabulary-word',
				column: 20,
				message: '`win-win` is already in the vocabulary (the entry at line 1)',
			},
		]);
	});

	test('targets are not called unknown when what they name could not be read', () => {
		const vocabulary = `- words: [win-win]
  glossary: [collaborative-advantage-x]
- words: [evidence sharing]
  capabilities: [mobilize-knowledge-x]
- words: [shared decisions]
  practices: [sharing-power-x]
- words: [better answers]
  terms: [zebra crossings]
`;
		// The glossary does not parse: its own problem is reported, not every glossary target.
		expect(
			problemsOf(vocabulary, { 'glossary/terms.yaml': (text) => `${text}\n- id: [\n` }).map(({ line }) => line),
		).toEqual([4, 6, 8]);
		// A page's body does not parse: no term target is judged, since the term might be on it; practices are known
		// by their frontmatter, which did parse.
		expect(problemsOf(vocabulary, { 'docs/index.mdx': (text) => `${text}\n<div>\n` }).map(({ line }) => line)).toEqual([
			2, 4, 6,
		]);
		// A page's frontmatter does not parse: neither terms nor practices are judged.
		expect(
			problemsOf(vocabulary, { 'docs/index.mdx': (text) => text.replace('title:', 'title: [') }).map(
				({ line }) => line,
			),
		).toEqual([2, 4]);
		// The taxonomy has a field of the wrong kind: capabilities are not judged.
		expect(
			problemsOf(vocabulary, {
				'taxonomy/leads.yaml': (text) => text.replace('name: Mobilize knowledge', 'name: [Mobilize knowledge]'),
			}).map(({ line }) => line),
		).toEqual([2, 6, 8]);
	});

	test('an entry of the wrong shape is a data-field problem, and the rest of the file is not judged', () => {
		const found = problemsOf(`- words: [win-win]
- words: [evidence sharing]
  capabilities: [no-such-capability]
`);
		expect(found.map(({ rule, line }) => ({ rule, line }))).toEqual([{ rule: 'data-field', line: 1 }]);
		expect(found[0]!.hint).toContain(
			'Each entry has `words` (what leaders type) and at least one of `terms`, `glossary`, `capabilities` or `practices`.',
		);
	});

	test('a file that does not parse is a data-syntax problem', () => {
		const found = problemsOf('- words: [win-win\n  glossary: [coalition]\n');
		expect(found.map(({ rule }) => rule)).toEqual(['data-syntax']);
	});
});
