// `node scripts/compare-builds.ts <before> <after>`: compares two built sites file by file (issue #25: a change
// to how the build writes its output must show only intended differences). Prints the files only one build has,
// the files whose bytes differ (by top-level folder, with where the first difference is), and how many are the
// same. Build the two sites first, e.g. main in a clone and this branch here, each with `npm run build`.
import fs from 'node:fs';
import path from 'node:path';

const [before, after] = process.argv.slice(2).map((dir) => path.resolve(dir));
if (!before || !after) {
	console.error('Usage: node scripts/compare-builds.ts <before> <after>');
	process.exit(2);
}

const filesOf = (dir: string) =>
	new Set(
		fs
			.readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')),
	);
const top = (file: string) => (file.includes('/') ? `${file.split('/')[0]}/` : file);
const grouped = (files: string[]) => {
	const groups = new Map<string, string[]>();
	for (const file of files) groups.set(top(file), [...(groups.get(top(file)) ?? []), file]);
	return [...groups].map(
		([group, list]) => `  ${group}: ${list.length}${list.length <= 3 ? ` (${list.join(', ')})` : ''}`,
	);
};

/** Where two texts first differ, with a little of each around it. */
function firstDifference(a: string, b: string): string {
	let i = 0;
	while (i < a.length && a[i] === b[i]) i++;
	const show = (text: string) => JSON.stringify(text.slice(Math.max(0, i - 40), i + 80));
	return `at character ${i}: before ${show(a)}; after ${show(b)}`;
}

const old = filesOf(before);
const now = filesOf(after);
const onlyBefore = [...old].filter((f) => !now.has(f)).sort();
const onlyAfter = [...now].filter((f) => !old.has(f)).sort();
const differ: string[] = [];
let same = 0;
for (const file of [...old].filter((f) => now.has(f)).sort()) {
	const a = fs.readFileSync(path.join(before, file));
	const b = fs.readFileSync(path.join(after, file));
	if (a.equals(b)) same++;
	else differ.push(file);
}

console.log(`${same} files are byte-identical.`);
if (onlyBefore.length) console.log(`Only in ${before}:\n${grouped(onlyBefore).join('\n')}`);
if (onlyAfter.length) console.log(`Only in ${after}:\n${grouped(onlyAfter).join('\n')}`);
if (differ.length) {
	console.log(`Different bytes:\n${grouped(differ).join('\n')}`);
	const verbose = process.argv.includes('--all');
	for (const file of differ.filter((f, i) => verbose || differ.findIndex((g) => top(g) === top(f)) === i)) {
		const text = (dir: string) => fs.readFileSync(path.join(dir, file), 'utf8');
		console.log(`\n${file}: ${firstDifference(text(before), text(after))}`);
	}
}
process.exit(onlyBefore.length || onlyAfter.length || differ.length ? 1 : 0);
