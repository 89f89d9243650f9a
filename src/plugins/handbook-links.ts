import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Link, PhrasingContent } from 'mdast';
import {
	defineMdastPlugin,
	type MdastPluginEntry,
	type MdastVisitorContext,
	type MdxJsxFlowElement,
	type MdxJsxTextElement,
} from 'satteri';
import { citationNumbers, numbered } from '../citations/citation-style.ts';
import { findCitations } from '../citations/citations.ts';
import { citationHref, citedParts } from '../citations/cited-text.ts';
import type { Handbook } from '../handbook/handbook.ts';
import { attributeString, rewriteAttributes } from '../model/html.ts';
import { linkAddress, rootRelative, termPath, withBase } from '../model/routes.ts';

export interface LinkOptions {
	/** The base path the site is hosted under, `/` or `/handbook/`. */
	base: string;
	/** The handbook as it is now (its bibliography and glossary): the store's `current`, called per page. */
	handbook: () => Handbook;
}

type Properties = Record<string, unknown>;
/** A link to another origin: any scheme followed by `//` (`https://`, `HTTPS://`, `ftp://`), or `//host`. */
export const isExternal = (url: string) => /^([a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim());
const fileName = (url: URL | undefined) => url?.pathname ?? 'a Markdown file';

/** Each page's address, by file, per handbook version. */
const urlsByHandbook = new WeakMap<Handbook, Map<string, string>>();

/** The address of the page in `file` (`/coalitions/power/`, without base), or undefined for a file that is no page. */
export function pageUrl(handbook: Handbook, file: URL | undefined): string | undefined {
	let byFile = urlsByHandbook.get(handbook);
	if (!byFile) {
		const { model } = handbook;
		byFile = new Map(model.pages.map((page) => [path.resolve(model.displayRoot, page.file), page.url]));
		urlsByHandbook.set(handbook, byFile);
	}
	return file?.protocol === 'file:' ? byFile.get(path.resolve(fileURLToPath(file))) : undefined;
}

/** Each page's citation numbers, by file, per handbook version (a numbered style only). */
const numbersByHandbook = new WeakMap<Handbook, Map<string, Map<string, number>>>();

/**
 * The numbers of the works a page cites, in a numbered style: in the order the content model found its
 * citations (the "In brief" points, then the body), so the body, the "In brief" box and the page's
 * reference list agree. A file the model does not know (it has no page there) numbers by the site-wide
 * reference list, which its citations link to.
 */
export function pageCitationNumbers(handbook: Handbook, file: URL | undefined): ReadonlyMap<string, number> {
	let byFile = numbersByHandbook.get(handbook);
	if (!byFile) {
		const { model } = handbook;
		byFile = new Map(
			model.pages.map((page) => [
				path.resolve(model.displayRoot, page.file),
				citationNumbers(page.citations.map((citation) => citation.value.key)),
			]),
		);
		numbersByHandbook.set(handbook, byFile);
	}
	return (
		(file?.protocol === 'file:' ? byFile.get(path.resolve(fileURLToPath(file))) : undefined) ??
		citationNumbers(handbook.bibliography.order)
	);
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
const isJsxElement = (node: { type: string }): node is JsxElement =>
	node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * A site address in an attribute of an element or component written in a page, as the browser must request it: an
 * `href` (`<a>`, Starlight's `<LinkCard>` and `<LinkButton>`) as a Markdown link has it, a `src` with the base path
 * (a relative one made root-relative first, as the check looks for it in `public/`).
 * Undefined for any other attribute or address.
 */
function rebasedAddress(attribute: string, value: string, base: string, from: string | undefined): string | undefined {
	const address =
		attribute === 'href'
			? pageLink(value, base, from)
			: attribute === 'src'
				? withBase(base, from ? rootRelative(value, from) : value)
				: value;
	return address === value ? undefined : address;
}

/** An attribute's new address, or undefined to keep it (`rebasedAddress` for one page). */
type Rebase = (attribute: string, value: string) => string | undefined;

/**
 * A link written in the page at `from` as the browser must request it (`linkAddress`), a relative one made
 * root-relative first: the page's text is also shown at other addresses (its embed view, the course pack, the
 * print handout's endnotes), where a relative link would reach another page. Without `from` (a file that is not a
 * page), a relative link stays relative.
 */
const pageLink = (url: string, base: string, from: string | undefined) =>
	linkAddress(base, from ? rootRelative(url, from) : url);

/**
 * An element or component written in an MDX page with its site addresses rebased (`rebasedAddress`), or undefined
 * when it has none. Only a string: a plain value, or an expression that is only a string literal (`href={"/x/"}`,
 * which becomes the plain value); any other expression (`href={...}`) is code, left as written. The copy replaces the
 * element, and Sätteri does not visit what a visitor inserts, so the elements inside it are rebased here too (an
 * image in a link); an element without addresses of its own is left for Sätteri to visit what it holds.
 */
function rebased(node: Readonly<JsxElement>, rebase: Rebase): JsxElement | undefined {
	let changed = false;
	const attributes = node.attributes.map((attribute) => {
		const written = attribute.type === 'mdxJsxAttribute' ? attributeString(attribute.value) : undefined;
		if (written === undefined) return attribute;
		const value = rebase((attribute as { name: string }).name, written);
		if (value === undefined) return attribute;
		changed = true;
		return { ...attribute, value };
	});
	if (!changed) return undefined;
	const children = (node.children as { type: string }[]).map((child) => inside(child, rebase));
	return { ...node, attributes, children } as JsxElement;
}

/** A node inside a rebased element, with the addresses of every element in it rebased. */
function inside<N extends { type: string }>(node: N, rebase: Rebase): N {
	const own = isJsxElement(node) ? (rebased(node, rebase) as N | undefined) : undefined;
	const copy = own ?? node;
	if (own || !('children' in copy) || !Array.isArray(copy.children)) return copy;
	return { ...copy, children: (copy.children as { type: string }[]).map((child) => inside(child, rebase)) };
}

/** Sätteri sets no `attributes` in place: an element whose addresses change is replaced by a copy. */
function rebaseElement(node: Readonly<JsxElement>, ctx: MdastVisitorContext, rebase: Rebase): void {
	const copy = rebased(node, rebase);
	if (copy) ctx.replaceNode(node, copy);
}

/**
 * The handbook's Markdown links, as one Sätteri mdast plugin (Sätteri parses natively,
 * which keeps large handbooks fast to build):
 * - Pandoc citations (`[@key]`) become links to the references page, written in the configured
 *   citation style (APA author–date, or Vancouver numbers in order of first citation on the page);
 * - `[coalitions](glossary:coalition)` becomes a link to the term's glossary entry;
 * - authors write root-relative links (`/leads/`), and every one of them, and every image,
 *   gets the base path the site is hosted under (printed handouts list every link's full
 *   address as a numbered endnote: see `print-endnotes.ts`); a link to a page gets the trailing
 *   slash of its address, as the check resolves it (`/cases/example` is `/cases/example/`); so do
 *   the addresses of elements and components written in the page (`<a href>`, `<LinkCard href>`,
 *   `<img src>`) and of raw HTML in a `.md` page;
 * - external links get `rel="noopener noreferrer"`: the page they open gets no handle on
 *   this one (reverse tabnabbing) nor the reader's path.
 *
 * Unknown citation keys and glossary terms never get here (`npm run check` rejects them
 * first); the plugin throws rather than print a key as literal text.
 * The previews that citations and terms carry are added by `handbookPreviews`.
 */
export function handbookLinks({ base, handbook }: LinkOptions): MdastPluginEntry {
	// Sätteri does not visit the nodes a visitor inserts, so links made here get their final address here.
	const internal = (url: string, properties: Properties = {}) => {
		return { url: withBase(base, url), data: { hProperties: { ...properties } } };
	};
	const rebaseIn =
		(ctx: MdastVisitorContext): Rebase =>
		(attribute, value) =>
			rebasedAddress(attribute, value, base, pageUrl(handbook(), ctx.fileURL));
	return defineMdastPlugin({
		name: 'handbook-links',
		text(node, ctx) {
			if (ctx.parent(node)?.type === 'link') return;
			if (!findCitations(node.value).length) return;
			const { bibliography, citationStyle } = handbook();
			const numbers = numbered(citationStyle) ? pageCitationNumbers(handbook(), ctx.fileURL) : undefined;
			const replacement = citedParts(node.value, bibliography, citationStyle, numbers).map((part): PhrasingContent => {
				if (part.kind === 'text') return { type: 'text', value: part.text };
				const { key } = part.item;
				if (!bibliography.entries.has(key)) {
					throw new Error(`${fileName(ctx.fileURL)}: unknown citation key @${key}. Run \`npm run check\` for details.`);
				}
				const link: Link = {
					type: 'link',
					...internal(citationHref(part.item, handbook().model.structure), {
						className: ['citation'],
						'data-cite': key,
					}),
					children: [{ type: 'text', value: part.text }],
				};
				return link;
			});
			ctx.replaceNode(node, replacement);
		},
		link(node, ctx) {
			const properties = (node.data as { hProperties?: Properties } | undefined)?.hProperties;
			let target: { url: string; data: Record<string, unknown> } | undefined;
			if (node.url.startsWith('glossary:')) {
				const id = node.url.slice('glossary:'.length);
				if (!handbook().glossary.has(id)) {
					throw new Error(
						`${fileName(ctx.fileURL)}: unknown glossary term "${id}". Run \`npm run check\` for details.`,
					);
				}
				target = internal(termPath(id), { ...properties, className: ['term'], 'data-term': id });
			} else if (isExternal(node.url)) {
				ctx.setProperty(node, 'data', { ...node.data, hProperties: { ...properties, rel: 'noopener noreferrer' } });
			} else {
				const url = pageLink(node.url, base, pageUrl(handbook(), ctx.fileURL));
				if (url !== node.url) target = { url, data: { hProperties: { ...properties } } };
			}
			if (target) {
				ctx.setProperty(node, 'url', target.url);
				ctx.setProperty(node, 'data', target.data);
			}
		},
		image(node, ctx) {
			if (node.url.startsWith('/')) ctx.setProperty(node, 'url', withBase(base, node.url));
		},
		// Raw HTML in a `.md` page: its links and images too (only a tag that names an address is parsed).
		html(node, ctx) {
			if (!/\b(?:href|src)\b/i.test(node.value)) return;
			const value = rewriteAttributes(node.value, (_element, attribute, address) =>
				rebasedAddress(attribute, address, base, pageUrl(handbook(), ctx.fileURL)),
			);
			if (value !== node.value) ctx.setProperty(node, 'value', value);
		},
		mdxJsxFlowElement(node, ctx) {
			rebaseElement(node, ctx, rebaseIn(ctx));
		},
		mdxJsxTextElement(node, ctx) {
			rebaseElement(node, ctx, rebaseIn(ctx));
		},
		definition(node, ctx) {
			const url = pageLink(node.url, base, pageUrl(handbook(), ctx.fileURL));
			if (url !== node.url) ctx.setProperty(node, 'url', url);
		},
	});
}
