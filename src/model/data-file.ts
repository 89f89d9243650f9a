import { Buffer, isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';

/** A line and column, both 1-based, as editors show them. */
export interface Position {
	line: number;
	column: number;
}

/** A YAML or JSON file parsed with positions, so a problem in a value can point at its line. */
export interface DataFile {
	path: string;
	/** The parsed value, or undefined when the file does not parse. */
	value: unknown;
	/** Syntax errors, with positions. */
	syntaxErrors: { message: string; position: Position }[];
	/** The position of the value at `keyPath` (or of its nearest existing parent). */
	locate(keyPath: readonly PropertyKey[]): Position;
}

/** The line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): Position {
	const before = text.slice(0, offset);
	return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/**
 * Decodes a file as UTF-8, strictly. A byte-order mark is dropped (Astro and Zotero accept it);
 * anything else that is not UTF-8 (Latin-1 or Windows-1252 from an old editor, UTF-16) is an
 * error located at the first byte that does not decode, so the editor sees which character to fix.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { message: string; position: Position } {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		return { message: 'the file is saved as UTF-16, not UTF-8', position: { line: 1, column: 1 } };
	// Most files are valid: checked and decoded natively, without a decoder object and its exception per file.
	if (isUtf8(bytes)) {
		const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
		return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
	}
	const bad = firstBadByte(bytes);
	const good = Buffer.from(bytes.buffer, bytes.byteOffset, bad)
		.toString('utf8')
		.replace(/^\uFEFF/, '');
	return { message: 'the file is not valid UTF-8 text', position: positionAt(good, good.length) };
}

/**
 * The offset of the first byte that does not start a well-formed UTF-8 character (Unicode's table 3-7), for a text
 * `isUtf8` refused. Found by a scan, not by decoding ever shorter prefixes: a prefix that cuts a valid character in
 * two fails as the bad byte does, so the place found before an accented letter was wrong.
 */
function firstBadByte(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const lead = bytes[i]!;
		const length = lead < 0x80 ? 1 : lead < 0xc2 ? 0 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : lead < 0xf5 ? 4 : 0;
		if (length === 0) return i;
		// The second byte's range is narrower after some lead bytes (no overlong forms, surrogates or code points past U+10FFFF).
		const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
		const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
		for (let k = 1; k < length; k++) {
			const next = bytes[i + k];
			if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
		}
		i += length;
	}
	return bytes.length;
}

/** The first line of a parser's message (the report says where: `prettyErrors: false` keeps the place out of it). */
const firstLine = (message: string) => message.split('\n')[0]!;

/** Reads a YAML file (JSON is YAML too) and keeps the positions of its nodes. */
export function readDataFile(filePath: string, source?: string): DataFile {
	let text = source;
	if (text === undefined) {
		const decoded = decodeUtf8(fs.readFileSync(filePath));
		if (!('text' in decoded))
			return { path: filePath, value: undefined, syntaxErrors: [decoded], locate: () => decoded.position };
		text = decoded.text;
	}
	text = text.replace(/^\uFEFF/, '');
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const toPosition = (offset: number): Position => {
		const { line, col } = lineCounter.linePos(offset);
		return { line, column: col };
	};
	const syntaxErrors = doc.errors.map((error) => ({
		message: firstLine(error.message),
		position: toPosition(error.pos[0]),
	}));
	const [first] = doc.errors;
	if (first) syntaxErrors[0] = explainYamlError(text, doc, first, toPosition) ?? syntaxErrors[0]!;
	// JSON is YAML too, but YAML forgives what JSON readers (Zotero, JSON.parse) refuse, such as a
	// trailing comma; and for a JSON file, JSON's own message is the one that helps.
	if (/\.json$/i.test(filePath)) {
		const error = strictJsonError(text);
		if (error) syntaxErrors.splice(0, syntaxErrors.length, error);
	}
	let value: unknown;
	if (!syntaxErrors.length) {
		try {
			// Aliases that expand without limit (a "billion laughs" file) are refused, not followed.
			value = doc.toJS({ maxAliasCount: 1000 });
		} catch (error) {
			syntaxErrors.push({
				message: `the file cannot be read: ${error instanceof Error ? error.message : String(error)}`,
				position: { line: 1, column: 1 },
			});
		}
	}
	return {
		path: filePath,
		value: syntaxErrors.length ? undefined : value,
		syntaxErrors,
		locate(keyPath) {
			let node: Node | null | undefined = doc.contents;
			let found = node?.range?.[0] ?? 0;
			for (const key of keyPath) {
				if (isMap(node)) {
					const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
					if (!pair) break;
					found = (pair.key as Node).range?.[0] ?? found;
					node = pair.value as Node | null;
				} else if (isSeq(node) && typeof key === 'number') {
					node = node.items[key] as Node | undefined;
				} else break;
				if (node?.range) found = node.range[0];
			}
			return toPosition(found);
		},
	};
}

