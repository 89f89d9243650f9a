import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { handbookConfig, publicUrl, type HandbookConfig } from '../config.ts';
import { citePath } from '../model/routes.ts';
import { citeThisPageEntry, type CitationStyle, type PageTemplate } from './citation-style.ts';

// The handbook's keys use hyphens, which BibTeX accepts; citation-js would otherwise replace them with a made-up label.
(plugins.config.get('@bibtex') as { format: { checkLabel: boolean } }).format.checkLabel = false;

/** What citing a page needs of it: the page graph's summaries (`src/site/page-graph.ts`) have it. */
export interface CitablePage {
	url: string;
	title: string;
	/** When the page was last reviewed (`YYYY-MM-DD`), if known. */
	reviewed?: string;
}

/** A `YYYY-MM-DD` date as CSL date parts. */
const dateParts = (date: string) => ({ 'date-parts': [date.split('-').map(Number)] });

/**
 * A page of the handbook as a CSL-JSON item: written by the handbook's editors (a group, from the
 * configuration), published by the handbook, and dated by the page's last review. No access date:
 * one frozen at build time would be wrong for every reader after that day, and APA asks for one only
 * when the page carries no date of its own (Vancouver's "[cited ...]" is left out for the same reason).
 */
export function pageAsReference(page: CitablePage, config: HandbookConfig = handbookConfig) {
	const slug = page.url === '/' ? 'home' : page.url.slice(1, -1).replace(/\//g, '-');
	return {
		id: `coalitionshandbook-${slug}`,
		'citation-key': `coalitionshandbook-${slug}`,
		type: 'webpage',
		title: page.title,
		author: [{ literal: config.editors }],
		publisher: config.publisher,
		...(page.reviewed ? { issued: dateParts(page.reviewed) } : {}),
		URL: publicUrl(page.url, config),
	};
}

/**
 * The item as BibTeX. BibTeX has a month field but no day, and citation-js writes a full date's month as
 * `{may 4}`, which BibTeX and reference managers do not read as a month: the date goes to it as year and month.
 */
function asBibtex(item: ReturnType<typeof pageAsReference>): string {
	const yearAndMonth = item.issued && { 'date-parts': [item.issued['date-parts'][0]!.slice(0, 2)] };
	// citation-js types its input as its own CSL type; this item is CSL-JSON already.
	return plugins.output.format('bibtex', [{ ...item, ...(yearAndMonth && { issued: yearAndMonth }) }] as never, {
		format: 'text',
	}) as string;
}

/**
 * The page's reference in the citation style (HTML and plain text; `pageTemplate` is the style's, see
 * `formatPageTemplate`), BibTeX and CSL-JSON.
 */
export function citePage(
	page: CitablePage,
	style: CitationStyle,
	pageTemplate: PageTemplate,
	config: HandbookConfig = handbookConfig,
) {
	const item = pageAsReference(page, config);
	const { html, text } = citeThisPageEntry(style, item, page.reviewed, pageTemplate, config);
	return {
		html,
		text,
		bibtex: asBibtex(item),
		csl: JSON.stringify([item], null, 2),
	};
}

/** Where the downloads of a page's reference live. */
export const citeFile = (page: CitablePage, ext: 'bib' | 'json') => citePath(page.url, ext);
