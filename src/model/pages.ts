import fs from 'node:fs';
import path from 'node:path';
import type { Definition, Heading, Image, Link, List, Nodes, Parent, Root, Table, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { attributeString, parseHtml, type ParsedElement } from './html.ts';
import { findCitations, type CitationItem } from '../citations/citations.ts';
import { pageAnchors } from './heading-anchors.ts';
import { decodeUtf8, readDataFile, type DataFile, type Position } from './data-file.ts';
import { kebabPath, pageId, unbuildablePath, urlOfId } from './identity.ts';
import { slashed } from './project.ts';

/** Where something sits in a file. */
export interface Located<T> {
	value: T;
	position: Position;
}

/** What the checks need to know about one MDX page. */
export interface PageInfo {
	/** Path relative to the content root's parent, as printed in reports. */
	file: string;
	/** The page's URL path without base, for example `/coalitions/trust/` (see `identity.ts`). */
	url: string;
	/** The entry id Astro gives the page (`coalitions/trust`; `index` for the home page). */
	id: string;
	/** Path relative to the docs folder, with forward slashes. */
	relativePath: string;
	/** Why the file could not be read as a page (not UTF-8, binary, too large), if it could not. */
	unreadable?: { message: string; hint: string; position: Position };
	/** Parsed frontmatter, or undefined when it does not parse. */
	frontmatter?: Record<string, unknown>;
	/** Positions inside the frontmatter, already shifted to file lines. */
	frontmatterFile?: DataFile;
	frontmatterSyntax?: { message: string; position: Position };
	/** MDX syntax error, if the body does not parse (then the lists below are empty). */
	mdxSyntax?: { message: string; position: Position };
	headings: Located<string>[];
	/** Ids given explicitly in JSX, such as `<div id="...">`. */
	anchors: string[];
	/**
	 * HTML and JSX elements written in the page, with their attribute names (for what may not run as script).
	 * Raw HTML (`raw`) is parsed as a browser parses it; `parsed` holds the element with its decoded values
	 * (for JSX, the attributes whose value is plain text).
	 */
	elements: Located<{ name: string; attributes: string[]; parsed: ParsedElement; raw?: boolean }>[];
	/** The page's `import` and `export` statements (MDX ESM), as written. */
	esm: Located<string>[];
	/** JSX expressions (`{...}`) in the body and in attribute values (with the attribute's name), as written. */
	expressions: Located<{ code: string; attribute?: string }>[];
	links: Located<string>[];
	/**
	 * Images: Markdown's (`![alt](url)`, which the build bundles, from beside the page too) and `<img>` elements (JSX,
	 * or raw HTML in a `.md` page: `element`), which are published as written.
	 */
	images: Located<{ url: string; alt: string; element?: boolean }>[];
	citations: Located<CitationItem>[];
	/** `##` heading texts in order, for template checks. */
	h2: Located<string>[];
	/** The page's plain text (for search spelling variants). */
	text: string;
	/** The file's size in bytes. */
	bytes: number;
	/** The body's blocks that may state something (rule `untraced-statement` decides which must be traced). */
	blocks: Located<TextBlock>[];
	/** When the page was last reviewed (`YYYY-MM-DD`): its `reviewed:` field, else its last commit. */
	reviewed?: string;
}

/** A paragraph, list item, quoted paragraph or table cell of a page body, as written. */
export interface TextBlock {
	kind: 'paragraph' | 'list item' | 'quotation' | 'table cell';
	/** Its plain text (citations included, as typed). */
	text: string;
	/**
	 * Its text outside links to handbook pages: what is left when the block is read without its navigation. Absent
	 * when it is the same as `text` (most blocks: kept once, not twice, for every block of every page).
	 */
	prose?: string;
	/** How many links to handbook pages it holds. */
	pageLinks: number;
	/** For a list item: the lead-in paragraphs of its list and of every list around it, nearest last. */
	leadIns: string[];
	/** A table's header cell or row label: a heading, not a statement. */
	label?: boolean;
}

/**
 * Pages are parsed by Sätteri, the parser the build uses, with the same features (GFM, smart
 * punctuation), so the checks see the headings, links and text the build will render.
 */
const features = { gfm: true, smartPunctuation: true };
/** `.md` pages are Markdown, where `{`, `<!-- -->` and raw HTML are allowed; `.mdx` pages are MDX. */
const parse = (body: string, markdown: boolean) =>
	(markdown ? markdownToMdast(body, { features }) : mdxToMdast(body, { features })) as Root;

/** Sätteri's syntax errors start with the place: `3:1: Unexpected closing tag ...`. */
function syntaxError(error: unknown): { message: string; position: Position } {
	const text = error instanceof Error ? error.message : String(error);
	const match = /^(?:Error: )?(\d+):(\d+): ([^\n]*)/.exec(text);
	if (!match) return { message: text.split('\n')[0]!, position: { line: 1, column: 1 } };
	// Drop the parser's internal rule name, such as "(mdx-jsx:unexpected-character)", and a repeated "(1:1)".
	const message = match[3]!.replace(/\s*\([a-z-]+:[a-z-]+\)$/, '').replace(/\s*\(\d+:\d+\)$/, '');
	return { message, position: { line: Number(match[1]), column: Number(match[2]) } };
}

/**
 * A copy of `part` that does not keep the text it was cut from. V8 makes a part cut from a long text a view of that
 * text; the frontmatter's fields are cut from its block, and a page's fields are kept for the whole check, so
 * without the copy they would keep every page's whole file in memory (40 MB at 10,000 pages).
 */
const ownCopy = (part: string) => ` ${part}`.slice(1);

/**
 * `value` with every string in it replaced by its own copy (arrays and plain objects are changed in place). The
 * parser hands out each page's strings as parts of one text holding them all, so a link address or a heading kept
 * for the check would keep that whole text in memory: at 10,000 pages about 200 MB, which the garbage collector
 * walks again and again.
 */
function detached<T>(value: T): T {
	if (typeof value === 'string') return ownCopy(value) as T;
	if (Array.isArray(value)) for (let i = 0; i < value.length; i++) value[i] = detached(value[i]);
	else if (value !== null && typeof value === 'object')
		for (const key of Object.keys(value))
			(value as Record<string, unknown>)[key] = detached((value as Record<string, unknown>)[key]);
	return value;
}

/**
 * Splits off the frontmatter and blanks it out, so body positions stay file positions. `open` is
 * set when the file starts a frontmatter block that never ends.
 */
function splitFrontmatter(text: string): { yaml?: string; body: string; open?: boolean } {
	const match = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!match) return { body: text, open: /^---[ \t]*\r?\n/.test(text) };
	const lines = match[0].split('\n').length - 1;
	return { yaml: ownCopy(match[1] ?? ''), body: '\n'.repeat(lines) + text.slice(match[0].length) };
}

