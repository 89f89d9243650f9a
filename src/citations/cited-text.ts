/**
 * A text with its citations, as every place that shows one renders it: the page body (through the
 * `handbookLinks` Markdown plugin), the "In brief" box and the catalog. One function splits the text,
 * so a citation reads the same (in the configured style, from `inTextCitation`) wherever it appears.
 */
import type { Bibliography } from './bibliography.ts';
import { inTextCitation, type CitationStyle } from './citation-style.ts';
import { findCitations, type CitationItem } from './citations.ts';
import { referencePath } from '../model/routes.ts';
import type { SourceStructure } from '../schemas/structure.ts';
import { locatedHref } from './locators.ts';

/** A run of plain text, or one cited work as its in-text label (with the item, for where it links). */
export type CitedPart = { kind: 'text'; text: string } | { kind: 'cite'; text: string; item: CitationItem };

/**
 * Splits a text at its citations, each cited work a part of its own, formatted as the pages show it.
 * `numbers`: the works' numbers on the page, for a numbered style (see `citationNumbers`).
 */
export function citedParts(
	text: string,
	bibliography: Bibliography,
	style: CitationStyle,
	numbers?: ReadonlyMap<string, number>,
): CitedPart[] {
	const parts: CitedPart[] = [];
	const plain = (value: string) => value && parts.push({ kind: 'text', text: value });
	let cursor = 0;
	for (const citation of findCitations(text)) {
		plain(text.slice(cursor, citation.start));
		const formatted = inTextCitation(style, bibliography, citation, numbers);
		plain(formatted.open);
		formatted.parts.forEach((part, i) => {
			if (i > 0) plain(formatted.separator);
			const item = citation.items.find((candidate) => candidate.key === part.key)!;
			parts.push({ kind: 'cite', text: part.text, item });
		});
		plain(formatted.close);
		cursor = citation.end;
	}
	plain(text.slice(cursor));
	return parts;
}

/**
 * The text for plain-text uses (the catalog): bracketed citations removed with the space before them,
 * narrative ones (`@key said`) kept as the text they read as ("Kanter (1994)", or "Kanter (1)" with
 * the work's number on the page in a numbered style).
 */
export function withoutCitations(
	text: string,
	bibliography: Bibliography,
	style: CitationStyle,
	numbers?: ReadonlyMap<string, number>,
): string {
	let out = '';
	let cursor = 0;
	for (const citation of findCitations(text)) {
		const before = text.slice(cursor, citation.start);
		if (citation.mode === 'parenthetical') out += before.replace(/\s+$/, '');
		else
			out +=
				before +
				inTextCitation(style, bibliography, citation, numbers)
					.parts.map((part) => part.text)
					.join('');
		cursor = citation.end;
	}
	return (out + text.slice(cursor)).trim();
}

/** The bibliography keys a text cites, in order, each once. */
export const citedKeys = (text: string): string[] => [
	...new Set(findCitations(text).flatMap((citation) => citation.items.map((item) => item.key))),
];

/**
 * Where a cited work links (without the base path): with a locator that names a part of the source, that
 * part's heading on the handbook's page about the source; otherwise the work's entry in the references.
 */
export const citationHref = (item: CitationItem, structure: ReadonlyMap<string, SourceStructure>): string =>
	locatedHref(item, structure) ?? referencePath(item.key);
