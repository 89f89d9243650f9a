// The embed views (/embed/<id>/), made after the build from what it already rendered, not by a second Astro render
// of every page: Astro renders one embed view (the shell: its head holds the stylesheets' hashed addresses and the
// security policy), and each other view is that shell with the page's own title and metadata, and the parts of
// its reader page that the view repeats (In brief, the content, the references), copied byte for byte from the
// reader page's built HTML. Where each part starts and ends is read with parse5, as a browser parses the page.
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { fillTemplate } from '../site/ui-text.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Astro's escaping of text (`{value}` in a template). */
export const escapeText = (text: string) =>
	text.replace(/[&<>'"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;' })[c] ?? '&quot;');
/** Astro's escaping of an attribute's value. */
export const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The words an embed view adds, in its page's language: the dictionary strings of the same names (`handbook.…`),
 * with their `{{name}}` placeholders.
 */
export type EmbedWords = Record<(typeof embedWordKeys)[number], string>;
export const embedWordKeys = ['embedMeta', 'embedMetaReviewed', 'embedReadFull', 'embedReadIn', 'shortLinkIs'] as const;

/** A dictionary string as HTML: its text escaped, its placeholders replaced by `values` (HTML already). */
const fillHtml = (template: string, values: Record<string, string>) =>
	fillTemplate(template, values, escapeText).join('');

/** What an embed view says of its page besides the parts copied from the reader page. */
export interface EmbedPage {
	/** The page's language tag (`<html lang>`), and the view's own words in it. */
	lang: string;
	words: EmbedWords;
	/** The page's title, as written. */
	title: string;
	/** The document title (`documentTitle(title, handbookTitle)`). */
	documentTitle: string;
	description: string;
	/** The canonical address (the full page's), when the site has a published origin. */
	canonical?: string;
	/** "Practice", "Case study"... in the page's language. */
	typeLabel: string;
	handbookTitle: string;
	/** `YYYY-MM-DD` and as shown (`December 5, 2026`). */
	reviewed?: { date: string; shown: string };
	/** The full page's address, with base. */
	href: string;
	/** The short link's address, with base. */
	shortHref: string;
	/** The short link as printed: absolute, or a site path in a preview build. */
	shortLink: string;
}

/** The parts of a reader page that its embed view repeats, as the reader page's HTML has them. */
export interface ReaderParts {
	/** The "In brief" box, or `` when the page has none. */
	inBrief: string;
	/** The page's content: the inside of Starlight's `.sl-markdown-content`, without "Use in training" and the print endnote numbers. */
	content: string;
	/** The references section, or `` when the page cites nothing. */
	references: string;
}

const located = (html: string) => parse(html, { sourceCodeLocationInfo: true }) as unknown as Node;

const classes = (element: Element) =>
	(element.attrs.find((a) => a.name === 'class')?.value ?? '').split(/\s+/).filter(Boolean);
const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

/** The first element (document order) that `test` accepts. */
function find(node: Node, test: (element: Element) => boolean): Element | undefined {
	if ('tagName' in node && test(node as Element)) return node as Element;
	for (const child of ('childNodes' in node ? node.childNodes : []) as Node[]) {
		const found = find(child, test);
		if (found) return found;
	}
	return undefined;
}

const outer = (html: string, element: Element | undefined, offset = 0) => {
	const at = element?.sourceCodeLocation;
	return at ? html.slice(offset + at.startOffset, offset + at.endOffset) : '';
};

function required(element: Element | undefined, what: string, where: string): Element {
	if (!element?.sourceCodeLocation?.startTag || !element.sourceCodeLocation.endTag)
		throw new Error(`${where}: no ${what} found; the embed views are made from it.`);
	return element;
}

/** The links' print endnote numbers (`data-endnote`, see print-endnotes.ts): the reader page's print handout only. */
const withoutEndnotes = (html: string) => html.replace(/(<a\b[^>]*?) data-endnote="\d+"(>)/g, '$1$2');