/** Pages above this size are refused unread: no handbook page comes near it, and parsing one would stall the check. */
export const maxPageBytes = 1024 * 1024;

// One buffer holds each page's bytes in turn (a page is decoded to text at once, so its bytes need not outlive the
// read), and a file over the limit is judged by its size without being read: a video saved as `.mdx` is not loaded.
let readBuffer = Buffer.allocUnsafe(64 * 1024);

/** A page file's bytes, valid until the next call; or its size alone when it is over the limit, unread. */
function readPageBytes(file: string): { bytes: Buffer } | { size: number } {
	const fd = fs.openSync(file, 'r');
	try {
		const { size } = fs.fstatSync(fd);
		if (size > maxPageBytes) return { size };
		if (size > readBuffer.length) readBuffer = Buffer.allocUnsafe(maxPageBytes);
		let length = 0;
		for (let n = -1; n !== 0 && length < size; length += n)
			n = fs.readSync(fd, readBuffer, length, size - length, null);
		return { bytes: readBuffer.subarray(0, length) };
	} finally {
		fs.closeSync(fd);
	}
}

/** The text of a page file, or why it cannot be read as one. Astro accepts UTF-8 with or without a byte-order mark. */
function decodePage(
	read: { bytes: Buffer } | { size: number },
): { text: string } | { message: string; hint: string; position: Position } {
	const start = { line: 1, column: 1 };
	const utf8Hint = 'Save the file as UTF-8 in your editor (for example "Save with encoding > UTF-8").';
	if ('size' in read)
		return {
			message: `the file is ${(read.size / 1024 / 1024).toFixed(1)} MB, over the ${maxPageBytes / 1024 / 1024} MB a page may be`,
			hint: 'Split the page into several pages of one section each, or move data into a data file.',
			position: start,
		};
	const { bytes } = read;
	const decoded = decodeUtf8(bytes);
	if ('message' in decoded && /UTF-16/.test(decoded.message)) return { ...decoded, hint: utf8Hint };
	if (bytes.includes(0))
		return {
			message: 'the file holds binary data, not text',
			hint: 'Pages are MDX text files. Put images and other files in `public/` and link to them.',
			position: start,
		};
	return 'text' in decoded ? decoded : { ...decoded, hint: utf8Hint };
}

