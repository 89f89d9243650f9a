import { pageType } from '../model/page-types.ts';
import type { Catalog, CatalogEntry } from '../schemas/catalog.ts';
import { loadBibliography } from './bibliography.ts';
import { handbookTitle } from './cite-page.ts';
import { contentIndex } from './content-index.ts';
import { pageSummaries } from './page-graph.ts';
import { shortLinks } from './short-links.ts';
import { referenceAnchor, termAnchor, withBase } from './urls.ts';

const plain = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&#38;/g, '&')
		.replace(/&amp;/g, '&')
		.trim();
const firstSentence = (text: string) => /^.*?[.?!](?=\s|$)/.exec(text)?.[0] ?? text;

/** Everything trainers link to, with canonical URLs and short links under the configured site and base. */
export function buildCatalog(site: URL, base: string): Catalog {
	const content = contentIndex();
	const absolute = (path: string) => new URL(withBase(base, path), site).href;
	const shortIds = new Map(shortLinks(content).map((link) => [link.target, link.id]));
	const short = (target: string) => {
		const id = shortIds.get(target);
		return id ? absolute(`/go/${id}/`) : null;
	};
	const inBrief = new Map(
		content.pages.flatMap((page) =>
			Array.isArray(page.frontmatter?.inBrief) ? [[page.url, page.frontmatter.inBrief as string[]] as const] : [],
		),
	);
	const entries: CatalogEntry[] = [];
	for (const page of pageSummaries().values()) {
		if (!pageType(page.type)?.catalog) continue;
		entries.push({
			id: page.url.split('/').filter(Boolean).at(-1)!,
			type: page.type as CatalogEntry['type'],
			title: page.title,
			summary: page.description,
			capabilities: page.capabilities,
			url: absolute(page.url),
			shortLink: short(page.url),
			...(inBrief.has(page.url) ? { inBrief: inBrief.get(page.url) } : {}),
		});
	}
	for (const question of content.reflection) {
		entries.push({
			id: question.id,
			type: 'reflection-question',
			title: question.text,
			summary: 'A reflection question from the Develop Coalitions slides, for individual or workshop use.',
			capabilities: question.capabilities,
			url: absolute(`/reflection/#${question.id}`),
			shortLink: null,
		});
	}
	for (const term of content.glossary.values()) {
		const target = `/glossary/#${termAnchor(term.id)}`;
		entries.push({
			id: term.id,
			type: 'glossary-term',
			title: term.term,
			summary: firstSentence(term.definition),
			capabilities: [],
			url: absolute(target),
			shortLink: short(target),
		});
	}
	const bibliography = loadBibliography();
	for (const key of bibliography.order) {
		const { author, year } = bibliography.label(key);
		entries.push({
			id: key,
			type: 'reference',
			title: bibliography.entries.get(key)?.title ?? `${author} (${year})`,
			summary: plain(bibliography.entryHtml(key)),
			capabilities: [],
			url: absolute(`/references/#${referenceAnchor(key)}`),
			shortLink: null,
		});
	}
	return { title: handbookTitle, site: absolute('/'), generated: new Date().toISOString().slice(0, 10), entries };
}

/** The catalog as CSV (RFC 4180), one row per entry; capabilities are separated by spaces. */
export function catalogCsv(catalog: Catalog): string {
	const columns = ['id', 'type', 'title', 'summary', 'capabilities', 'url', 'shortLink'] as const;
	const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
	const rows = catalog.entries.map((entry) =>
		columns
			.map((column) => cell(column === 'capabilities' ? entry.capabilities.join(' ') : (entry[column] ?? '')))
			.join(','),
	);
	return `${[columns.join(','), ...rows].join('\r\n')}\r\n`;
}
