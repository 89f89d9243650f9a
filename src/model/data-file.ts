import fs from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

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

/** Reads a YAML file (JSON is YAML too) and keeps the positions of its nodes. */
export function readDataFile(filePath: string, text = fs.readFileSync(filePath, 'utf8')): DataFile {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const toPosition = (offset: number): Position => {
		const { line, col } = lineCounter.linePos(offset);
		return { line, column: col };
	};
	const syntaxErrors = doc.errors.map((error) => ({
		message: error.message.split('\n')[0] ?? error.message,
		position: toPosition(error.pos[0]),
	}));
	// JSON is YAML too, but YAML forgives what JSON readers (Zotero, JSON.parse) refuse, such as a trailing comma.
	if (!syntaxErrors.length && /\.json$/i.test(filePath)) {
		const error = strictJsonError(text);
		if (error) syntaxErrors.push(error);
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

/** Where strict JSON parsing fails, if it does: JSON.parse names the line and column in Node 22 and later. */
function strictJsonError(text: string): { message: string; position: Position } | undefined {
	try {
		JSON.parse(text.replace(/^\uFEFF/, ''));
		return undefined;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const where = /\(line (\d+) column (\d+)\)/.exec(message);
		return {
			message: `not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '')}`,
			position: where ? { line: Number(where[1]), column: Number(where[2]) } : { line: 1, column: 1 },
		};
	}
}
