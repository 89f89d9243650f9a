// Course packs (/course-pack/?p=trust,iocn&t=…) and the whole handbook in print (/print/): one
// document made in the browser from the site's own static files, with no server. The list of pages
// comes from the address (a reading list) or from the page (the sidebar's order); each page's HTML
// is fetched from the same site, and its In brief, text, references and link notes are put in order,
// each after a header with its title, trainer's note, short link and QR code. Print styles start
// every page on a new sheet. `npm run pdf` prints the same with Chromium.
// The fetched pages are the site's own build output (same origin), not content from elsewhere; their
// scripts, styles and buttons are dropped, and ids are prefixed so that pages cannot clash.
import { addressOf, listFromAddress, titleFromAddress, type ReadingListItem } from './reading-list-store.ts';
import { qrSvg } from './qr-code.ts';
import { siteTitle } from '../model/labels.ts';
import { fillTemplate } from '../site/ui-text.ts';
import words, { fill } from 'virtual:handbook/ui-strings/coursePack';
import { inLanguage, plural } from './dom.ts';

interface CatalogEntry {
	id: string;
	title: string;
	url: string;
	shortLink: string | null;
	lang: string;
}

interface Catalog {
	site: string;
	entries: CatalogEntry[];
}

/** One page of the document, with the addresses it needs. */
interface PackPage {
	id: string;
	title: string;
	note: string;
	/** Where to fetch the page: a path on this origin. */
	source: string;
	/** The short link, as a full address. */
	shortLink: string;
	/** The page's language: a course pack may hold pages of another language than its own words'. */
	lang: string;
}

/** Parts of a fetched page that are for the screen or the site, not for the printed document. */
const dropped = [
	'script',
	'style',
	'link',
	'template',
	'button',
	'.use-in-training',
	'.sl-anchor-link',
	'.copy-link',
	'.preview',
	'.preview-more',
	'.reference-more',
	'.cite-downloads',
].join(',');

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Record<string, unknown> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const made = Object.assign(document.createElement(tag), props);
	made.append(...children);
	return made;
}

/** An element holding inline SVG markup this script made itself (a QR code). */
function svgHolder(className: string, markup: string): HTMLElement {
	const holder = element('div', { className });
	holder.innerHTML = markup;
	return holder;
}

