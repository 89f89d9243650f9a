/**
 * A piece of a page quoted in a message: on one line, and cut at `max` characters with "..." so the editor sees
 * it goes on (a cut expression such as `{a.map((p)` would otherwise look like the mistake itself).
 */
export function excerpt(text: string, max: number): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}