function shifted(file: DataFile, lines: number): DataFile {
	const shift = (p: Position) => ({ line: p.line + lines, column: p.column });
	return {
		...file,
		syntaxErrors: file.syntaxErrors.map((e) => ({ ...e, position: shift(e.position) })),
		locate: (keyPath) => shift(file.locate(keyPath)),
	};
}

/**
 * Citations inside the "In brief" points (`- "A point [@key]."`), each at the column of its key in the file, so
 * the citation rules check them like the body's. The keys are found in the frontmatter's text (`yaml`, which
 * starts on the file's second line) in the order the points hold them, from the `inBrief:` line on; a key not
 * found as typed (an escaped character) is placed at its point, which the YAML parser locates.
 */
function collectInBriefCitations(page: PageInfo, yaml: string): void {
	const points = page.frontmatter?.inBrief;
	if (!Array.isArray(points) || !page.frontmatterFile) return;
	const lines = lineStarts(yaml);
	let from = Math.max(0, yaml.search(/^inBrief[ \t]*:/m));
	points.forEach((point, i) => {
		if (typeof point !== 'string') return;
		for (const citation of findCitations(point))
			for (const item of citation.items) {
				const offset = yaml.indexOf(`@${item.key}`, from);
				let position: Position;
				if (offset < 0) position = page.frontmatterFile!.locate(['inBrief', i]);
				else {
					const at = positionAt(lines, offset);
					position = { line: at.line + 1, column: at.column };
					from = offset + item.key.length + 1;
				}
				page.citations.push({ value: item, position });
			}
	});
}

/**
 * The frontmatter as a data file. Its fields are read by js-yaml (the parser Astro reads frontmatter with, and
 * several times faster than the YAML library) with YAML 1.2's core types, as `readDataFile` reads them: a date
 * stays text, so `reviewed-date` can tell `2026-02-30` from a real day. Positions and syntax errors come from
 * `readDataFile`, whose messages name the mistake, only when the fields do not parse or a rule asks where one is
 * (`locate`): a page without problems is parsed once. A block with an anchor or alias (`&`, `*`) goes to
 * `readDataFile` at once: it refuses aliases that expand without limit, which js-yaml would hand on to the rules.
 */
function frontmatterFile(absolutePath: string, yaml: string): DataFile {
	if (!/[&*]/.test(yaml)) {
		let value: unknown;
		try {
			value = loadYaml(yaml, { schema: CORE_SCHEMA });
		} catch {
			return readDataFile(absolutePath, yaml);
		}
		let located: DataFile | undefined;
		return {
			path: absolutePath,
			// An empty block: js-yaml reads nothing where the YAML library reads null.
			value: value ?? null,
			syntaxErrors: [],
			locate: (keyPath) => (located ??= readDataFile(absolutePath, yaml)).locate(keyPath),
		};
	}
	return readDataFile(absolutePath, yaml);
}

