/** A run of text, or of code (what the writer put between backticks). */
export interface TextPart {
	text: string;
	code: boolean;
}

/**
 * Splits a sentence written with Markdown's backticks, as the check's rules write their summaries
 * (`` every key must be in `references.json` ``), into text and code, so a page can show the code as code
 * instead of the backticks. A backtick without its pair is kept as written.
 */
export function codeSpans(sentence: string): TextPart[] {
	const parts: TextPart[] = [];
	const pattern = /`([^`]+)`/g;
	let last = 0;
	for (const match of sentence.matchAll(pattern)) {
		if (match.index > last) parts.push({ text: sentence.slice(last, match.index), code: false });
		parts.push({ text: match[1]!, code: true });
		last = match.index + match[0].length;
	}
	if (last < sentence.length) parts.push({ text: sentence.slice(last), code: false });
	return parts;
}
