import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Link, PhrasingContent } from 'mdast';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { citationNumbers, numbered } from '../citations/citation-style.ts';
import { findCitations } from '../citations/citations.ts';
import { citationHref, citedParts } from '../citations/cited-text.ts';
import type { Handbook } from '../handbook/handbook.ts';
import { termPath, withBase } from '../model/routes.ts';

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

/**
 * The handbook's Markdown links, as one Sätteri mdast plugin (Sätteri parses natively,
 * which keeps large handbooks fast to build):
 * - Pandoc citations (`[@key]`) become links to the references page, written in the configured
 *   citation style (APA author–date, or Vancouver numbers in order of first citation on the page);
 * - `[coalitions](glossary:coalition)` becomes a link to the term's glossary entry;
 * - authors write root-relative links (`/leads/`), and every one of them, and every image,
 *   gets the base path the site is hosted under (printed handouts list every link's full
 *   address as a numbered endnote: see `print-endnotes.ts`);
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
			} else if (node.url.startsWith('/')) {
				target = internal(node.url, properties);
			}
			if (target) {
				ctx.setProperty(node, 'url', target.url);
				ctx.setProperty(node, 'data', target.data);
			}
		},
		image(node, ctx) {
			if (node.url.startsWith('/')) ctx.setProperty(node, 'url', withBase(base, node.url));
		},
		definition(node, ctx) {
			if (node.url.startsWith('/')) ctx.setProperty(node, 'url', withBase(base, node.url));
		},
	});
}
