import { handbookConfig, type HandbookConfig } from '../config.ts';

/** One numbered link address on a printed handout. */
export interface Endnote {
	n: number;
	address: string;
}

/** Links that need no endnote: heading anchors, citations and terms (the reference list and glossary cover them), in-page jumps. */
const skipped = /\bclass="[^"]*\b(sl-anchor-link|citation|term)\b/;

/**
 * Numbers the links of a page's rendered content for print: each link gets `data-endnote="n"`,
 * which the print styles show as `[n]` after its text, and the addresses are returned in order,
 * for the handout's list of link addresses (a repeated address keeps its first number). Addresses
 * are absolute on the published origin, or site paths in a preview build.
 *
 * The HTML is the build's own rendering of the page (Astro's output, not content text), so one
 * pattern over its `<a href>` tags is enough.
 */
export function numberLinks(html: string, config: HandbookConfig = handbookConfig): { html: string; notes: Endnote[] } {
	const numbers = new Map<string, number>();
	const notes: Endnote[] = [];
	const numbered = html.replace(/<a\b([^>]*?)\bhref="([^"]+)"([^>]*)>/g, (tag, before: string, href: string, after) => {
		if (href.startsWith('#') || skipped.test(tag) || /\bdata-endnote=/.test(tag)) return tag;
		const decoded = href.replace(/&amp;/g, '&');
		if (!/^(https?:)?\/\//.test(decoded) && !decoded.startsWith('/')) return tag;
		const address = decoded.startsWith('/') && config.site ? new URL(decoded, config.site).href : decoded;
		let n = numbers.get(address);
		if (n === undefined) {
			n = numbers.size + 1;
			numbers.set(address, n);
			notes.push({ n, address });
		}
		return `<a${before}href="${href}"${after} data-endnote="${n}">`;
	});
	return { html: numbered, notes };
}
