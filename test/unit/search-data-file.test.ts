// What the search's two editors' files share before their own rules run (src/check/search-data-file.ts): YAML that
// does not parse, and entries that do not fit the schema, each reported where it is with the rule's id.
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { parseSearchDataFile } from '../../src/check/search-data-file.ts';
import { readDataFile } from '../../src/model/data-file.ts';

const schema = z.array(z.strictObject({ words: z.array(z.string().min(1)).min(1) }));
const hint = 'Each entry has `words`.';
const parse = (text: string) =>
	parseSearchDataFile(readDataFile('/c/search/vocabulary.yaml', text), 'content/search/vocabulary.yaml', schema, hint);

describe('a search data file', () => {
	test('that fits its schema gives its value and no problem', () => {
		const { problems, value } = parse('- words: [partnership, alliance]\n');
		expect(problems).toEqual([]);
		expect(value).toEqual([{ words: ['partnership', 'alliance'] }]);
	});

	test('whose YAML does not parse is reported at the line, and not judged further', () => {
		const { problems, value } = parse('- words: [partnership\n- words: [x]\n');
		expect(value).toBeUndefined();
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.every((p) => p.rule === 'data-syntax' && p.hint === 'Fix the YAML syntax at this line.')).toBe(
			true,
		);
		expect(problems[0]!.file).toBe('content/search/vocabulary.yaml');
	});

	test('with an entry that does not fit is reported at that entry, by its path', () => {
		const { problems, value } = parse('- words: [partnership]\n- words: []\n  extra: 1\n');
		expect(value).toBeUndefined();
		expect(problems.map(({ rule, at, hint: h }) => ({ rule, at, hint: h }))).toEqual([
			{ rule: 'data-field', at: { line: 2, column: 10 }, hint },
			{ rule: 'data-field', at: { line: 2, column: 3 }, hint },
		]);
		expect(problems[0]!.message).toMatch(/^`1\.words` /);
		expect(parse('words: x\n').problems.map((p) => p.message)).toEqual([expect.stringMatching(/^the file /) as string]);
	});

	test("lets the file's own rules add problems at a key path", () => {
		const { problems, add } = parse('- words: [partnership]\n');
		add([0, 'words', 0], 'vocabulary-self-mapping', 'a message', 'a hint');
		expect(problems).toEqual([
			{
				file: 'content/search/vocabulary.yaml',
				at: { line: 1, column: 11 },
				rule: 'vocabulary-self-mapping',
				message: 'a message',
				hint: 'a hint',
			},
		]);
	});
});