/** Reads the frontmatter into `page` (fields, or the syntax problem) and returns the body, frontmatter blanked out. */
function readFrontmatter(page: PageInfo, absolutePath: string, text: string): string {
	const { yaml, body, open } = splitFrontmatter(text);
	if (yaml === undefined) {
		page.frontmatterSyntax = {
			message: open ? 'the frontmatter block has no closing `---` line' : 'the page has no frontmatter block',
			position: { line: 1, column: 1 },
		};
		return body;
	}
	const file = shifted(frontmatterFile(absolutePath, yaml), 1);
	page.frontmatterFile = file;
	const [error] = file.syntaxErrors;
	if (error) page.frontmatterSyntax = error;
	else if (file.value === null || (typeof file.value === 'object' && !Array.isArray(file.value))) {
		// An empty block is an empty set of fields: the field rules then name what is missing.
		page.frontmatter = (file.value ?? {}) as Record<string, unknown>;
		// A `slug:` replaces the address made from the file name, as it does in Astro.
		page.id = pageId(page.relativePath, page.frontmatter.slug);
		page.url = urlOfId(page.id);
		collectInBriefCitations(page, yaml);
	} else
		page.frontmatterSyntax = {
			message: 'the frontmatter is not a set of `field: value` lines',
			position: { line: 2, column: 1 },
		};
	return body;
}

const at = (node: { position?: { start: { line: number; column: number } } }): Position => ({
	line: node.position?.start.line ?? 1,
	column: node.position?.start.column ?? 1,
});

/** Raw HTML (in `.md` pages): its tags, ids, links and images. */
function collectHtml(page: PageInfo, node: { value: string; position?: Root['position'] }): void {
	for (const element of parseHtml(node.value)) {
		page.elements.push({
			value: { name: element.name, attributes: element.attributes.map((a) => a.name), parsed: element, raw: true },
			position: at(node),
		});
		for (const attribute of element.attributes) {
			if (attribute.name === 'id') page.anchors.push(attribute.value);
			if (attribute.name === 'href') page.links.push({ value: attribute.value, position: at(node) });
			if (element.name === 'img' && attribute.name === 'src') {
				const alt = element.attributes.find((a) => a.name === 'alt')?.value ?? '';
				page.images.push({ value: { url: attribute.value, alt, element: true }, position: at(node) });
			}
		}
	}
}

type JsxElement = {
	name: string | null;
	attributes: { type: string; name?: string; value?: unknown }[];
	position?: Root['position'];
};

/** A JSX element (in `.mdx` pages): its name and attributes, ids, links and images. */
function collectJsx(page: PageInfo, element: JsxElement): void {
	const named = element.attributes.filter((a) => a.type === 'mdxJsxAttribute' && a.name);
	page.elements.push({
		value: {
			name: element.name ?? '',
			attributes: named.map((a) => a.name!),
			parsed: {
				name: element.name ?? '',
				namespace: 'html',
				// A computed value is code, which mdx-code reports; here it counts as an empty value.
				attributes: named.map((a) => ({
					name: a.name!,
					value: a.value === null ? '' : (attributeString(a.value) ?? ''),
				})),
			},
		},
		position: at(element),
	});
	for (const attribute of element.attributes) {
		// A spread (`{...props}`) or a computed value (`href={...}`) is code; plain values are not.
		const expression = (attribute.value as { value?: unknown } | null)?.value;
		if (attribute.type !== 'mdxJsxAttribute')
			page.expressions.push({ value: { code: String(attribute.value ?? '') }, position: at(element) });
		else if (typeof attribute.value === 'object' && typeof expression === 'string')
			page.expressions.push({ value: { code: expression, attribute: attribute.name }, position: at(element) });
		if (attribute.type !== 'mdxJsxAttribute') continue;
		const value = attributeString(attribute.value);
		if (value === undefined) continue;
		if (attribute.name === 'id') page.anchors.push(value);
		if (attribute.name === 'href') page.links.push({ value, position: at(element) });
		if (element.name === 'img' && attribute.name === 'src') {
			const alt = attributeString(element.attributes.find((a) => a.name === 'alt')?.value);
			page.images.push({ value: { url: value, alt: alt ?? '', element: true }, position: at(element) });
		}
	}
}

