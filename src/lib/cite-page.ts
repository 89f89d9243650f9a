import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { PageSummary } from './page-graph.ts';
import { withBase } from './urls.ts';

export const handbookTitle = 'The Coalitions Handbook';
/** The day of the build: the handbook changes over time, so APA wants the date it was retrieved. */
const built = new Date();

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
		accessed: { 'date-parts': [[built.getUTCFullYear(), built.getUTCMonth() + 1, built.getUTCDate()]] },
	};
}

/** The page's reference in APA 7 (HTML), BibTeX and CSL-JSON. */
export function citePage(page: PageSummary, site: URL | undefined, base: string) {
	const item = pageAsReference(page, site, base);
	const cite = new Cite([item]);
	return {
		apa: cite.format('bibliography', { format: 'html', template: 'apa', lang: 'en-US', asEntryArray: true })[0]?.[1].trim() ?? '',
		bibtex: cite.format('bibtex', { format: 'text' }) as string,
		csl: JSON.stringify([item], null, 2),
		/** File name stem of the downloads, under /cite/. */
		file: item.id,
	};
}

/** Where the downloads of a page's reference live. */
export const citeFile = (page: PageSummary, ext: 'bib' | 'json') =>
	`/cite/${page.url === '/' ? 'home' : page.url.slice(1, -1)}.${ext}`;
