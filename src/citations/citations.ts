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

/** A `@` that starts a key: what a bracket needs to hold a citation. */
const keyStart = /@[\p{L}\p{N}_]/u;
/** A narrative citation at the `@` where `lastIndex` is set. */
const narrativeAt = new RegExp(narrativeRe.source, 'uy');

/**
 * The bracketed citations of `text`: each `[...]` without brackets inside that holds a `@key` and is not a link's
 * text (`[...](` or `[...][`). The same spans as `bracketRe` finds, scanned by hand: the check reads every text
 * node of every page, and most brackets there are not citations.
 */
function bracketCitations(text: string, found: Citation[]): void {
	for (let start = text.indexOf('['); start >= 0; start = text.indexOf('[', start + 1)) {
		const close = text.indexOf(']', start + 1);
		if (close < 0) return;
		const inner = text.slice(start + 1, close);
		if (inner.includes('[') || !keyStart.test(inner) || text[close + 1] === '(' || text[close + 1] === '[') continue;
		let cursor = start + 1;
		const items: CitationItem[] = [];
		for (const part of inner.split(';')) {
			const item = parseItem(part, cursor);
			cursor += part.length + 1;
			if (item) items.push(item);
		}
		if (items.length) found.push({ mode: 'parenthetical', items, start, end: close + 1 });
		start = close;
	}
}

/** Finds every citation in a run of text, in order. */
export function findCitations(text: string): Citation[] {
	// Most runs of text cite nothing: the check scans every text node of every page.
	if (!text.includes('@')) return [];
	const found: Citation[] = [];
	bracketCitations(text, found);
	const bracketed = found.length;
	// A bare `@key` outside the brackets found: usually there is none, so only the `@`s are looked at.
	for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
		if (found.some((citation, i) => i < bracketed && at >= citation.start && at < citation.end)) continue;
		narrativeAt.lastIndex = at;
		const match = narrativeAt.exec(text);
		if (!match) continue;
		found.push({ mode: 'narrative', items: [{ key: match[1]!, offset: at }], start: at, end: at + match[0].length });
	}
	return bracketed && found.length > bracketed ? found.sort((a, b) => a.start - b.start) : found;
}
