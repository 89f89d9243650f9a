import type { Problem } from './engine.ts';

/**
 * Formats problems the way editors and terminals link them: grouped by file,
 * one `path:line:col  rule  message` line each with its hint, and a count at the end.
 * Warnings are marked as such; errors are the default and stop a build.
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
			const level = p.severity === 'warn' ? '  warning' : '';
			lines.push(`  ${file}:${p.line}:${p.column}  ${p.rule}${level}  ${p.message}`);
			lines.push(`      hint: ${p.hint}`);
		}
		lines.push('');
	}
	const warnings = problems.filter((p) => p.severity === 'warn').length;
	const errors = problems.length - warnings;
	const counted = [
		errors ? `${errors} problem${errors === 1 ? '' : 's'}` : '',
		warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : '',
	]
		.filter(Boolean)
		.join(' and ');
	lines.push(
		`${counted} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}. Each rule is explained, with an example and the fix, in ${docsUrl}`,
	);
	return lines.join('\n');
}
