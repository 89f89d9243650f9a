/**
 * Pandoc citation syntax, as authors write it in MDX:
 *   [@key]  [@key, p. 4]  [@a; @b]  [see @key, sec. 2]  [-@key]  and narrative @key.
 * This module only finds citations in text; formatting lives in bibliography.ts.
 */

/** CSL locator labels, keyed by the abbreviations authors type. */
const locatorLabels: Record<string, string> = {
	p: 'page',
	pp: 'page',
	page: 'page',
	sec: 'section',
	section: 'section',
	para: 'paragraph',
	ch: 'chapter',
	chap: 'chapter',
	fig: 'figure',
};

export interface CitationItem {
	key: string;
	/** Text before the key inside the brackets, such as "see". */
	prefix?: string;
	locator?: string;
	/** CSL label of the locator (page, section, ...). */
	label?: string;
	/** Anything after the key that is not a locator. */
	suffix?: string;
	/** `-@key`: print the year only. */
	suppressAuthor?: boolean;
	/** Offset of the `@` in the scanned text. */
	offset: number;
}

export interface Citation {
	/** `parenthetical` for `[@key]`, `narrative` for a bare `@key`. */
	mode: 'parenthetical' | 'narrative';
	items: CitationItem[];
	/** Offsets of the whole citation in the scanned text (end exclusive). */
	start: number;
	end: number;
}

const keyPattern = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&+?<>~/-]*[\p{L}\p{N}_])?`;
const bracketRe = new RegExp(String.raw`\[([^\[\]]*?-?@${keyPattern}[^\[\]]*)\](?![(\[])`, 'gu');
const itemRe = new RegExp(String.raw`^(.*?)(-?)@(${keyPattern})(.*)$`, 'su');
const narrativeRe = new RegExp(String.raw`(?<![\p{L}\p{N}_@.\/\\\[-])@(${keyPattern})`, 'gu');

function parseItem(raw: string, offset: number): CitationItem | undefined {
	const match = itemRe.exec(raw);
	if (!match) return undefined;
	const [, prefix = '', dash, key = '', rest = ''] = match;
	const item: CitationItem = { key, offset: offset + prefix.length + dash!.length };
	if (prefix.trim()) item.prefix = prefix.trim();
	if (dash) item.suppressAuthor = true;
	const tail = rest.replace(/^\s*,?\s*/, '').trim();
	if (tail) {
		const locator = /^([a-z]+)\.?\s+(.+)$/i.exec(tail);
		const label = locator && locatorLabels[locator[1]!.toLowerCase()];
		if (locator && label) {
			item.label = label;
			item.locator = locator[2]!.trim();
		} else item.suffix = tail;
	}
	return item;
}

/** Finds every citation in a run of text, in order. */
export function findCitations(text: string): Citation[] {
	// Most runs of text cite nothing: the check scans every text node of every page.
	if (!text.includes('@')) return [];
	const found: Citation[] = [];
	const covered: [number, number][] = [];
	for (const match of text.matchAll(bracketRe)) {
		const start = match.index;
		const inner = match[1]!;
		let cursor = start + 1;
		const items: CitationItem[] = [];
		for (const part of inner.split(';')) {
			const item = parseItem(part, cursor);
			cursor += part.length + 1;
			if (item) items.push(item);
		}
		if (!items.length) continue;
		found.push({ mode: 'parenthetical', items, start, end: start + match[0].length });
		covered.push([start, start + match[0].length]);
	}
	for (const match of text.matchAll(narrativeRe)) {
		const start = match.index;
		if (covered.some(([a, b]) => start >= a && start < b)) continue;
		found.push({
			mode: 'narrative',
			items: [{ key: match[1]!, offset: start }],
			start,
			end: start + match[0].length,
		});
	}
	return found.sort((a, b) => a.start - b.start);
}
