/**
 * The handbook's citation styles: every piece of text that names a cited work is made here, for the
 * style `handbook.config.json` sets (`citationStyle`), one function per output:
 * - `formatBibliography` and `formatPageTemplate`: the citeproc runs (citation-js's CSL templates);
 * - `inTextCitation`: an in-text citation (the body, "In brief", the glossary, the catalog);
 * - `referenceEntryHtml` and `referenceEntryText`: a reference-list entry (reference lists, the catalog);
 * - `previewText`: what a citation's preview shows;
 * - `citeThisPageEntry`: the reference of a handbook page ("Cite this page", "Use in training");
 * - `citationNumbers` and `pageReferenceKeys`: how a page's citations are numbered and its reference
 *   list ordered.
 *
 * APA 7 is author–date: "(Kanter, 1994)", reference lists in alphabetical order. Vancouver (NLM's
 * citation-sequence style) numbers the works in the order a page first cites them, "(1)" or "(1,2)",
 * and the page's reference list follows that order.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CitationStyle, HandbookConfig } from '../config.ts';
import type { Reference } from '../schemas/reference.ts';
import { forCiteproc, withoutStopAfterName, type Bibliography, type Formatted } from './bibliography.ts';
import type { Citation, CitationItem } from './citations.ts';

export type { CitationStyle };

/** A style that cites by number rather than by author and date. */
export const numbered = (style: CitationStyle) => style === 'vancouver';

/** The CSL template citation-js (`@citation-js/plugin-csl`) has for each style. */
const cslTemplate: Record<CitationStyle, string> = { apa: 'apa', vancouver: 'vancouver' };

type Name = Reference['author'][number];

/** A person the sources name by family name only (`{ family }` without `given`): no initials are known. */
const isBareFamilyName = (name: Name) => 'family' in name && !name.given?.trim();

const nameText = (name: Name) => ('literal' in name ? name.literal : name.family);

/** What citeproc's entry HTML holds inside its wrapping `<div class="csl-entry">`. */
const unwrap = (html: string) =>
	html
		.trim()
		.replace(/^<div[^>]*>|<\/div>$/g, '')
		.trim();

/**
 * A citation-sequence entry without citeproc's number: the handbook numbers each page's list itself
 * (citeproc would number the whole bibliography once, in the order it was given).
 */
const withoutNumber = (html: string) =>
	html
		.replace(/^<div class="csl-left-margin">[^<]*<\/div>\s*/, '')
		.replace(/^<div class="csl-right-inline">([\s\S]*)<\/div>$/, '$1')
		.trim();

/** The author part of a short label, for a style whose citations carry none: "Vaidya & Osborne", "Amoo et al.". */
function shortAuthor(entry: Reference): string {
	const names = entry.author.map(nameText);
	if (names.length === 1) return names[0]!;
	if (names.length === 2) return `${names[0]} & ${names[1]}`;
	return `${names[0]} et al.`;
}

/** "1994", or "n.d." for an undated work. */
const yearOf = (entry: Reference) => String(entry.issued?.['date-parts'][0]?.[0] ?? 'n.d.');