/** The first element (document order) each test accepts, in one walk of the tree. */
function findEach<K extends string>(
	node: Node,
	tests: Record<K, (element: Element) => boolean>,
): Partial<Record<K, Element>> {
	const found: Partial<Record<K, Element>> = {};
	const keys = Object.keys(tests) as K[];
	const walk = (at: Node): boolean => {
		if ('tagName' in at)
			for (const key of keys) if (!found[key] && tests[key](at as Element)) found[key] = at as Element;
		if (keys.every((key) => found[key])) return true;
		return (('childNodes' in at ? at.childNodes : []) as Node[]).some(walk);
	};
	walk(node);
	return found;
}

/** The parts of a built reader page that its embed view repeats. `where` names the page in errors. */
export function readerParts(html: string, where: string): ReaderParts {
	return partsOf(html, located(html), 0, where);
}

/** A `<body>`, for parsing part of a page as a browser parses a body's content. */
const bodyContext = find(
	parse('<!DOCTYPE html><html><body></body></html>') as unknown as Node,
	(e) => e.tagName === 'body',
)!;

/**
 * `readerParts` for many pages: the first page is parsed whole, which shows the start tag of Starlight's `<main>`
 * as the build writes it (`<main data-pagefind-body class="…" lang="en-CA" dir="ltr">`); each later page is parsed
 * from that tag on, which skips the head and the sidebar (more than half of a page). The tag is looked up as
 * exact text only when it holds quotes: content can never write it before the real one, since the build escapes
 * `"` in attribute values, JSON and text (and `<` in text). A page without it is parsed whole.
 */
