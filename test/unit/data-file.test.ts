// How the check reads the handbook's data files (YAML and JSON): what an editor is told, and where, when one does
// not read. The bad-content catalogue plants these mistakes in whole content sets; these tests call the reader alone.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeUtf8, positionAt, readDataFile } from '../../src/model/data-file.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('positionAt', () => {
	test('counts lines and columns from 1', () => {
		expect(positionAt('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
		expect(positionAt('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
		expect(positionAt('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
	});
});

describe('decodeUtf8', () => {
	test('text saved as UTF-8, with or without a byte-order mark, reads as its text', () => {
		expect(decodeUtf8(utf8('Équipe: 1'))).toEqual({ text: 'Équipe: 1' });
		expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, ...utf8('a: 1')))).toEqual({ text: 'a: 1' });
		// A part of a larger buffer is decoded alone, not with the bytes around it.
		const whole = utf8('xxa: 1yy');
		expect(decodeUtf8(whole.subarray(2, 6))).toEqual({ text: 'a: 1' });
	});

	test('a file saved as UTF-16, in either byte order, is named as such at its start', () => {
		for (const mark of [
			[0xff, 0xfe],
			[0xfe, 0xff],
		])
			expect(decodeUtf8(bytes(...mark, 0x61, 0))).toEqual({
				message: 'the file is saved as UTF-16, not UTF-8',
				position: { line: 1, column: 1 },
			});
		// One byte of a mark, or a mark's bytes elsewhere, are not a mark.
		for (const [text, column] of [
			[[0xff, 0x61], 1],
			[[0xfe, 0x61], 1],
			[[0x61, 0xff], 2],
			[[0x61, 0xfe], 2],
		] as const)
			expect(decodeUtf8(bytes(...text))).toEqual({
				message: 'the file is not valid UTF-8 text',
				position: { line: 1, column },
			});
	});

	test('a Latin-1 character is found at its line and column', () => {
		// "caf\xe9" in Windows-1252 on the second line, after a line that is valid.
		const latin1 = bytes(...utf8('title: ok\nname: caf'), 0xe9, ...utf8('\n'));
		expect(decodeUtf8(latin1)).toEqual({
			message: 'the file is not valid UTF-8 text',
			position: { line: 2, column: 10 },
		});
		expect(decodeUtf8(bytes(0xe9))).toEqual({
			message: 'the file is not valid UTF-8 text',
			position: { line: 1, column: 1 },
		});
		// A byte-order mark before the bad byte is not counted as a column.
		expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x61, 0xe9))).toMatchObject({ position: { line: 1, column: 2 } });
		// Accented letters before the bad byte count as one column each (a French line, then a Latin-1 "é").
		expect(decodeUtf8(bytes(...utf8('éé'), 0xe9))).toMatchObject({ position: { line: 1, column: 3 } });
		expect(decodeUtf8(bytes(...utf8('title: Équipe de santé\nname: caf'), 0xe9))).toMatchObject({
			position: { line: 2, column: 10 },
		});
	});

	test('every kind of malformed byte sequence is found at the byte where it starts', () => {
		const at = (...tail: number[]) => decodeUtf8(bytes(...utf8('ab'), ...tail, ...utf8('cd')));
		const cases: [string, number[]][] = [
			['a stray continuation byte', [0xa9]],
			['an overlong form of "/"', [0xc0, 0xaf]],
			['a lead byte with too few continuation bytes', [0xe2, 0x82]],
			['an overlong three-byte form', [0xe0, 0x80, 0x80]],
			['a surrogate', [0xed, 0xa0, 0x80]],
			['an overlong four-byte form', [0xf0, 0x80, 0x80, 0x80]],
			['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
			['a byte that never starts a character', [0xf8, 0x88, 0x80, 0x80, 0x80]],
		];
		for (const [what, tail] of cases)
			expect(at(...tail), what).toEqual({
				message: 'the file is not valid UTF-8 text',
				position: { line: 1, column: 3 },
			});
		// The first and last lead bytes of each length, before a bad byte.
		for (const valid of [[0x7f], [0xc2, 0x80], [0xe0, 0xa0, 0x80], [0xf0, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf]])
			expect(decodeUtf8(bytes(...valid, 0xe9)), valid.join(' ')).toMatchObject({
				position: { column: valid.length === 4 ? 3 : 2 },
			});
		for (const invalid of [[0x80], [0xc1, 0x80], [0xf5, 0x80, 0x80, 0x80]])
			expect(decodeUtf8(bytes(0x61, ...invalid)), invalid.join(' ')).toMatchObject({ position: { column: 2 } });
		// A zero-width no-break space inside the text is a character like any other (only a leading one is a mark).
		expect(decodeUtf8(bytes(...utf8('a\uFEFFb'), 0xe9))).toMatchObject({ position: { line: 1, column: 4 } });
		// A character cut off by the end of the file, after characters of every length.
		expect(decodeUtf8(bytes(...utf8('é€😀'), 0xf0, 0x9f))).toMatchObject({ position: { line: 1, column: 5 } });
		// The largest values of each length are valid.
		expect(decodeUtf8(bytes(0xdf, 0xbf, 0xef, 0xbf, 0xbf, 0xf4, 0x8f, 0xbf, 0xbf, 0xed, 0x9f, 0xbf))).toHaveProperty(
			'text',
		);
	});
});

