import { describe, expect, test } from 'vitest';
import { formatReport } from '../../src/check/report.ts';
import type { Problem } from '../../src/validation/rules.ts';

const problem = (file: string, line: number, rule: Problem['rule']): Problem => ({
	file,
	line,
	column: 3,
	rule,
	severity: 'error',
	message: 'what is wrong',
	hint: 'how to fix it',
});

describe('the check report', () => {
	test('groups problems by file, prints path:line:col, rule and hint, and ends with a count', () => {
		const report = formatReport([
			problem('content/docs/a.mdx', 4, 'broken-link'),
			problem('content/docs/a.mdx', 9, 'unknown-term'),
			problem('content/glossary/terms.yaml', 2, 'data-field'),
		]);
		expect(report.split('\n')).toEqual([
			'content/docs/a.mdx',
			'  content/docs/a.mdx:4:3  broken-link  what is wrong',
			'      hint: how to fix it',
			'  content/docs/a.mdx:9:3  unknown-term  what is wrong',
			'      hint: how to fix it',
			'',
			'content/glossary/terms.yaml',
			'  content/glossary/terms.yaml:2:3  data-field  what is wrong',
			'      hint: how to fix it',
			'',
			'3 problems in 2 files. Each rule is explained, with an example and the fix, in the authoring guide: /authoring/check-errors/',
		]);
	});

	test('marks warnings and counts them apart from errors', () => {
		const report = formatReport([
			problem('content/docs/a.mdx', 4, 'broken-link'),
			{ ...problem('content/bibliography/references.json', 2, 'unused-reference'), severity: 'warn' },
		]);
		expect(report).toContain('content/bibliography/references.json:2:3  unused-reference  warning  what is wrong');
		expect(report.split('\n').at(-1)).toMatch(/^1 problem and 1 warning in 2 files\./);
	});

	test('counts warnings alone, and several of them, in one file', () => {
		const warning = (line: number) => ({
			...problem('content/bibliography/references.json', line, 'unused-reference'),
			severity: 'warn' as const,
		});
		expect(
			formatReport([warning(2)])
				.split('\n')
				.at(-1),
		).toMatch(/^1 warning in 1 file\. /);
		expect(
			formatReport([warning(2), warning(5)])
				.split('\n')
				.at(-1),
		).toMatch(/^2 warnings in 1 file\. /);
	});

	test('says so when there is nothing to report', () => {
		expect(formatReport([])).toBe('No content problems found.');
	});
});
