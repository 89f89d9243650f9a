// Markup as a browser reads it: content's raw HTML and the attribute maps of its frontmatter are parsed by a
// real HTML parser (parse5, the WHATWG algorithm browsers follow) and judged on the resulting tree, against an
// allowlist. Never by regular expressions over text: browsers accept `/` between attributes, decode character
// references in values, move elements between namespaces (SVG, MathML), and a text pattern misses all of it.
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { linkSchemes, unsupportedScheme } from './links.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One element of the parsed tree: its name, namespace and attributes (values decoded as the browser decodes them). */
export interface ParsedElement {
	name: string;
	/** `html`, `svg` or `math`. */
	namespace: string;
	attributes: { name: string; value: string }[];
}

const namespaces: Record<string, string> = {
	'http://www.w3.org/1999/xhtml': 'html',
	'http://www.w3.org/2000/svg': 'svg',
	'http://www.w3.org/1998/Math/MathML': 'math',
};

function walk(node: Node, found: ParsedElement[]): void {
	if ('tagName' in node) {
		const element = node as Element;
		found.push({
			name: element.tagName.toLowerCase(),
			namespace: namespaces[element.namespaceURI] ?? element.namespaceURI,
			attributes: element.attrs.map((a) => ({ name: (a.prefix ? `${a.prefix}:` : '') + a.name, value: a.value })),
		});
		// A <template>'s children live in its content fragment, not among its child nodes.
		if (element.tagName === 'template' && 'content' in element) walk(element.content as Node, found);
	}
	for (const child of ('childNodes' in node ? node.childNodes : []) as Node[]) walk(child, found);
}

/**
 * The elements a browser builds from `html` written inside a page's body. Parsed as a whole document, so that
 * what the parser does with `<html>`, `<head>` and `<body>` tags (it merges their attributes into the page's
 * own elements) is seen too; the wrapper elements are left out when they carry no attributes.
 */
export function parseHtml(html: string): ParsedElement[] {
	const found: ParsedElement[] = [];
	walk(parse(`<!DOCTYPE html><html><head></head><body>${html}`) as unknown as Node, found);
	return found.filter((e) => !(['html', 'head', 'body'].includes(e.name) && e.attributes.length === 0));
}

/** Escapes an attribute value as Astro does when it prints one. */
const escapeValue = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The element a browser builds from an attribute map that a component prints with a spread (`<a {...attrs}>`):
 * Astro escapes the values but prints the names as they are, so a name can hold further attributes.
 */
export function parseAttributeMap(tag: string, attributes: Record<string, unknown>): ParsedElement[] {
	const printed = Object.entries(attributes)
		.filter(([, value]) => value !== undefined && value !== null && value !== false)
		.map(([name, value]) => (value === true ? name : `${name}="${escapeValue(String(value))}"`))
		.join(' ');
	return parseHtml(`<${tag} ${printed}></${tag}>`);
}

/** The scheme of an address as a browser reads it (tabs and newlines removed, leading controls and spaces skipped). */
export function urlScheme(url: string): string | undefined {
	// eslint-disable-next-line no-control-regex -- browsers strip these before reading a scheme
	const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** The elements content may write: text structure only. Anything else (SVG, MathML, scripts, frames, forms...) is refused. */
const allowedElements = new Set(
	(
		'a abbr b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption figure ' +
		'h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub summary sup table tbody td ' +
		'tfoot th thead time tr u ul var wbr'
	).split(' '),
);

/** Attributes any allowed element may carry: none of them runs code, loads anything or changes how the page looks. */
const globalAttributes = new Set(['id', 'title', 'lang', 'dir']);
const elementAttributes: Record<string, string[]> = {
	a: ['href', 'rel', 'hreflang'],
	img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
	blockquote: ['cite'],
	q: ['cite'],
	del: ['cite', 'datetime'],
	ins: ['cite', 'datetime'],
	time: ['datetime'],
	td: ['colspan', 'rowspan', 'headers'],
	th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
	col: ['span'],
	colgroup: ['span'],
	ol: ['start', 'reversed', 'type'],
	li: ['value'],
	details: ['open'],
};

/** Attributes whose value is an address, and the schemes content may use in each. */
const urlAttributes = new Set(['href', 'src', 'cite']);

/**
 * The `name`s a meta tag in a page's `head:` may have. A meta name can change what a browser does (`referrer`, `color-scheme`), so it is a
 * list, shared with the output audit's allowlist (scripts/output-allowlist.ts): what the check accepts is published.
 */
export const editorMetaNames: readonly string[] = ['author', 'keywords', 'robots'];

export const attributeAllowed = (element: string, attribute: string) =>
	globalAttributes.has(attribute) ||
	attribute.startsWith('aria-') ||
	(elementAttributes[element] ?? []).includes(attribute);

/** Whether an address leads to another site. */
export const isExternal = (url: string) => {
	const scheme = urlScheme(url);
	return scheme === 'http' || scheme === 'https' || /^\s*\/\//.test(url);
};

/** What is wrong with one parsed element in content, if anything: one sentence per problem. */
export function elementProblems(element: ParsedElement, options: { rawLink?: boolean } = {}): string[] {
	const { name, namespace } = element;
	if (namespace !== 'html')
		return [`\`<${name}>\` is ${namespace === 'svg' ? 'SVG' : 'MathML'} markup, which content may not write`];
	const problems: string[] = [];
	for (const { name: attribute, value } of element.attributes) {
		const lower = attribute.toLowerCase();
		if (!attributeAllowed(name, lower)) {
			problems.push(`the \`${attribute}\` attribute of \`<${name}>\` is not one content may set`);
			continue;
		}
		if (!urlAttributes.has(lower)) continue;
		const scheme = urlScheme(value);
		if (name === 'img' && lower === 'src') {
			if (isExternal(value)) problems.push(`the image \`${value}\` is on another site`);
			else if (scheme && !/^\s*data:image\//i.test(value))
				problems.push(`\`${scheme}:\` addresses are not allowed in \`<img src>\``);
		} else if (scheme && !linkSchemes.includes(scheme)) problems.push(unsupportedScheme(scheme));
	}
	if (!allowedElements.has(name)) problems.push(`a \`<${name}>\` element would run, embed or restyle content`);
	if (options.rawLink && name === 'a') {
		const href = element.attributes.find((a) => a.name === 'href')?.value;
		const rel = (element.attributes.find((a) => a.name === 'rel')?.value ?? '').toLowerCase().split(/\s+/);
		if (href && isExternal(href) && !(rel.includes('noopener') && rel.includes('noreferrer')))
			problems.push('a raw `<a>` to another site has no `rel="noopener noreferrer"`');
	}
	return problems;
}
