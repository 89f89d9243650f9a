/** Levenshtein distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length]!;
}

/** The candidate closest to `value`, if it is close enough to be a likely typo. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const d = distance(value.toLowerCase(), candidate.toLowerCase());
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

/** "Did you mean `x`?" or a fallback hint. */
export function didYouMean(value: string, candidates: Iterable<string>, fallback: string): string {
	const suggestion = closest(value, candidates);
	return suggestion ? `Did you mean \`${suggestion}\`? ${fallback}` : fallback;
}

/**
 * A "did you mean" hint, and the fix that applies it when there is exactly one likely candidate:
 * `value` is replaced by the candidate where it starts in the file.
 */
export function suggestion(
	value: string,
	candidates: Iterable<string>,
	fallback: string,
	at?: { line: number; column: number },
): { hint: string; fix?: { line: number; column: number; from: string; to: string } } {
	const best = closest(value, candidates);
	if (!best) return { hint: fallback };
	return { hint: `Did you mean \`${best}\`? ${fallback}`, fix: at ? { ...at, from: value, to: best } : undefined };
}