/** Gives every id in `section` a prefix, and the in-page links and labels that name them the same. */
function prefixIds(section: Element, prefix: string): void {
	for (const el of section.querySelectorAll('[id]')) el.id = `${prefix}${el.id}`;
	for (const a of section.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'))
		a.setAttribute('href', `#${prefix}${a.getAttribute('href')!.slice(1)}`);
	for (const attribute of ['aria-labelledby', 'aria-describedby', 'for'])
		for (const el of section.querySelectorAll(`[${attribute}]`))
			el.setAttribute(
				attribute,
				el
					.getAttribute(attribute)!
					.split(/\s+/)
					.map((id) => `${prefix}${id}`)
					.join(' '),
			);
}

/** Moves every heading one level down: the page's title is the section's heading in the document. */
function demoteHeadings(section: Element): void {
	for (const heading of section.querySelectorAll('h2, h3, h4, h5')) {
		const level = Number(heading.tagName.slice(1)) + 1;
		const lower = document.createElement(`h${level}`);
		for (const { name, value } of heading.attributes) lower.setAttribute(name, value);
		lower.append(...heading.childNodes);
		heading.replaceWith(lower);
	}
}

/** The parts of a page that go in the document: In brief, the text, the references and the link notes. */
function pageParts(html: string): Element[] {
	// Parsed inert in a template: a parsed document (DOMParser) would have this page's security policy judge the
	// other page's inline styles, and report each one as a violation, though none of them is ever applied.
	const template = document.createElement('template');
	template.innerHTML = html;
	const main = template.content.querySelector('main');
	if (!main) return [];
	for (const el of main.querySelectorAll(dropped)) el.remove();
	const parts = [
		main.querySelector('.in-brief'),
		main.querySelector('.sl-markdown-content:not(.handbook-after)'),
		main.querySelector('.page-references'),
		main.querySelector('.print-endnotes'),
	].filter((part): part is Element => part !== null);
	// A preview build writes link notes as site paths: a printed note is only useful as a full address.
	for (const li of parts.at(-1)?.matches('.print-endnotes') ? parts.at(-1)!.querySelectorAll('li') : [])
		if (li.textContent?.startsWith('/')) li.textContent = new URL(li.textContent, location.origin).href;
	return parts.map((part) => document.importNode(part, true));
}

/** One page's section: a header with its title, note, short link and QR code, then its parts. */
async function pageSection(page: PackPage, index: number, html: string | undefined): Promise<HTMLElement> {
	const prefix = `pack-${index + 1}-`;
	const section = element('section', { className: 'pack-page', id: `pack-${page.id}` });
	section.setAttribute('aria-labelledby', `${prefix}title`);
	const heading = inLanguage(
		element('h2', { id: `${prefix}title`, className: 'pack-page-title' }, page.title),
		page.lang,
	);
	const text = element(
		'div',
		{},
		element('p', { className: 'pack-page-number' }, `${index + 1}`),
		heading,
		element(
			'p',
			{ className: 'pack-short-link' },
			...fillTemplate(words.shortLinkIs, { link: element('span', {}, page.shortLink) }),
		),
	);
	if (page.note)
		text.append(element('p', { className: 'pack-note' }, element('strong', {}, words.packNoteLabel), ' ', page.note));
	const header = element('div', { className: 'pack-page-header' }, text);
	header.append(svgHolder('pack-qr', await qrSvg(page.shortLink)));
	const body = element('div', { className: 'pack-page-body' });
	if (html === undefined) body.append(element('p', {}, fill(words.packPageNotLoaded, { link: page.shortLink })));
	else inLanguage(body, page.lang).append(...pageParts(html));
	demoteHeadings(body);
	prefixIds(body, prefix);
	section.append(header, body);
	return section;
}

/** Fetches the pages' HTML, a few at a time, reporting progress; a page that fails is `undefined`. */
async function fetchPages(pages: PackPage[], progress: (done: number) => void): Promise<(string | undefined)[]> {
	const results: (string | undefined)[] = new Array(pages.length);
	let next = 0;
	let done = 0;
	const worker = async () => {
		while (next < pages.length) {
			const i = next++;
			try {
				const response = await fetch(pages[i]!.source);
				results[i] = response.ok ? await response.text() : undefined;
			} catch {
				results[i] = undefined;
			}
			progress(++done);
		}
	};
	await Promise.all(Array.from({ length: 4 }, worker));
	return results;
}

/** The cover: the document's title, what it holds, the trainer's notes, and a QR code for its address online. */
async function cover(title: string, kind: string, address: string, pages: PackPage[]): Promise<HTMLElement> {
	const section = element(
		'section',
		{ className: 'pack-cover' },
		element('p', { className: 'pack-handbook' }, siteTitle),
		element('h2', { className: 'pack-title' }, title),
		element(
			'p',
			{},
			fill(plural(pages.length, words.packCoverCountOne, words.packCoverCountOther), { kind, count: pages.length }),
		),
	);
	const noted = pages.filter((page) => page.note);
	if (noted.length)
		section.append(
			element('h3', {}, words.packTrainerNotes),
			element(
				'ul',
				{ className: 'pack-cover-notes' },
				...noted.map((page) => element('li', {}, element('strong', {}, `${page.title}: `), page.note)),
			),
		);
	const figure = element('figure', { className: 'pack-cover-qr' });
	figure.append(
		svgHolder('pack-qr', await qrSvg(address)),
		element(
			'figcaption',
			{},
			...fillTemplate(words.packOnline, { address: element('span', { className: 'pack-address' }, address) }),
		),
	);
	section.append(figure);
	return section;
}

function contents(pages: PackPage[]): HTMLElement {
	const nav = element('nav', { className: 'pack-contents' });
	nav.setAttribute('aria-labelledby', 'pack-contents-title');
	nav.append(
		element('h2', { id: 'pack-contents-title' }, words.packContents),
		element(
			'ol',
			{},
			...pages.map((page) =>
				element('li', {}, inLanguage(element('a', { href: `#pack-${page.id}` }, page.title), page.lang)),
			),
		),
	);
	return nav;
}

/** The pages of the document, from the catalog, in the given order; ids the catalog does not know are left out. */
function packPages(catalog: Catalog, items: ReadingListItem[]): PackPage[] {
	const byId = new Map(catalog.entries.filter((e) => e.shortLink).map((e) => [e.id, e]));
	return items.flatMap((item) => {
		const entry = byId.get(item.id);
		if (!entry) return [];
		return [
			{
				id: item.id,
				title: entry.title,
				note: item.note,
				source: new URL(entry.url, location.origin).pathname,
				shortLink: new URL(entry.shortLink!, location.origin).href,
				lang: entry.lang,
			},
		];
	});
}

/** Builds the document in `root` (`data-pack="course"` or `"handbook"`), then marks it ready for printing. */
async function buildPack(root: HTMLElement): Promise<void> {
	const status = root.querySelector<HTMLElement>('.pack-status')!;
	const catalog = (await (await fetch(root.dataset.catalog!)).json()) as Catalog;
	// The published home page, or this origin's in a preview build.
	const siteRoot = new URL(catalog.site, location.origin);
	const params = new URLSearchParams(location.search);
	const handbook = root.dataset.pack === 'handbook';
	const items = handbook
		? (JSON.parse(root.dataset.pages!) as string[]).map((id) => ({ id, note: '' }))
		: (listFromAddress(params) ?? []);
	const pages = packPages(catalog, items);
	if (!pages.length) {
		status.textContent = words.packNoPages;
		return;
	}
	const title = handbook ? words.packWholeHandbook : titleFromAddress(params) || words.readingListTitle;
	// The cover leads to the home page of the pack's language for the handbook in print, to the list for a course pack.
	const address = handbook
		? new URL(root.dataset.home!, siteRoot).href
		: new URL(`${root.dataset.readingList}${addressOf(items, titleFromAddress(params))}`, siteRoot).href;
	if (!handbook) document.title = fill(words.packDocumentTitle, { title, site: siteTitle });
	const html = await fetchPages(
		pages,
		(done) => (status.textContent = fill(words.packLoadingPage, { done, count: pages.length })),
	);
	const document_ = root.querySelector<HTMLElement>('.pack-document')!;
	document_.append(
		await cover(title, handbook ? words.packKindHandbook : words.packKindCourse, address, pages),
		contents(pages),
	);
	for (const [i, page] of pages.entries()) document_.append(await pageSection(page, i, html[i]));
	status.textContent = fill(plural(pages.length, words.packReadyOne, words.packReadyOther), { count: pages.length });
	root.querySelector<HTMLButtonElement>('.pack-print')!.hidden = false;
	root.dataset.ready = 'true';
}

const root = document.querySelector<HTMLElement>('[data-pack]');
if (root) {
	root.querySelector('.pack-print')?.addEventListener('click', () => print());
	void buildPack(root);
}
