// Measures only a reader's first search on a built site, as `npm run bench` does, without the
// builds: `node scripts/bench/first-search.ts [dist] [page] [query]` (defaults: dist/, a capability
// page, "trust"). BENCH_SEARCH_RUNS sets the number of cold runs (5).
import path from 'node:path';
import { coldVisit, firstSearch, launch } from './measure.ts';

const [dir = 'dist', page = '/leads/develop-coalitions/mobilize-knowledge/', query = 'trust'] = process.argv.slice(2);
const browser = await launch();
try {
	const result = await firstSearch(browser, path.resolve(dir), page, query);
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	console.log(`First search for "${query}" on ${page} (${dir}):`);
	console.log(`  transferred: ${kb(result.bytes)} compressed`);
	for (const [kind, bytes] of Object.entries(result.byKind).sort(([, a], [, b]) => b - a))
		console.log(`    ${kind}: ${kb(bytes)}`);
	console.log(
		`  last keystroke to first results: ${result.ms.toFixed(0)} ms (median of ${result.runs.length}: ${result.runs.map((ms) => ms.toFixed(0)).join(', ')} ms)`,
	);
	console.log(`  results shown: ${result.results}`);
	const visit = await coldVisit(browser, path.resolve(dir), page);
	console.log(`Cold first visit of ${page}: ${kb(visit.bytes)} compressed (no search loaded)`);
} finally {
	await browser.close();
}
