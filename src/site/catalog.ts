import { handbookConfig, publicUrl, type HandbookConfig } from '../config.ts';
import type { Catalog, CatalogEntry } from '../schemas/catalog.ts';
import { citationNumbers, referenceEntryText } from '../citations/citation-style.ts';
import { siteTitle } from '../model/labels.ts';
import { citedKeys, withoutCitations } from '../citations/cited-text.ts';
import type { Handbook } from '../handbook/handbook.ts';
import { pageLang, pageSummaries } from './page-graph.ts';
import { isReaderPage, pageShortId, shortIdsByTarget } from '../model/short-links.ts';
import { referencePath, shortPath, termPath } from '../model/routes.ts';

const firstSentence = (text: string) => /^.*?[.?!](?=\s|$)/.exec(text)?.[0] ?? text;

/** What the catalog says about its strings, for whoever puts them in a web page. */
export const catalogNote =
	'Every string in this file is plain text, not HTML: escape it (as any text) before putting it in a web page. Addresses are canonical; short links never change.';

/**
 * Everything trainers link to: every reader page, reflection question, glossary term and reference,
 * with its address and short link on the configured origin and base path (site paths in a preview build).
 */
export function buildCatalog(handbook: Handbook, config: HandbookConfig = handbookConfig): Catalog {
	const content = handbook.model;
	const address = (path: string) => publicUrl(path, config);
	const shortIds = shortIdsByTarget(content);
	const short = (target: string) => {
		const id = shortIds.get(target);
		return id ? address(shortPath(id)) : null;
	};
	const summaries = pageSummaries(handbook);
	// The points as plain text, and the keys each one cites beside them (citations are not plain text).
	const inBriefOf = (info: (typeof content.pages)[number]) => {
		if (!Array.isArray(info.frontmatter?.inBrief)) return {};
		const points = info.frontmatter.inBrief as string[];
		// Numbered as on the page, where the points are the first citations (see InBrief.astro).
		const numbers = citationNumbers(points.flatMap(citedKeys));
		return {
			inBrief: points.map((point) => withoutCitations(point, handbook.bibliography, handbook.citationStyle, numbers)),
			inBriefSources: points.map(citedKeys),
		};
	};
	const reviewedOf = (url: string) => summaries.get(url)?.reviewed ?? null;
	const entries: CatalogEntry[] = [];
	for (const info of content.pages) {
		const page = summaries.get(info.url);
		if (!page || !isReaderPage(info)) continue;
		entries.push({
			id: pageShortId(info)!,
			type: page.type as CatalogEntry['type'],
			title: page.title,
			summary: page.description,
			capabilities: page.capabilities,
			url: address(page.url),
			shortLink: short(page.url),
			lang: pageLang(handbook, page.url),
			reviewed: page.reviewed ?? null,
			...inBriefOf(info),
		});
	}
	for (const question of content.reflection) {
		const target = `/reflection/#${question.id}`;
		entries.push({
			id: question.id,
			type: 'reflection-question',
			title: question.text,
			summary: 'A reflection question from the Develop Coalitions slides, for individual or workshop use.',
			capabilities: question.capabilities,
			url: address(target),
			shortLink: short(target),
			lang: pageLang(handbook, '/reflection/'),
			reviewed: reviewedOf('/reflection/'),
		});
	}
	for (const term of content.glossary.values()) {
		const target = termPath(term.id);
		entries.push({
			id: term.id,
			type: 'glossary-term',
			title: term.term,
			summary: firstSentence(term.definition),
			capabilities: [],
			url: address(target),
			shortLink: short(target),
			lang: pageLang(handbook, '/glossary/'),
			reviewed: reviewedOf('/glossary/'),
		});
	}
	const { bibliography } = handbook;
	for (const key of bibliography.order) {
		const { author, year } = bibliography.label(key);
		entries.push({
			id: key,
			type: 'reference',
			title: bibliography.entries.get(key)?.title ?? `${author} (${year})`,
			summary: referenceEntryText(handbook.citationStyle, bibliography, key),
			capabilities: [],
			url: address(referencePath(key)),
			shortLink: null,
			lang: pageLang(handbook, '/references/'),
			reviewed: reviewedOf('/references/'),
		});
	}
	return {
		title: siteTitle,
		note: catalogNote,
		site: address('/'),
		generated: new Date().toISOString().slice(0, 10),
		entries,
	};
}

/** The CSV columns, in order. */
export const catalogColumns = [
	'id',
	'type',
	'title',
	'summary',
	'capabilities',
	'url',
	'shortLink',
	'reviewed',
	'lang',
] as const satisfies readonly (keyof CatalogEntry)[];

/**
 * One CSV cell. A cell a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return) gets a leading apostrophe, as OWASP advises against CSV injection:
 * spreadsheets then show it as text, and a reader still sees the words. Cells with commas, quotes
 * or line breaks are quoted (RFC 4180).
 */
export function csvCell(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The catalog as CSV (RFC 4180), one row per entry; capabilities are separated by spaces. */
export function catalogCsv(catalog: Catalog): string {
	const rows = catalog.entries.map((entry) =>
		catalogColumns
			.map((column) => csvCell(column === 'capabilities' ? entry.capabilities.join(' ') : (entry[column] ?? '')))
			.join(','),
	);
	return `${[catalogColumns.join(','), ...rows].join('\r\n')}\r\n`;
}
