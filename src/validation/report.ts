import type { Problem } from './rules.ts';

/**
 * Formats problems the way editors and terminals link them: grouped by file,
 * one `line:col  rule  message` line each with its hint, and a count at the end.
 */
export function formatReport(
	problems: Problem[],
	{ docsUrl = 'the authoring guide: /authoring/check-errors/' } = {},
): string {
	if (!problems.length) return 'No content problems found.';
	const lines: string[] = [];
	const byFile = Map.groupBy(problems, (p) => p.file);
	for (const [file, fileProblems] of byFile) {
		lines.push(file);
		for (const p of fileProblems) {
			lines.push(`  ${file}:${p.line}:${p.column}  ${p.rule}  ${p.message}`);
			lines.push(`      hint: ${p.hint}`);
		}
		lines.push('');
	}
	const count = problems.length;
	lines.push(
		`${count} problem${count === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}. Each rule is explained, with an example and the fix, in ${docsUrl}`,
	);
	return lines.join('\n');
}
