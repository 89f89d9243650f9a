import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Reference } from '../schemas/reference.ts';
import type { Citation, CitationItem } from './citations.ts';

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
	if (year!.replace(/[a-z]$/, '') !== expected.year.replace(/[a-z]$/, '') && !(year === 'nd' && expected.year === 'nd'))
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

export interface FormattedCitation {
	/** Text around the linked parts, for example "(" and ")". */
	open: string;
	close: string;
	separator: string;
	parts: { key: string; text: string }[];
}

export interface Bibliography {
	entries: Map<string, Reference>;
	/** Keys in APA reference-list order. */
	order: string[];
	/** The APA reference-list entry of a key, as HTML. */
	entryHtml(key: string): string;
	/** The in-text label of a key: author part and year part (with its a/b suffix). */
	label(key: string): { author: string; year: string };
	/** An in-text citation, split into one linkable part per cited work. */
	format(citation: Citation): FormattedCitation;
}

const locatorFormats: Record<string, (l: string) => string> = {
	page: (l) => (/[-–,]/.test(l) ? `pp. ${l.replace('-', '–')}` : `p. ${l}`),
	section: (l) => `Section ${l}`,
	paragraph: (l) => `para. ${l}`,
	chapter: (l) => `Chapter ${l}`,
	figure: (l) => `Figure ${l}`,
};

function itemTail(item: CitationItem): string {
	let tail = '';
	if (item.locator && item.label) tail += `, ${locatorFormats[item.label]!(item.locator)}`;
	if (item.suffix) tail += `, ${item.suffix}`;
	return tail;
}

/** What citeproc makes of a bibliography: plain data, so a worker thread can make it. */
export interface Formatted {
	/** APA reference-list entries as HTML, in reference-list order. */
	entries: [key: string, html: string][];
	/** Each key's APA in-text citation, such as "Kanter, 1994". */
	citations: [key: string, text: string][];
}

type Name = Reference['author'][number];

/** A person the sources name by family name only (`{ family }` without `given`): no initials are known. */
const isBareFamilyName = (name: Name) => 'family' in name && !name.given?.trim();

const nameText = (name: Name) => ('literal' in name ? name.literal : name.family);

/** Whether an entry's author list ends with a person known only by family name. */
const endsWithBareName = (entry: Reference) => isBareFamilyName(entry.author.at(-1)!);

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

/**
 * Runs citeproc (APA 7, through citation-js) over the whole bibliography. Slow the first
 * time in a process (about a second to set up APA), which is why the build starts it early
 * in a worker thread.
 */
export function formatBibliography(references: Reference[]): Formatted {
	const byId = new Map(references.map((r) => [r.id, r] as const));
	const cite = new Cite(references.map(forCiteproc));
	// One run over the whole bibliography, so that citeproc disambiguates
	// same-author-same-year works (2000a, 2000b) the same way on every page.
	const entries = cite
		.format('bibliography', { format: 'html', template: 'apa', lang: 'en-US', asEntryArray: true })
		.map(([id, html]): [string, string] => {
			const entry = html
				.trim()
				.replace(/^<div[^>]*>|<\/div>$/g, '')
				.trim();
			const reference = byId.get(id);
			return [
				id,
				reference && endsWithBareName(reference)
					? withoutStopAfterName(entry, nameText(reference.author.at(-1)!))
					: entry,
			];
		});
	const citations = references.map((reference): [string, string] => {
		// plugin-csl's typings make citationsPre/Post required; citeproc treats them as optional.
		const options = {
			format: 'text',
			template: 'apa',
			lang: 'en-US',
			entry: [reference.id],
			citationsPre: [],
			citationsPost: [],
		};
		return [reference.id, cite.format('citation', options).trim()];
	});
	return { entries, citations };
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
		const yearInList = /\((\d{4}[a-z]?|n\.d\.(?:-[a-z])?)/.exec(entryHtml.get(key) ?? '')?.[1];
		labels.set(key, { author, year: yearInList ?? single.slice(comma + 2) });
	}
	const order = [...entryHtml.keys()];
	const label = (key: string) => labels.get(key) ?? { author: key, year: '' };
	return {
		entries,
		order,
		entryHtml: (key) => entryHtml.get(key) ?? '',
		label,
		format(citation) {
			if (citation.mode === 'narrative') {
				const item = citation.items[0]!;
				const { author, year } = label(item.key);
				return {
					open: '',
					close: '',
					separator: '',
					parts: [{ key: item.key, text: `${author.replace(' & ', ' and ')} (${year}${itemTail(item)})` }],
				};
			}
			const parts = citation.items
				.map((item) => {
					const { author, year } = label(item.key);
					const prefix = item.prefix ? `${item.prefix} ` : '';
					const who = item.suppressAuthor ? '' : `${author}, `;
					return { key: item.key, text: `${prefix}${who}${year}${itemTail(item)}`, sortKey: `${author} ${year}` };
				})
				.sort((a, b) => a.sortKey.localeCompare(b.sortKey))
				.map(({ key, text }) => ({ key, text }));
			return { open: '(', close: ')', separator: '; ', parts };
		},
	};
}