describe('readDataFile', () => {
	const read = (text: string, name = 'file.yaml') => readDataFile(name, text);

	test('a valid file gives its value and no errors', () => {
		const file = read('\uFEFFterms:\n  - id: trust\n    cite: [a, b]\n');
		expect(file.value).toEqual({ terms: [{ id: 'trust', cite: ['a', 'b'] }] });
		expect(file.syntaxErrors).toEqual([]);
		expect(file.path).toBe('file.yaml');
	});

	test('locate finds a value by its key path, or its nearest parent', () => {
		const file = read('terms:\n  - id: trust\n    cite:\n      - a\n      - b\n  - id: power\n');
		expect(file.locate([])).toEqual({ line: 1, column: 1 });
		expect(file.locate(['terms'])).toEqual({ line: 2, column: 3 });
		expect(file.locate(['terms', 1])).toEqual({ line: 6, column: 5 });
		expect(file.locate(['terms', 0, 'cite', 1])).toEqual({ line: 5, column: 9 });
		// A key that is not there: the nearest parent that is.
		expect(file.locate(['terms', 0, 'definition'])).toEqual({ line: 2, column: 5 });
		expect(file.locate(['terms', 5])).toEqual({ line: 2, column: 3 });
		// A text key on a list, or any key on a value that is not a map or list, stops where it is.
		expect(file.locate(['terms', 'x'])).toEqual({ line: 2, column: 3 });
		expect(file.locate(['terms', 0, 'id', 'more'])).toEqual({ line: 2, column: 9 });
	});

	test('locate in a file that does not parse points at the file start, not past it', () => {
		expect(read('').locate(['a'])).toEqual({ line: 1, column: 1 });
	});

	test('a tab that indents a line is named at the tab', () => {
		const file = read('terms:\n  - id: trust\n\t  cite: [a]\n');
		expect(file.value).toBeUndefined();
		expect(file.syntaxErrors[0]).toEqual({
			message: 'a tab indents this line, and YAML indents with spaces only',
			position: { line: 3, column: 1 },
		});
		expect(read('a:\n  \tb: 1\n').syntaxErrors[0]).toMatchObject({ position: { line: 2, column: 3 } });
	});

	test('a quote left open is reported where it opens, not where the file ends', () => {
		for (const quote of ['"', "'"]) {
			const file = read(`a: 1\nb: ${quote}open\nc: 2\nd: 3\n`);
			expect(file.syntaxErrors[0]).toEqual({
				message: 'a quoted value is never closed',
				position: { line: 2, column: 4 },
			});
		}
	});

	test('other YAML mistakes keep the parser’s message, without its own position', () => {
		const file = read('a: 1\na: 2\n');
		expect(file.syntaxErrors).toHaveLength(1);
		expect(file.syntaxErrors[0]!.message).toMatch(/unique/i);
		expect(file.syntaxErrors[0]!.message).not.toMatch(/at line \d+, column \d+/);
		expect(file.syntaxErrors[0]!.position).toEqual({ line: 2, column: 1 });
	});

	test('aliases that expand without limit are refused, not followed', () => {
		const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
		for (let i = 1; i < 8; i++) {
			const prev = String.fromCharCode(96 + i);
			const next = String.fromCharCode(97 + i);
			lines.push(`${next}: &${next} [${Array(10).fill(`*${prev}`).join(', ')}]`);
		}
		const file = read(lines.join('\n'));
		expect(file.value).toBeUndefined();
		expect(file.syntaxErrors[0]!.message).toMatch(/^the file cannot be read: /);
		expect(file.syntaxErrors[0]!.position).toEqual({ line: 1, column: 1 });
	});

	describe('JSON', () => {
		test('valid JSON reads as its value', () => {
			expect(read('[{"id": "a"}]', 'references.json').value).toEqual([{ id: 'a' }]);
			expect(read('\uFEFF{"a": 1}', 'x.JSON').syntaxErrors).toEqual([]);
		});

		test('a trailing comma, which YAML forgives, is named at the comma', () => {
			const file = read('[\n  {"id": "a"},\n  {"id": "b"},\n]\n', 'references.json');
			expect(file.value).toBeUndefined();
			expect(file.syntaxErrors).toEqual([
				{
					message: 'not valid JSON: a trailing comma before the closing bracket',
					position: { line: 3, column: 14 },
				},
			]);
			// In YAML the same text is valid.
			expect(read('[\n  {"id": "a"},\n]\n', 'x.yaml').syntaxErrors).toEqual([]);
		});

		test('a comment is named as a comment, at its start', () => {
			const file = read('[\n  // the first\n  {"id": "a"}\n]\n', 'references.json');
			expect(file.syntaxErrors).toEqual([
				{ message: 'not valid JSON: comments are not allowed in JSON', position: { line: 2, column: 3 } },
			]);
		});

		test('other mistakes keep JSON’s words, without its position or a copy of the text', () => {
			const file = read('{"a": 1,\n "b" 2}', 'x.json');
			expect(file.syntaxErrors).toHaveLength(1);
			const [error] = file.syntaxErrors;
			expect(error!.message).toMatch(/^not valid JSON: /);
			expect(error!.message).not.toMatch(/position \d+|line \d+ column|is not valid JSON$/);
			expect(error!.position).toEqual({ line: 2, column: 6 });
		});

		test('JSON’s words without its place or its quotation of the text, however long the file', () => {
			const lines = ['{', ...Array.from({ length: 11 }, (_, i) => `  "key${i}": 1,`), '  "long-key-name" 2', '}'];
			expect(read(lines.join('\n'), 'x.json').syntaxErrors).toEqual([
				{ message: "not valid JSON: Expected ':' after property name", position: { line: 13, column: 19 } },
			]);
			// V8 quotes a long text cut short with "..." before it.
			const long = `["${'a'.repeat(80)}", x]`;
			expect(read(long, 'x.json').syntaxErrors).toEqual([
				{ message: "not valid JSON: Unexpected token 'x'", position: { line: 1, column: 86 } },
			]);
			expect(read('[1, x]', 'x.json').syntaxErrors[0]!.message).toBe("not valid JSON: Unexpected token 'x'");
		});

		test('a single quote, which JSON does not allow, is found even when JSON.parse does not say where', () => {
			const file = read("[\n  'a'\n]", 'x.json');
			expect(file.syntaxErrors).toHaveLength(1);
			expect(file.syntaxErrors[0]!.position).toEqual({ line: 2, column: 3 });
		});
	});

	describe('from disk', () => {
		test('reads the file when no text is given', () => {
			const folder = temporaryFolder('data-file-');
			const file = path.join(folder, 'terms.yaml');
			fs.writeFileSync(file, '\uFEFFa: [1, 2]\n');
			expect(readDataFile(file).value).toEqual({ a: [1, 2] });
		});

		test('a file that is not UTF-8 is one error, at the bad byte, wherever a rule looks', () => {
			const folder = temporaryFolder('data-file-');
			const file = path.join(folder, 'terms.yaml');
			fs.writeFileSync(file, Buffer.from([...utf8('a: 1\nb: caf'), 0xe9]));
			const read = readDataFile(file);
			expect(read.value).toBeUndefined();
			expect(read.syntaxErrors).toEqual([
				{ message: 'the file is not valid UTF-8 text', position: { line: 2, column: 7 } },
			]);
			expect(read.locate(['b'])).toEqual({ line: 2, column: 7 });
		});
	});
});