/** Citations in a text node, each at the column of its key in the source (`lines`: `lineStarts(body)`). */
function collectCitations(page: PageInfo, node: Text, body: string, lines: number[]): void {
	const start = node.position?.start.offset ?? 0;
	// Each key is looked for after the one before it, so a key cited twice in one paragraph is found twice.
	let from = start;
	for (const citation of findCitations(node.value)) {
		for (const item of citation.items) {
			// Text values lose escapes, so find the key in the source to report its true column.
			const offset = body.indexOf(`@${item.key}`, from);
			if (offset >= 0) from = offset + item.key.length + 1;
			page.citations.push({ value: item, position: positionAt(lines, offset < 0 ? start : offset) });
		}
	}
}

/** The offset at which each line of `text` starts. */
function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

/** The line and column (from 1) of an offset, by binary search in `lineStarts`: no copy of the text before it. */
function positionAt(lines: number[], offset: number): Position {
	let low = 0;
	let high = lines.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >> 1;
		if (lines[middle]! <= offset) low = middle;
		else high = middle - 1;
	}
	return { line: low + 1, column: offset - lines[low]! + 1 };
}

/** A link to a handbook page (root-relative, relative, an anchor or a glossary term), not to another site. */
const handbookLink = (url: string) => url.startsWith('glossary:') || !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url);

/** The text of `nodes`, without the text of links to handbook pages. */
function proseOf(nodes: Nodes[]): string {
	return nodes
		.map((node) => {
			if (node.type === 'link' && handbookLink(node.url)) return ' ';
			if ('children' in node) return proseOf(node.children as Nodes[]);
			return 'value' in node && node.type !== 'html' ? String(node.value) : '';
		})
		.join('');
}

/** How many links to handbook pages `nodes` hold (a plain walk: it runs for every block of every page). */
function countPageLinks(nodes: Nodes[]): number {
	let count = 0;
	for (const node of nodes) {
		if (node.type === 'link' && handbookLink((node as Link).url)) count++;
		if ('children' in node) count += countPageLinks(node.children as Nodes[]);
	}
	return count;
}

function textBlock(kind: TextBlock['kind'], nodes: Nodes[], leadIns: string[], label = false): TextBlock {
	const text = ownCopy(nodes.map((n) => toString(n)).join('\n'));
	const prose = proseOf(nodes);
	return {
		kind,
		text,
		...(prose === text ? {} : { prose: ownCopy(prose) }),
		pageLinks: countPageLinks(nodes),
		leadIns,
		...(label ? { label } : {}),
	};
}

/** The cells of a table as blocks: the header row and, when its first cell is empty, each row's first cell are labels. */
function tableBlocks(table: Table): Located<TextBlock>[] {
	const [header, ...rows] = table.children;
	const rowLabels = header !== undefined && !toString(header.children[0] ?? { type: 'text', value: '' }).trim();
	const cells = (header?.children ?? []).map((cell) => ({
		value: textBlock('table cell', [cell], [], true),
		position: at(cell),
	}));
	for (const row of rows)
		row.children.forEach((cell, i) =>
			cells.push({ value: textBlock('table cell', [cell], [], rowLabels && i === 0), position: at(cell) }),
		);
	return cells;
}

/**
 * The blocks of a body that may state something: paragraphs, list items (their own paragraphs),
 * quoted paragraphs and table cells. Headings and components (JSX elements) are left out: they
 * are not the page's statements. A list's lead-in is the paragraph just before it.
 */
function textBlocks(parent: Parent, leadIns: string[] = [], quoted = false): Located<TextBlock>[] {
	const blocks: Located<TextBlock>[] = [];
	parent.children.forEach((node, i) => {
		const before = parent.children[i - 1];
		if (node.type === 'paragraph')
			blocks.push({ value: textBlock(quoted ? 'quotation' : 'paragraph', [node], leadIns), position: at(node) });
		else if (node.type === 'blockquote') blocks.push(...textBlocks(node, leadIns, true));
		else if (node.type === 'table') blocks.push(...tableBlocks(node));
		else if (node.type === 'list') {
			const around = before?.type === 'paragraph' ? [...leadIns, ownCopy(toString(before))] : leadIns;
			for (const item of (node as List).children) {
				const own = item.children.filter((child) => child.type === 'paragraph');
				if (own.length) blocks.push({ value: textBlock('list item', own, around), position: at(item) });
				const rest = { ...item, children: item.children.filter((child) => child.type !== 'paragraph') };
				blocks.push(
					...textBlocks(rest, own.length ? [...around, ownCopy(toString({ ...item, children: own }))] : around, quoted),
				);
			}
		}
	});
	return blocks;
}

