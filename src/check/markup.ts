// The safety allowlist for markup in content, judged on the tree a real HTML parser builds (src/model/html.ts):
// never by regular expressions over text (see there why).
import type { ParsedElement } from '../model/html.ts';
import { linkSchemes, unsupportedScheme } from './links.ts';

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
 * The `name`s a meta tag in a page's `head:` may have. A meta name can change what a browser does (`referrer`,
 * `color-scheme`), so it is a list, shared with the output audit's allowlist (scripts/output-allowlist.ts): what the
 * check accepts is published.
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
