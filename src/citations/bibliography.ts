import type { CitationStyle } from '../config.ts';
import type { Reference } from '../schemas/reference.ts';

/**
 * The key convention: `<name>-<year>[-<word>]`.
 * name: first author's family name or organization, lowercase letters and digits only;
 * year: the entry's year plus its a/b suffix, or `nd` when undated;
 * word: first significant word of the title, lowercase (left out only when there is no title).
 */
export const keyConvention = '<name>-<year>[-<word>], for example kanter-1994-collaborative';

const stopWords = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'and', 'for', 'to', 'at']);

const simplify = (text: string) =>
	text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/^the\s+/, '')
		.replace(/\s+et al\.?$/, '')
		.replace(/[^a-z0-9]/g, '');

/** The key an entry should have under the convention, minus any a/b suffix; undefined parts are not checked. */
export function expectedKey(entry: Reference): { name: string; year: string; word?: string } {
	const first = entry.author[0]!;
	const name = simplify('literal' in first ? first.literal : first.family);
	const yearNumber = entry.issued?.['date-parts'][0]?.[0];
	const titleWord = entry.title
		?.split(/\s+/)
		.map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, ''))
		.find((w) => w && !stopWords.has(w));
	return { name, year: yearNumber ? String(yearNumber) : 'nd', word: titleWord };
}

/** Checks a key against the convention; returns what is wrong, or undefined. */
export function checkKeyConvention(entry: Reference): string | undefined {
	const expected = expectedKey(entry);
	const match = /^([a-z0-9]+)-(\d{4}[a-z]?|nd)(?:-([a-z0-9]+))?$/.exec(entry.id);
	const suggestion = `${expected.name}-${expected.year}${expected.word ? `-${expected.word}` : ''}`;
	if (!match) return `does not follow ${keyConvention}; expected something like \`${suggestion}\``;
	const [, name, year, word] = match;
	if (name !== expected.name)
		return `starts with \`${name}\` but the first author is \`${expected.name}\`; expected \`${suggestion}\``;
	// The year's a/b suffix tells apart works of one author and year; the entry's date has none.
	if (year!.replace(/^(\d{4})[a-z]$/, '$1') !== expected.year)
		return `has year \`${year}\` but the entry is dated \`${expected.year}\`; expected \`${suggestion}\``;
	if (expected.word && word !== expected.word)
		return `should end with the first title word \`${expected.word}\`; expected \`${suggestion}\``;
	if (!expected.word && word)
		return `has a title word \`${word}\` but the entry has no title; expected \`${suggestion}\``;
	return undefined;
}

/** `cited-in: <key>` or `handbook-source: <file>`, parsed from an entry's note. */
export function provenance(entry: Reference): { kind: 'source'; file: string } | { kind: 'cited-in'; key: string } {
	const [label, value = ''] = entry.note.split(': ');
	return label === 'handbook-source' ? { kind: 'source', file: value } : { kind: 'cited-in', key: value };
}

export interface Bibliography {
	entries: Map<string, Reference>;
	/** Keys in the site-wide reference list's order (alphabetical, in both styles). */
	order: string[];
	/** The reference-list entry of a key in the configured style, as HTML (citation-style.ts writes it). */
	entryHtml(key: string): string;
	/**
	 * The short label of a key: author part and year part (with its a/b suffix), as an APA in-text
	 * citation reads. It names a work where a number would not (source filters, accessible names).
	 */
	label(key: string): { author: string; year: string };
}

/** What citeproc makes of a bibliography in a style (see `formatBibliography` in citation-style.ts): plain data, so a worker thread can make it. */
export interface Formatted {
	style: CitationStyle;
	/** Reference-list entries as HTML, in the site-wide reference list's order. */
	entries: [key: string, html: string][];
	/** Each key's short label as an APA in-text citation, such as "Kanter, 1994". */
	citations: [key: string, text: string][];
}

type Name = Reference['author'][number];

/** A person the sources name by family name only (`{ family }` without `given`): no initials are known. */
const isBareFamilyName = (name: Name) => 'family' in name && !name.given?.trim();

const nameText = (name: Name) => ('literal' in name ? name.literal : name.family);

/**
 * Adapts an entry to what citeproc's APA style renders well, without changing what it says:
 * - a person known only by family name is passed as a literal name, since APA's name format
 *   expects initials and would print "Baker, & Denis" with a stray comma;
 * - a publisher that is the author (The King's Fund; "Leaders for Life (HCLABC)" for Leaders for
 *   Life) is left out of the reference, as APA 7 does when the author and publisher are the same.
 */
export function forCiteproc(entry: Reference): Reference {
	const authors = entry.author.map((name) => (isBareFamilyName(name) ? { literal: nameText(name) } : name));
	const publisher = typeof entry.publisher === 'string' ? entry.publisher : undefined;
	const sameAsAuthor =
		publisher !== undefined &&
		entry.author.some((name) => publisher.replace(/\s*\([^)]*\)$/, '').trim() === nameText(name).trim());
	const { publisher: _dropped, ...rest } = entry;
	return { ...(sameAsAuthor ? rest : entry), author: authors };
}

/**
 * APA closes the author element with a full stop, which an initial already supplies ("Kanter, R. M.")
 * and an organization takes ("Leaders for Life."). After a person's bare family name the stop reads
 * as a stray mark ("Collins. (2001)."), so such entries print the name straight before the date,
 * as in-text citations do: "Collins (2001)." and "Amoo, Malby, & Mervyn (2016).".
 * `lastName` is the entry's last author, the name the stop follows.
 */
export function withoutStopAfterName(entryHtml: string, lastName: string): string {
	const escaped = lastName.replace(/&/g, '&#38;').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return entryHtml.replace(new RegExp(`^([^(]*?${escaped})\\. \\(`), '$1 (');
}

/** The bibliography's look-ups, from its entries and what citeproc made of them (`formatBibliography`). */
export function buildBibliography(references: Reference[], formatted: Formatted): Bibliography {
	const entries = new Map(references.map((r) => [r.id, r] as const));
	const entryHtml = new Map(formatted.entries);
	const labels = new Map<string, { author: string; year: string }>();
	for (const [key, citation] of formatted.citations) {
		const single = citation.replace(/^\(|\)$/g, '');
		const comma = single.lastIndexOf(', ');
		const author = single.slice(0, comma);
		// APA's reference list carries the year as disambiguated ("2000a"); other styles' lists are not searched.
		const yearInList =
			formatted.style === 'apa' ? /\((\d{4}[a-z]?|n\.d\.(?:-[a-z])?)/.exec(entryHtml.get(key) ?? '')?.[1] : undefined;
		labels.set(key, { author, year: yearInList ?? single.slice(comma + 2) });
	}
	const order = [...entryHtml.keys()];
	return {
		entries,
		order,
		entryHtml: (key) => entryHtml.get(key) ?? '',
		label: (key) => labels.get(key) ?? { author: key, year: '' },
	};
}
