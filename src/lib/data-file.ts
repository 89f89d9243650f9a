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
	return {
		path: filePath,
		value: syntaxErrors.length ? undefined : doc.toJS(),
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
