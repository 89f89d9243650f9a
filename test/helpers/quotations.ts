import fs from 'node:fs';
import path from 'node:path';
import type { Node, Parent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { mdxToMdast } from 'satteri';
import { provenance } from '../../src/citations/bibliography.ts';
import { findCitations } from '../../src/citations/citations.ts';
import type { ContentSet } from '../../src/validation/validate.ts';

/** One quotation in the content, with the bibliography keys whose text it must match. */
export interface Quotation {
	/** `content/docs/...mdx:12` or `content/glossary/terms.yaml (term-id)`. */
	where: string;
	kind: 'q' | 'blockquote' | 'glossary';
	text: string;
	/** Keys of the works the quotation is attributed to; it must appear in one of their source documents. */
	keys: string[];
}

// Blocks that hold a quotation's citation: the citation that follows a quotation in its paragraph,
// list item or table cell attributes it.
const blockTypes = new Set(['paragraph', 'listItem', 'tableCell', 'heading']);
const citationMark = /\[[^\]]*@[^\]]*\]/g;
const quoteMarks = /^[\s"'“”‘’«»]+|[\s"'“”‘’«»]+$/g;

/** Pages are parsed as `npm run check` parses them (Sätteri, GFM, smart punctuation). */
const parse = (body: string) => mdxToMdast(body, { features: { gfm: true, smartPunctuation: true } }) as Root;

interface Cited {
	key: string;
	offset: number;
}

/** Every citation in a subtree, with the source offset it starts at. */
function citationsIn(node: Node): Cited[] {
	const found: Cited[] = [];
	const walk = (n: Node) => {
		if (n.type === 'text') {
			const start = n.position?.start.offset ?? 0;
			for (const citation of findCitations((n as Text).value))
				for (const item of citation.items) found.push({ key: item.key, offset: start + citation.start });
		}
		if ('children' in n) for (const child of (n as Parent).children) walk(child);
	};
	walk(node);
	return found;
}

/** The keys a quotation is attributed to: the first citation after it in its block, else the block's, else the page's sources. */
function attribution(quote: Node, block: Node | undefined, pageSources: string[]): string[] {
	const end = quote.position?.end.offset ?? 0;
	const inBlock = block ? citationsIn(block) : [];
	const after = inBlock.filter((c) => c.offset >= end);
	if (after.length) {
		const first = after[0]!.offset;
		return after.filter((c) => c.offset === first).map((c) => c.key);
	}
	if (inBlock.length) return inBlock.map((c) => c.key);
	return pageSources;
}

/** The `<q>` elements and block quotations of one page. */
export function pageQuotations(file: string, displayPath: string, pageSources: string[]): Quotation[] {
	const text = fs.readFileSync(file, 'utf8');
	const frontmatter = /^---\r?\n[\s\S]*?\r?\n---\s*?\r?\n/.exec(text)?.[0] ?? '';
	const body = '\n'.repeat(frontmatter.split('\n').length - 1) + text.slice(frontmatter.length);
	const quotations: Quotation[] = [];
	const walk = (node: Node, block: Node | undefined) => {
		const here = blockTypes.has(node.type) ? node : block;
		const name = (node as { name?: string | null }).name;
		const where = `${displayPath}:${node.position?.start.line ?? 1}`;
		if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && name === 'q') {
			quotations.push({ where, kind: 'q', text: toString(node), keys: attribution(node, here, pageSources) });
			return;
		}
		if (node.type === 'blockquote') {
			const inside = citationsIn(node).map((c) => c.key);
			const quoted = toString(node).replace(citationMark, '').replace(quoteMarks, '');
			quotations.push({ where, kind: 'blockquote', text: quoted, keys: inside.length ? inside : pageSources });
			return;
		}
		if ('children' in node) for (const child of (node as Parent).children) walk(child, here);
	};
	walk(parse(body), undefined);
	return quotations;
}

/**
 * Passages a glossary definition quotes: text in double or curly quotation marks, or in single
 * quotation marks that are not apostrophes ('The Art of Alliances', not "one's").
 */
export function glossaryQuotations(content: ContentSet): Quotation[] {
	const quoted = /“([^”]+)”|‘([^’]+)’|"([^"]+)"|(?<![\p{L}\p{N}])'([^']+)'(?![\p{L}\p{N}])/gu;
	const quotations: Quotation[] = [];
	for (const term of content.glossary.values())
		for (const match of term.definition.matchAll(quoted))
			quotations.push({
				where: `content/glossary/terms.yaml (${term.id})`,
				kind: 'glossary',
				text: match.slice(1).find(Boolean)!,
				keys: term.cite,
			});
	return quotations;
}

/** Every quotation in a content set. */
export function allQuotations(content: ContentSet): Quotation[] {
	const docs = path.join(content.root, 'docs');
	return [
		...content.pages.flatMap((page) => {
			const sources = Array.isArray(page.frontmatter?.sources) ? (page.frontmatter.sources as string[]) : [];
			const file = path.join(path.dirname(content.root), page.file);
			return fs.existsSync(file)
				? pageQuotations(file, page.file, sources)
				: pageQuotations(path.join(docs, page.file), page.file, sources);
		}),
		...glossaryQuotations(content),
	];
}

/**
 * The seed file a bibliography key's text is in: a source document's own file, or, for a work known only
 * "as cited in" a source, the file of the document that cites it.
 */
export function seedFileFor(content: ContentSet, key: string, seen = new Set<string>()): string | undefined {
	const entry = content.references.get(key);
	if (!entry || seen.has(key)) return undefined;
	const origin = provenance(entry);
	return origin.kind === 'source' ? origin.file : seedFileFor(content, origin.key, seen.add(key));
}

/**
 * What the comparison ignores: spacing and line breaks, the style of quotation marks and apostrophes,
 * and the kind of dash. Emphasis markers in the plain-text sources (`*word*`) are formatting, not words.
 */
export function normalizeQuoted(text: string): string {
	return text
		.replace(/\*+/g, '')
		.replace(/[“”«»„"]/g, '"')
		.replace(/[‘’‚`´']/g, "'")
		.replace(/\s*[‐‑‒–—―]\s*|\s+-\s+/g, ' - ')
		.replace(/\s+/g, ' ')
		.trim();
}
