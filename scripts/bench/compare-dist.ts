// Compares the reader pages of two built sites byte for byte: `node scripts/bench/compare-dist.ts <before> <after>`.
// Lists the pages only one site has and the pages whose bytes differ, with the first difference of each, so a
// change meant to leave what readers see alone can show that it did. Exits with 1 when anything differs.
import fs from 'node:fs';
import path from 'node:path';
import { isReaderPage } from './measure.ts';

/** Every HTML page of a site, as its address (`/a/b/` for `a/b/index.html`). */
function readerPages(dir: string): Map<string, string> {
	const pages = new Map<string, string>();
	for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const file = path.join(entry.parentPath, entry.name);
		const relative = path.relative(dir, file).split(path.sep).join('/');
		const address = `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
		if (isReaderPage(address)) pages.set(address, file);
	}
	return pages;
}

/** The first difference between two texts, with some context on each side. */
function firstDifference(a: string, b: string): string {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	const show = (text: string) => JSON.stringify(text.slice(Math.max(0, i - 60), i + 80));
	return `at character ${i}:\n    before ${show(a)}\n    after  ${show(b)}`;
}

const [before, after] = process.argv.slice(2);
if (!before || !after) {
	console.error('Usage: node scripts/bench/compare-dist.ts <before dist> <after dist>');
	process.exit(2);
}
const old = readerPages(before);
const now = readerPages(after);
const onlyBefore = [...old.keys()].filter((page) => !now.has(page));
const onlyAfter = [...now.keys()].filter((page) => !old.has(page));
const differing: string[] = [];
for (const [page, file] of old) {
	const other = now.get(page);
	if (!other) continue;
	const a = fs.readFileSync(file);
	const b = fs.readFileSync(other);
	if (!a.equals(b)) differing.push(`${page} ${firstDifference(a.toString('utf8'), b.toString('utf8'))}`);
}
console.log(`${old.size} reader pages before, ${now.size} after; ${differing.length} differ.`);
for (const page of onlyBefore) console.log(`only before: ${page}`);
for (const page of onlyAfter) console.log(`only after: ${page}`);
for (const line of differing) console.log(`differs: ${line}`);
process.exit(onlyBefore.length || onlyAfter.length || differing.length ? 1 : 0);
