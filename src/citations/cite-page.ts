import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { handbookConfig, publicUrl, type HandbookConfig } from '../config.ts';
import type { PageSummary } from '../site/page-graph.ts';

// The handbook's keys use hyphens, which BibTeX accepts; citation-js would otherwise replace them with a made-up label.
(plugins.config.get('@bibtex') as { format: { checkLabel: boolean } }).format.checkLabel = false;

export const handbookTitle = 'The Coalitions Handbook';

/** A `YYYY-MM-DD` date as CSL date parts. */
const dateParts = (date: string) => ({ 'date-parts': [date.split('-').map(Number)] });

/**
 * A page of the handbook as a CSL-JSON item: written by the handbook's editors (a group, from the
 * configuration), published by the handbook, and dated by the page's last review. No access date:
 * one frozen at build time would be wrong for every reader after that day, and APA asks for one only
 * when the page carries no date of its own.
 */
export function pageAsReference(page: PageSummary, config: HandbookConfig = handbookConfig) {
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

const escapeHtml = (text: string) => text.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');

const titleStandIn = 'TITLE_STAND_IN';
const urlStandIn = 'https://stand-in.invalid/URL_STAND_IN';
const dateStandIn = '1999-01-01';
const authorStandIn = 'AUTHOR_STAND_IN';
const publisherStandIn = 'PUBLISHER_STAND_IN';

/** The stand-in page reference, formatted in APA (HTML), with and without a date. */
export interface PageTemplate {
	dated: string;
	undated: string;
}

/**
 * Every page's reference has the same shape, so citeproc formats one stand-in once (dated and
 * undated) and each page fills in its title, date and address: the same APA output, without a
 * citeproc run per page (about 5 ms each, which a 2,000-page handbook would feel).
 * Setting up citeproc takes about a second, so the build worker makes this
 * ahead of time (see build-worker.ts) and hands it over with `rememberPageTemplate`.
 */
export function formatPageTemplate(): PageTemplate {
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
			template: 'apa',
			lang: 'en-US',
			asEntryArray: true,
		})[0]?.[1];
		// Without an access date, citeproc's APA still writes "Retrieved" before the address.
		return (html ?? '')
			.trim()
			.replace(/^<div[^>]*>|<\/div>$/g, '')
			.replace(/Retrieved (?=https:)/, '');
	};
	return { dated: format(true), undated: format(false) };
}

/** APA's date in a reference: `2026, May 4`. */
const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });
const apaDate = (date: string) => {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const monthName = monthFormat.format(new Date(Date.UTC(year, month - 1, day)));
	return `${year}, ${monthName} ${day}`;
};

function apa(
	item: ReturnType<typeof pageAsReference>,
	reviewed: string | undefined,
	pageTemplate: PageTemplate,
	config: HandbookConfig,
): string {
	const template = reviewed ? pageTemplate.dated : pageTemplate.undated;
	// APA drops the full stop after a title that ends in ? or !; citeproc does too.
	const title = escapeHtml(item.title);
	return template
		.replace(new RegExp(`${titleStandIn}(</i>)?\\.`), (_, close = '') =>
			/[?!]$/.test(item.title) ? `${title}${close}` : `${title}${close}.`,
		)
		.replace(authorStandIn, escapeHtml(config.editors))
		.replace(publisherStandIn, escapeHtml(config.publisher))
		.replace(apaDate(dateStandIn), reviewed ? apaDate(reviewed) : '')
		.replace(
			urlStandIn,
			// A site path (preview build) is marked for the browser to complete with the origin it is served from.
			item.URL.startsWith('/')
				? `<span data-site-path="${escapeHtml(item.URL)}">${escapeHtml(item.URL)}</span>`
				: escapeHtml(item.URL),
		);
}

/** The page's reference in APA 7 (HTML and plain text), BibTeX and CSL-JSON. */
export function citePage(page: PageSummary, pageTemplate: PageTemplate, config: HandbookConfig = handbookConfig) {
	const item = pageAsReference(page, config);
	const html = apa(item, page.reviewed, pageTemplate, config);
	return {
		apa: html,
		apaText: html
			.replace(/<[^>]+>/g, '')
			.replace(/&#38;/g, '&')
			.replace(/&#60;/g, '<')
			.replace(/&#62;/g, '>'),
		// citation-js types its input as its own CSL type; this item is CSL-JSON already.
		bibtex: plugins.output.format('bibtex', [item] as never, { format: 'text' }) as string,
		csl: JSON.stringify([item], null, 2),
	};
}

/** Where the downloads of a page's reference live. */
export const citeFile = (page: PageSummary, ext: 'bib' | 'json') =>
	`/cite/${page.url === '/' ? 'home' : page.url.slice(1, -1)}.${ext}`;
