// `npm run check -- --fix` applies the fixes a rule is sure of. check-cli.test.ts runs it on a content set as an
// editor would; these tests pin how a fix lands in the file: where, in which order, and when it is refused.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Problem } from '../../src/check/engine.ts';
import { applyFixes } from '../../src/check/fix.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

/** A content set with the given files (relative path to text); returns its root. */
function contentSet(files: Record<string, string>): string {
	const root = temporaryFolder('handbook-fix-');
	for (const [file, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		fs.writeFileSync(path.join(root, file), text);
	}
	return root;
}

const read = (root: string, file: string) => fs.readFileSync(path.join(root, file), 'utf8');

/** A problem at `line:column` whose fix replaces `from` with `to` there. */
const problem = (file: string, line: number, column: number, from: string, to: string, fixed = true): Problem => ({
	file,
	line,
	column,
	rule: 'unknown-capability',
	severity: 'error',
	message: 'm',
	hint: 'h',
	...(fixed ? { fix: { line, column, from, to } } : {}),
});

describe('npm run check -- --fix', () => {
	test('fixes that shorten a line land right whatever order the problems came in: the last position first', () => {
		const text = 'capabilities: [mobilise-knowledge, mobilise-knowledge]\nSee [@kanter-1994-x] and [@kanter-1994-x].\n';
		const fixes = [
			problem('docs/a.mdx', 1, 16, 'mobilise-knowledge', 'mk'),
			problem('docs/a.mdx', 1, 36, 'mobilise-knowledge', 'mk'),
			problem('docs/a.mdx', 2, 6, '@kanter-1994-x', '@k'),
			problem('docs/a.mdx', 2, 27, '@kanter-1994-x', '@k'),
		];
		for (const order of [fixes, [...fixes].reverse(), [fixes[2]!, fixes[0]!, fixes[3]!, fixes[1]!]]) {
			const root = contentSet({ 'docs/a.mdx': text });
			expect(applyFixes(order, root).map((fix) => `${fix.line}:${fix.column}`)).toEqual([
				'1:16',
				'1:36',
				'2:6',
				'2:27',
			]);
			expect(read(root, 'docs/a.mdx')).toBe('capabilities: [mk, mk]\nSee [@k] and [@k].\n');
		}
	});

	test('replaces the text at each fix, several on one line included, and lists what it changed in file order', () => {
		const root = contentSet({
			'docs/a.mdx': 'capabilities: [mobilise-knowledge, build-trust]\nSee [@kanter-1994].\n',
			'docs/b.mdx': 'one\ntwo wrong\n',
		});
		const applied = applyFixes(
			[
				problem('docs/b.mdx', 2, 5, 'wrong', 'right'),
				problem('docs/a.mdx', 1, 16, 'mobilise-knowledge', 'mobilize-knowledge'),
				problem('docs/a.mdx', 1, 36, 'build-trust', 'builds-trust'),
				problem('docs/a.mdx', 2, 6, '@kanter-1994', '@kanter1994'),
			],
			root,
		);
		expect(read(root, 'docs/a.mdx')).toBe('capabilities: [mobilize-knowledge, builds-trust]\nSee [@kanter1994].\n');
		expect(read(root, 'docs/b.mdx')).toBe('one\ntwo right\n');
		expect(applied).toEqual([
			{
				file: 'docs/a.mdx',
				line: 1,
				column: 16,
				rule: 'unknown-capability',
				from: 'mobilise-knowledge',
				to: 'mobilize-knowledge',
			},
			{ file: 'docs/a.mdx', line: 1, column: 36, rule: 'unknown-capability', from: 'build-trust', to: 'builds-trust' },
			{ file: 'docs/a.mdx', line: 2, column: 6, rule: 'unknown-capability', from: '@kanter-1994', to: '@kanter1994' },
			{ file: 'docs/b.mdx', line: 2, column: 5, rule: 'unknown-capability', from: 'wrong', to: 'right' },
		]);
	});

	test('a fix whose text moved right on its line since the report lands where the text is now, and says so', () => {
		const root = contentSet({ 'docs/a.mdx': 'An added phrase, then teh word.\n' });
		const applied = applyFixes([problem('docs/a.mdx', 1, 3, 'teh', 'the')], root);
		expect(read(root, 'docs/a.mdx')).toBe('An added phrase, then the word.\n');
		expect(applied.map((a) => a.column)).toEqual([23]);
	});

	test('a stale fix never rewrites other text: not before its column, not on a missing line, not when the text is gone', () => {
		const text = 'teh start, and teh end.\nsecond line\n';
		const root = contentSet({ 'docs/a.mdx': text });
		const applied = applyFixes(
			[
				// "teh" is only earlier on the line than the fix's column, and not at all on line 2.
				problem('docs/a.mdx', 1, 17, 'start', 'beginning'),
				problem('docs/a.mdx', 2, 1, 'teh', 'the'),
				problem('docs/a.mdx', 9, 1, 'teh', 'the'),
			],
			root,
		);
		expect(applied).toEqual([]);
		expect(read(root, 'docs/a.mdx')).toBe(text);
	});

	test('problems without a fix are left alone, and a file with none is not touched', () => {
		const root = contentSet({ 'docs/a.mdx': 'keep teh text\n', 'docs/b.mdx': 'b\n' });
		const before = fs.statSync(path.join(root, 'docs/b.mdx')).mtimeMs;
		expect(applyFixes([problem('docs/a.mdx', 1, 6, 'teh', 'the', false)], root)).toEqual([]);
		expect(read(root, 'docs/a.mdx')).toBe('keep teh text\n');
		expect(fs.statSync(path.join(root, 'docs/b.mdx')).mtimeMs).toBe(before);
	});

	test('two fixes on one line apply from the last to the first, so the second still finds its text', () => {
		// Lengthening the first word first would move the second away from its column.
		const root = contentSet({ 'docs/a.mdx': 'ab cd\n' });
		applyFixes([problem('docs/a.mdx', 1, 1, 'ab', 'abcdefgh'), problem('docs/a.mdx', 1, 4, 'cd', 'CD')], root);
		expect(read(root, 'docs/a.mdx')).toBe('abcdefgh CD\n');
	});
});
