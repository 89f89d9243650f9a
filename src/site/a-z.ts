import type { PageSummary } from './page-graph.ts';

/** One letter of the A–Z index and its pages, sorted by title. */
export interface IndexLetter {
	/** `A`–`Z`, or `#` for titles that start with a digit or a sign. */
	letter: string;
	pages: PageSummary[];
}

/** The letter a title is filed under: its first letter without accents (É under E), or `#`. */
export function indexLetter(title: string): string {
	const first = title.trim().normalize('NFD').charAt(0).toUpperCase();
	return first >= 'A' && first <= 'Z' ? first : '#';
}

/** Every page by the first letter of its title, in alphabetical order (accents and case ignored). */
export function azIndex(pages: Iterable<PageSummary>): IndexLetter[] {
	const byTitle = (a: PageSummary, b: PageSummary) =>
		a.title.localeCompare(b.title, 'en', { sensitivity: 'base', numeric: true }) || a.url.localeCompare(b.url);
	const letters = new Map<string, PageSummary[]>();
	for (const page of [...pages].sort(byTitle)) {
		const letter = indexLetter(page.title);
		letters.set(letter, [...(letters.get(letter) ?? []), page]);
	}
	return [...letters]
		.sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)))
		.map(([letter, list]) => ({ letter, pages: list }));
}