/**
 * Calls `visitor` on `node` and every node under it, in document order, with its parent. A plain walk, as
 * unist-util-visit's is, without its tests and stack of ancestors per node, which cost more than a second of the
 * check's time at 10,000 pages.
 */
function walk(node: Nodes, parent: Nodes | undefined, visitor: (node: Nodes, parent: Nodes | undefined) => void): void {
	visitor(node, parent);
	if ('children' in node) for (const child of node.children as Nodes[]) walk(child, node, visitor);
}

/** Everything the rules look at in a parsed page: headings, links, images, citations, elements. */
function collect(page: PageInfo, tree: Root, body: string): void {
	page.text = ownCopy(toString(tree));
	page.blocks = textBlocks(tree);
	const anchorOf = pageAnchors();
	const lines = lineStarts(body);
	walk(tree, undefined, (node, parent) => {
		switch (node.type) {
			case 'heading': {
				const heading = node as Heading;
				page.headings.push({ value: anchorOf(heading), position: at(heading) });
				if (heading.depth === 2) page.h2.push({ value: toString(heading).trim(), position: at(heading) });
				break;
			}
			case 'link':
				page.links.push({ value: (node as Link).url, position: at(node) });
				break;
			case 'definition':
				// The target of reference-style links: `[text][ref]` with `[ref]: /coalitions/trust/`.
				page.links.push({ value: (node as Definition).url, position: at(node) });
				break;
			case 'image':
				page.images.push({ value: { url: (node as Image).url, alt: (node as Image).alt ?? '' }, position: at(node) });
				break;
			case 'text':
				if (parent?.type !== 'link') collectCitations(page, node as Text, body, lines);
				break;
			case 'html':
				collectHtml(page, node as { value: string });
				break;
			case 'mdxjsEsm':
				page.esm.push({ value: String((node as { value?: unknown }).value ?? ''), position: at(node) });
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				page.expressions.push({
					value: { code: String((node as { value?: unknown }).value ?? '') },
					position: at(node),
				});
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				collectJsx(page, node as unknown as JsxElement);
				break;
		}
	});
}

/** The fields `collect` fills from the parsed tree. */
const collectedFields = [
	'headings',
	'h2',
	'links',
	'images',
	'citations',
	'anchors',
	'elements',
	'esm',
	'expressions',
] as const satisfies (keyof PageInfo)[];

export function readPage(absolutePath: string, docsRoot: string, displayRoot: string): PageInfo {
	const relativePath = slashed(path.relative(docsRoot, absolutePath));
	const page: PageInfo = {
		file: slashed(path.relative(displayRoot, absolutePath)),
		id: pageId(relativePath),
		url: urlOfId(pageId(relativePath)),
		relativePath,
		headings: [],
		anchors: [],
		elements: [],
		esm: [],
		expressions: [],
		links: [],
		images: [],
		citations: [],
		h2: [],
		text: '',
		bytes: 0,
		blocks: [],
	};
	const unbuildable = unbuildablePath(relativePath);
	if (unbuildable) {
		page.unreadable = {
			message: `the file's path has \`${unbuildable.character}\`, which Astro cannot take in a page's name: its build ${unbuildable.consequence}`,
			hint: `Rename it to \`${kebabPath(relativePath)}\` (lowercase words joined by hyphens), and link to the address that gives.`,
			position: { line: 1, column: 1 },
		};
		return page;
	}
	const read = readPageBytes(absolutePath);
	page.bytes = 'size' in read ? read.size : read.bytes.length;
	const decoded = decodePage(read);
	if (!('text' in decoded)) {
		page.unreadable = decoded;
		return page;
	}
	const body = readFrontmatter(page, absolutePath, decoded.text);
	try {
		collect(page, parse(body, relativePath.endsWith('.md')), body);
		for (const field of collectedFields) page[field] = detached(page[field]) as never;
	} catch (error) {
		page.mdxSyntax = syntaxError(error);
	}
	return page;
}
