// Markup as a browser reads it: content's raw HTML and the attribute maps of its frontmatter are parsed by a
// real HTML parser (parse5, the WHATWG algorithm browsers follow) and judged on the resulting tree, against an
// allowlist. Never by regular expressions over text: browsers accept `/` between attributes, decode character
// references in values, move elements between namespaces (SVG, MathML), and a text pattern misses all of it.
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

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

/**
 * `html` with each attribute value that `rewrite` changes written anew, and everything else as it was, byte for
 * byte. `rewrite(element, attribute, value)` gets the value as a browser decodes it and returns the new one, or
 * undefined to leave it. Found by the same parser, so an attribute is what a browser would take it for.
 */
export function rewriteAttributes(
	html: string,
	rewrite: (element: string, attribute: string, value: string) => string | undefined,
): string {
	const edits: { start: number; end: number; text: string }[] = [];
	const visit = (node: Node) => {
		if ('tagName' in node) {
			const element = node as Element;
			for (const attribute of element.attrs) {
				const location = element.sourceCodeLocation?.attrs?.[attribute.name];
				const value = rewrite(element.tagName.toLowerCase(), attribute.name, attribute.value);
				if (location && value !== undefined && value !== attribute.value)
					edits.push({
						start: location.startOffset,
						end: location.endOffset,
						text: `${attribute.name}="${escapeValue(value)}"`,
					});
			}
		}
		for (const child of ('childNodes' in node ? node.childNodes : []) as Node[]) visit(child);
	};
	visit(parseFragment(html, { sourceCodeLocationInfo: true }) as unknown as Node);
	return edits
		.sort((a, b) => b.start - a.start)
		.reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), html);
}

/**
 * A JSX attribute's value when it is a plain string: `href="/x/"`, or an expression that is only a
 * string literal, `href={"/x/"}` or `` href={`/x/`} ``. Anything computed is left alone.
 */
export function attributeString(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	const expression = (value as { value?: unknown } | null)?.value;
	if (typeof expression !== 'string') return undefined;
	const literal = /^\s*(["'`])((?:(?!\1)[^\\$])*)\1\s*$/.exec(expression);
	return literal?.[2];
}