/** Plain text of citeproc's HTML: tags dropped, its escapes read back. */
const plainText = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&#38;/g, '&')
		.replace(/&#60;/g, '<')
		.replace(/&#62;/g, '>');

function formatApa(references: Reference[]): Formatted {
	const byId = new Map(references.map((r) => [r.id, r] as const));
	const cite = new Cite(references.map(forCiteproc));
	// One run over the whole bibliography, so that citeproc disambiguates
	// same-author-same-year works (2000a, 2000b) the same way on every page.
	const entries = cite
		.format('bibliography', { format: 'html', template: cslTemplate.apa, lang: 'en-US', asEntryArray: true })
		.map(([id, html]): [string, string] => {
			const entry = unwrap(html);
			const reference = byId.get(id);
			return [
				id,
				reference && isBareFamilyName(reference.author.at(-1)!)
					? withoutStopAfterName(entry, nameText(reference.author.at(-1)!))
					: entry,
			];
		});
	const citations = references.map((reference): [string, string] => {
		// plugin-csl's typings make citationsPre/Post required; citeproc treats them as optional.
		const options = {
			format: 'text',
			template: cslTemplate.apa,
			lang: 'en-US',
			entry: [reference.id],
			citationsPre: [],
			citationsPost: [],
		};
		return [reference.id, cite.format('citation', options).trim()];
	});
	return { style: 'apa', entries, citations };
}

function formatVancouver(references: Reference[]): Formatted {
	// Entries as the sources give them: Vancouver keeps a publisher that is also the author.
	const cite = new Cite(references);
	const entries = cite
		.format('bibliography', { format: 'html', template: cslTemplate.vancouver, lang: 'en-US', asEntryArray: true })
		.map(([id, html]): [string, string] => [id, withoutNumber(unwrap(html))])
		// The site-wide list is a bibliography, not one page's sequence: alphabetical, by the entry's first words
		// (its authors, then its title).
		.sort(([, a], [, b]) => plainText(a).localeCompare(plainText(b), 'en'));
	// Numbers say nothing outside their page: the short label (a source filter, an accessible name) is author–date.
	const citations = references.map((r): [string, string] => [r.id, `${shortAuthor(r)}, ${yearOf(r)}`]);
	return { style: 'vancouver', entries, citations };
}

/**
 * Runs citeproc over the whole bibliography in the given style. Slow the first time in a process
 * (about a second to set up a style), which is why the build starts it early in a worker thread.
 */
export function formatBibliography(references: Reference[], style: CitationStyle): Formatted {
	return style === 'vancouver' ? formatVancouver(references) : formatApa(references);
}

/** A parenthetical or narrative citation, split into one linkable part per cited work. */
export interface FormattedCitation {
	/** Text around the linked parts, for example "(" and ")". */
	open: string;
	close: string;
	separator: string;
	parts: { key: string; text: string }[];
}

const locatorFormats: Record<string, (l: string) => string> = {
	page: (l) => (/[-–,]/.test(l) ? `pp. ${l.replace('-', '–')}` : `p. ${l}`),
	section: (l) => `Section ${l}`,
	paragraph: (l) => `para. ${l}`,
	chapter: (l) => `Chapter ${l}`,
	figure: (l) => `Figure ${l}`,
};

/** The locator and suffix after a work: ", p. 4". */
function itemTail(item: CitationItem): string {
	let tail = '';
	if (item.locator && item.label) tail += `, ${locatorFormats[item.label]!(item.locator)}`;
	if (item.suffix) tail += `, ${item.suffix}`;
	return tail;
}

function apaCitation(citation: Citation, bibliography: Bibliography): FormattedCitation {
	const { label } = bibliography;
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
}

/**
 * Vancouver, as the CSL template writes it: the works' numbers in ascending order, in parentheses,
 * separated by commas ("(1,3)"). Ranges are not collapsed ("1–3"), since each number links to its own
 * work. A locator or note the author wrote is kept after its number ("(2, p. 4)"; the template has none),
 * and then the numbers are separated by semicolons so the locator stays with its work. A narrative
 * citation names the authors before the number: "Vaidya and Osborne (2)".
 */
function vancouverCitation(
	citation: Citation,
	bibliography: Bibliography,
	numbers: ReadonlyMap<string, number>,
): FormattedCitation {
	const number = (key: string) => numbers.get(key) ?? 0;
	if (citation.mode === 'narrative') {
		const item = citation.items[0]!;
		const { author } = bibliography.label(item.key);
		return {
			open: '',
			close: '',
			separator: '',
			parts: [{ key: item.key, text: `${author.replace(' & ', ' and ')} (${number(item.key)}${itemTail(item)})` }],
		};
	}
	const parts = citation.items
		.map((item) => ({
			key: item.key,
			text: `${item.prefix ? `${item.prefix} ` : ''}${number(item.key)}${itemTail(item)}`,
			annotated: Boolean(item.prefix || itemTail(item)),
		}))
		.sort((a, b) => number(a.key) - number(b.key));
	const separator = parts.some((part) => part.annotated) ? '; ' : ',';
	return { open: '(', close: ')', separator, parts: parts.map(({ key, text }) => ({ key, text })) };
}

/**
 * An in-text citation in the style. `numbers` are the cited works' numbers where the citation stands
 * (see `citationNumbers`); author–date styles do not use them.
 */
export function inTextCitation(
	style: CitationStyle,
	bibliography: Bibliography,
	citation: Citation,
	numbers: ReadonlyMap<string, number> = new Map(),
): FormattedCitation {
	return numbered(style) ? vancouverCitation(citation, bibliography, numbers) : apaCitation(citation, bibliography);
}

/**
 * The numbers of the works cited in order (a page's citations as they appear, the "In brief" points
 * first): each work gets the next number when first cited, and keeps it.
 */
export function citationNumbers(keys: Iterable<string>): Map<string, number> {
	const numbers = new Map<string, number>();
	for (const key of keys) if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
	return numbers;
}

/**
 * The keys of a page's reference list, from the keys it cites in order: APA lists them in the
 * site-wide (alphabetical) order, Vancouver in the order of first citation, matching their numbers.
 */
export function pageReferenceKeys(style: CitationStyle, bibliography: Bibliography, cited: string[]): string[] {
	if (numbered(style)) return [...citationNumbers(cited).keys()].filter((key) => bibliography.entries.has(key));
	const citedSet = new Set(cited);
	return bibliography.order.filter((key) => citedSet.has(key));
}

/** A work's reference-list entry in the style, as HTML (without its number: the list numbers it). */
export const referenceEntryHtml = (_style: CitationStyle, bibliography: Bibliography, key: string): string =>
	bibliography.entryHtml(key);

/** A work's reference-list entry as plain text (the catalog). */
export const referenceEntryText = (style: CitationStyle, bibliography: Bibliography, key: string): string =>
	plainText(referenceEntryHtml(style, bibliography, key)).trim();

/** What the preview of a citation shows: the work's reference-list entry, as text. */
export const previewText = (style: CitationStyle, bibliography: Bibliography, key: string): string =>
	referenceEntryText(style, bibliography, key);

/* "Cite this page" */

const titleStandIn = 'TITLE_STAND_IN';
const urlStandIn = 'https://stand-in.invalid/URL_STAND_IN';
const dateStandIn = '1999-01-01';
const authorStandIn = 'AUTHOR_STAND_IN';
const publisherStandIn = 'PUBLISHER_STAND_IN';

const dateParts = (date: string) => ({ 'date-parts': [date.split('-').map(Number)] });

/** The stand-in page reference, formatted in the style (HTML), with and without a date. */
export interface PageTemplate {
	dated: string;
	undated: string;
}

/**
 * Every page's reference has the same shape, so citeproc formats one stand-in once (dated and
 * undated) and each page fills in its title, date and address: the same output, without a
 * citeproc run per page (about 5 ms each, which a 2,000-page handbook would feel).
 * Setting up citeproc takes about a second, so the build worker makes this ahead of time.
 */
export function formatPageTemplate(style: CitationStyle): PageTemplate {
	const format = (dated: boolean) => {
		const standIn = {
			id: 'stand-in',
			type: 'webpage',
			title: titleStandIn,
			author: [{ literal: authorStandIn }],
			publisher: publisherStandIn,
			...(dated ? { issued: dateParts(dateStandIn) } : {}),
			URL: urlStandIn,
		};
		const html = new Cite([standIn]).format('bibliography', {
			format: 'html',
			template: cslTemplate[style],
			lang: 'en-US',
			asEntryArray: true,
		})[0]?.[1];
		const entry = unwrap(html ?? '');
		// Without an access date, citeproc's APA still writes "Retrieved" before the address.
		return style === 'vancouver' ? withoutNumber(entry) : entry.replace(/Retrieved (?=https:)/, '');
	};
	return { dated: format(true), undated: format(false) };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');

/** APA's date in a reference: `2026, May 4`. One formatter for every page (making one costs more than using it). */
const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });
const apaDate = (date: string) => {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const monthName = monthFormat.format(new Date(Date.UTC(year, month - 1, day)));
	return `${year}, ${monthName} ${day}`;
};

/** The date as each style's template writes a web page's: APA the full date, Vancouver (NLM) the year. */
const pageDate: Record<CitationStyle, (date: string) => string> = {
	apa: apaDate,
	vancouver: (date) => date.slice(0, 4),
};

/** What a page's reference is made of (see `pageAsReference` in cite-page.ts). */
export interface PageReferenceItem {
	title: string;
	URL: string;
}

/**
 * A handbook page's reference in the style, as HTML and plain text, from the style's page template:
 * the editors as author, the handbook as publisher, dated by the last review (`reviewed`).
 */
export function citeThisPageEntry(
	style: CitationStyle,
	item: PageReferenceItem,
	reviewed: string | undefined,
	pageTemplate: PageTemplate,
	config: Pick<HandbookConfig, 'editors' | 'publisher'>,
): { html: string; text: string } {
	const template = reviewed ? pageTemplate.dated : pageTemplate.undated;
	const title = escapeHtml(item.title);
	const html = template
		// APA closes the title with a full stop, dropped after a title that ends in ? or ! (citeproc does too);
		// Vancouver follows the title with "[Internet]".
		.replace(new RegExp(`${titleStandIn}(</i>)?(\\.?)`), (_, close = '', stop: string) =>
			/[?!]$/.test(item.title) ? `${title}${close}` : `${title}${close}${stop}`,
		)
		.replace(authorStandIn, escapeHtml(config.editors))
		.replace(publisherStandIn, escapeHtml(config.publisher))
		.replace(pageDate[style](dateStandIn), reviewed ? pageDate[style](reviewed) : '')
		.replace(
			urlStandIn,
			// A site path (preview build) is marked for the browser to complete with the origin it is served from.
			item.URL.startsWith('/')
				? `<span data-site-path="${escapeHtml(item.URL)}">${escapeHtml(item.URL)}</span>`
				: escapeHtml(item.URL),
		);
	return { html, text: plainText(html) };
}
