import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from './engine.ts';

/** A fix that was applied, for the list `npm run check -- --fix` prints. */
export interface AppliedFix {
	file: string;
	line: number;
	column: number;
	rule: string;
	from: string;
	to: string;
}

/**
 * Applies the problems' unambiguous fixes to the files, last position first so earlier positions
 * stay right. A fix is applied only where the file still says `from` at its position (at the
 * column, or later on the same line), so a stale report never rewrites the wrong text.
 */
export function applyFixes(problems: Problem[], displayRoot: string): AppliedFix[] {
	const applied: AppliedFix[] = [];
	const byFile = Map.groupBy(
		problems.filter((p) => p.fix),
		(p) => p.file,
	);
	for (const [file, fixes] of byFile) {
		const absolute = path.join(displayRoot, file);
		const lines = fs.readFileSync(absolute, 'utf8').split('\n');
		const ordered = [...fixes].sort((a, b) => b.fix!.line - a.fix!.line || b.fix!.column - a.fix!.column);
		for (const problem of ordered) {
			const { line, column, from, to } = problem.fix!;
			const text = lines[line - 1];
			if (text === undefined) continue;
			const at = text.indexOf(from, Math.max(0, column - 1));
			if (at < 0) continue;
			lines[line - 1] = text.slice(0, at) + to + text.slice(at + from.length);
			applied.push({ file, line, column: at + 1, rule: problem.rule, from, to });
		}
		fs.writeFileSync(absolute, lines.join('\n'));
	}
	return applied.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