export function readerPartsOfPages(): (html: string, where: string) => ReaderParts {
	let mainTag: string | undefined;
	return (html, where) => {
		const at = mainTag ? html.indexOf(mainTag) : -1;
		if (at >= 0) {
			const main = parseFragment(bodyContext, html.slice(at), { sourceCodeLocationInfo: true }) as unknown as Node;
			return partsOf(html, main, at, where);
		}
		const document = located(html);
		const start = find(document, (e) => e.tagName === 'main')?.sourceCodeLocation?.startTag;
		const tag = start && html.slice(start.startOffset, start.endOffset);
		if (tag && (tag.match(/"/g) ?? []).length >= 2) mainTag = tag;
		return partsOf(html, document, 0, where);
	};
}

/** The parts, from the tree of `html` or of its part that starts at `offset`. */
function partsOf(html: string, tree: Node, offset: number, where: string): ReaderParts {
	// Starlight's Markdown container holds "Use in training" first, then the content; the handbook's own
	// container after it (`handbook-after`) holds the references.
	const found = findEach(tree, {
		inBrief: (e) => e.tagName === 'aside' && classes(e).includes('in-brief'),
		markdown: (e) => e.tagName === 'div' && attribute(e, 'class') === 'sl-markdown-content',
		references: (e) => e.tagName === 'section' && classes(e).includes('page-references') && inside(e, 'handbook-after'),
	});
	const markdown = required(found.markdown, 'Markdown content (`<div class="sl-markdown-content">`)', where);
	const training = markdown.childNodes.find(
		(child): child is Element => 'tagName' in child && classes(child as Element).includes('use-in-training'),
	);
	const start = training?.sourceCodeLocation?.endOffset ?? markdown.sourceCodeLocation!.startTag!.endOffset;
	return {
		inBrief: outer(html, found.inBrief, offset),
		content: withoutEndnotes(html.slice(offset + start, offset + markdown.sourceCodeLocation!.endTag!.startOffset)),
		references: outer(html, found.references, offset),
	};
}

/** Whether an element is inside one with the class `name`. */
function inside(element: Element, name: string): boolean {
	for (let at = element.parentNode; at && 'tagName' in at; at = (at as Element).parentNode)
		if (classes(at as Element).includes(name)) return true;
	return false;
}

/** The `<main>` of an embed view, as `src/pages/embed/[id].astro` writes it. */
export function embedMain(page: EmbedPage, parts: ReaderParts): string {
	const { words } = page;
	const handbook = escapeText(page.handbookTitle);
	const meta = page.reviewed
		? fillHtml(words.embedMetaReviewed, {
				type: escapeText(page.typeLabel),
				handbook,
				date: `<time datetime="${escapeAttribute(page.reviewed.date)}">${escapeText(page.reviewed.shown)}</time>`,
			})
		: fillHtml(words.embedMeta, { type: escapeText(page.typeLabel), handbook });
	const readIn = fillHtml(words.embedReadIn, { title: escapeText(page.title), handbook });
	const sitePath = page.shortLink.startsWith('/') ? ` data-site-path="${escapeAttribute(page.shortLink)}"` : '';
	const shortLink = `<a href="${escapeAttribute(page.shortHref)}"><span${sitePath}>${escapeText(page.shortLink)}</span></a>`;
	return (
		`<main class="embed-main"><h1>${escapeText(page.title)}</h1>` +
		`<p class="embed-meta">${meta}</p>` +
		parts.inBrief +
		`<div class="sl-markdown-content">${parts.content}</div>` +
		`<div class="sl-markdown-content">${parts.references}</div>` +
		`<p class="embed-full">${fillHtml(words.embedReadFull, { link: `<a href="${escapeAttribute(page.href)}">${readIn}</a>` })} ` +
		`${fillHtml(words.shortLinkIs, { link: shortLink })}</p></main>`
	);
}

/** The places in the shell (an embed view Astro rendered) that change from page to page. */
export interface Shell {
	html: string;
	/** [start, end, replacement for a page], in document order. */
	slots: { start: number; end: number; fill: (page: EmbedPage, parts: ReaderParts) => string }[];
}

/** Reads an embed view that Astro rendered, to make the others from it. */
export function readShell(html: string, where: string): Shell {
	const document = located(html);
	const slot = (element: Element, fill: Shell['slots'][number]['fill']) => ({
		start: element.sourceCodeLocation!.startOffset,
		end: element.sourceCodeLocation!.endOffset,
		fill,
	});
	const title = required(
		find(document, (e) => e.tagName === 'title'),
		'`<title>`',
		where,
	);
	const main = required(
		find(document, (e) => e.tagName === 'main' && classes(e).includes('embed-main')),
		'`<main class="embed-main">`',
		where,
	);
	const root = required(
		find(document, (e) => e.tagName === 'html'),
		'`<html>`',
		where,
	);
	const description = find(document, (e) => e.tagName === 'meta' && attribute(e, 'name') === 'description');
	const canonical = find(document, (e) => e.tagName === 'link' && attribute(e, 'rel') === 'canonical');
	// The `<html>` start tag only: the page's language.
	const slots: Shell['slots'] = [
		{
			start: root.sourceCodeLocation!.startTag!.startOffset,
			end: root.sourceCodeLocation!.startTag!.endOffset,
			fill: (page) => `<html lang="${escapeAttribute(page.lang)}" dir="ltr">`,
		},
		slot(title, (page) => `<title>${escapeText(page.documentTitle)}</title>`),
	];
	if (description)
		slots.push(slot(description, (page) => `<meta name="description" content="${escapeAttribute(page.description)}">`));
	if (canonical)
		slots.push(
			slot(canonical, (page) =>
				page.canonical ? `<link rel="canonical" href="${escapeAttribute(page.canonical)}">` : '',
			),
		);
	slots.push(slot(main, embedMain));
	return { html, slots: slots.sort((a, b) => a.start - b.start) };
}

/** An embed view: the shell with the page's own parts. */
export function embedView(shell: Shell, page: EmbedPage, parts: ReaderParts): string {
	let html = '';
	let at = 0;
	for (const { start, end, fill } of shell.slots) {
		html += shell.html.slice(at, start) + fill(page, parts);
		at = end;
	}
	return html + shell.html.slice(at);
}