/**
 * A clearer message and place for the YAML mistakes editors make most: a tab used to indent (YAML
 * indents with spaces only), and a quote left open (reported where it opens, not where the file ends).
 */
function explainYamlError(
	text: string,
	doc: ReturnType<typeof parseDocument>,
	error: ReturnType<typeof parseDocument>['errors'][number],
	toPosition: (offset: number) => Position,
): { message: string; position: Position } | undefined {
	const at = toPosition(error.pos[0]);
	const line = text.split('\n')[at.line - 1] ?? '';
	const indent = /^[ \t]*/.exec(line)![0];
	if (indent.includes('\t'))
		return {
			message: 'a tab indents this line, and YAML indents with spaces only',
			position: { line: at.line, column: indent.indexOf('\t') + 1 },
		};
	if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
		let start: number | undefined;
		visit(doc, {
			Scalar(_key, node) {
				const [from, to] = node.range ?? [0, 0];
				if (
					(node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
					from <= error.pos[0] &&
					error.pos[0] <= to
				)
					start = from;
			},
		});
		if (start !== undefined) return { message: 'a quoted value is never closed', position: toPosition(start) };
	}
	return undefined;
}

/** Where strict JSON parsing fails, if it does: JSON.parse names the line and column in Node 22 and later. */
function strictJsonError(text: string): { message: string; position: Position } | undefined {
	const clean = text.replace(/^\uFEFF/, '');
	const error = jsonError(clean);
	if (!error) return undefined;
	const at = error.offset ?? errorOffset(clean);
	const plain = error.message
		.replace(/\s*\(line \d+ column \d+\)/, '')
		.replace(/ in JSON at position \d+/, '')
		// V8 quotes the text around the mistake, cut short with "..." at either end when it is long.
		.replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '');
	// A trailing comma is found only at the next `}` or `]`: point at the comma itself.
	const comma = /,\s*$/.exec(clean.slice(0, at));
	if (comma && /^[}\]]/.test(clean.slice(at)))
		return {
			message: 'not valid JSON: a trailing comma before the closing bracket',
			position: positionAt(clean, comma.index),
		};
	if (clean.startsWith('/', at))
		return { message: 'not valid JSON: comments are not allowed in JSON', position: positionAt(clean, at) };
	return { message: `not valid JSON: ${plain}`, position: positionAt(clean, at) };
}

/** JSON.parse's complaint about `text`, with the offset when its message gives one. */
function jsonError(text: string): { message: string; offset?: number } | undefined {
	try {
		JSON.parse(text);
		return undefined;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const offset = /at position (\d+)/.exec(message);
		return { message, offset: offset ? Number(offset[1]) : undefined };
	}
}

/**
 * Where JSON.parse fails, when its message does not say ("Unexpected token '/'"): the shortest
 * prefix of the text that fails before its own end, found by bisection. A prefix that is only
 * cut short fails at its end, so the predicate is monotone.
 */
function errorOffset(text: string): number {
	const failsInside = (length: number) => {
		const error = jsonError(text.slice(0, length));
		if (!error || /Unexpected end|Unterminated/.test(error.message)) return false;
		return error.offset === undefined || error.offset < length;
	};
	let low = 0;
	let high = text.length;
	while (low < high) {
		const mid = Math.floor((low + high) / 2);
		if (failsInside(mid)) high = mid;
		else low = mid + 1;
	}
	return Math.max(0, low - 1);
}
