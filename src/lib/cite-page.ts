import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { PageSummary } from './page-graph.ts';
import { withBase } from './urls.ts';

// The handbook's keys use hyphens, which BibTeX accepts; citation-js would otherwise replace them with a made-up label.
(plugins.config.get('@bibtex') as { format: { checkLabel: boolean } }).format.checkLabel = false;

export const handbookTitle = 'The Coalitions Handbook';
/** The day of the build: the handbook changes over time, so APA wants the date it was retrieved. */
const built = new Date();
const accessed = { 'date-parts': [[built.getUTCFullYear(), built.getUTCMonth() + 1, built.getUTCDate()]] };

/** A page of the handbook as a CSL-JSON item. */
export function pageAsReference(page: PageSummary, site: URL | undefined, base: string) {
	const slug = page.url === '/' ? 'home' : page.url.slice(1, -1).replace(/\//g, '-');
	return {
		id: `coalitionshandbook-nd-${slug}`,
		'citation-key': `coalitionshandbook-nd-${slug}`,
		type: 'webpage',
		title: page.title,
		'container-title': handbookTitle,
		URL: new URL(withBase(base, page.url), site ?? 'http://127.0.0.1:4321').href,
		accessed,
	};
}

const escapeHtml = (text: string) => text.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');

const titleStandIn = 'TITLE_STAND_IN';
const urlStandIn = 'https://stand-in.invalid/URL_STAND_IN';

/**
 * Every page's reference has the same shape, so citeproc formats one stand-in once and
 * each page fills in its title and address: the same APA output, without a citeproc
 * run per page (about 5 ms each, which a 2,000-page handbook would feel).
 * Setting up citeproc takes about a second, so the build worker makes this
 * ahead of time (see build-worker.ts) and hands it over with `rememberPageTemplate`.
 */
export function formatPageTemplate(): PageTemplate {
	const standIn = {
		id: 'stand-in',
		type: 'webpage',
		title: titleStandIn,
		'container-title': handbookTitle,
		URL: urlStandIn,
		accessed,
	};
	const html = new Cite([standIn]).format('bibliography', {
		format: 'html',
		template: 'apa',
		lang: 'en-US',
		asEntryArray: true,
	})[0]?.[1];
	return {
		accessed: JSON.stringify(accessed),
		html: (html ?? '').trim().replace(/^<div[^>]*>|<\/div>$/g, ''),
	};
}

/** The stand-in page reference, formatted, and the access date it was formatted with. */
export interface PageTemplate {
	accessed: string;
	html: string;
}

const store = globalThis as typeof globalThis & { __coalitionsHandbookPageTemplate?: PageTemplate };

/** Keeps a page template made elsewhere (the build worker), for `apa` to use. */
export function rememberPageTemplate(template: PageTemplate): void {
	store.__coalitionsHandbookPageTemplate = template;
}

function pageTemplate(): string {
	// A template made on another day (a build running past midnight UTC) is made again.
	if (store.__coalitionsHandbookPageTemplate?.accessed !== JSON.stringify(accessed))
		store.__coalitionsHandbookPageTemplate = formatPageTemplate();
	return store.__coalitionsHandbookPageTemplate.html;
}

function apa(item: ReturnType<typeof pageAsReference>): string {
	// APA drops the full stop after a title that ends in ? or !; citeproc does too.
	const title = escapeHtml(item.title);
	return pageTemplate()
		.replace(new RegExp(`${titleStandIn}(</i>)?\\.`), (_, close = '') =>
			/[?!]$/.test(item.title) ? `${title}${close}` : `${title}${close}.`,
		)
		.replace(urlStandIn, escapeHtml(item.URL));
}

/** The page's reference in APA 7 (HTML), BibTeX and CSL-JSON. */
export function citePage(page: PageSummary, site: URL | undefined, base: string) {
	const item = pageAsReference(page, site, base);
	return {
		apa: apa(item),
		// citation-js types its input as its own CSL type; this item is CSL-JSON already.
		bibtex: plugins.output.format('bibtex', [item] as never, { format: 'text' }) as string,
		csl: JSON.stringify([item], null, 2),
	};
}

/** Where the downloads of a page's reference live. */
export const citeFile = (page: PageSummary, ext: 'bib' | 'json') =>
	`/cite/${page.url === '/' ? 'home' : page.url.slice(1, -1)}.${ext}`;
