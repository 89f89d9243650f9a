// `npm run build`: checks the content, builds into a staging folder, and only
// then replaces dist/. A failed check or build leaves the previous dist/ as it was.
// `npm run build:production` (`--production`) also requires the published address.
import fs from 'node:fs';
import path from 'node:path';
import { handbookConfig, productionProblem } from '../src/config.ts';
import { startBuildWorker } from '../src/lib/build-worker.ts';
import { validateOnce } from '../src/lib/content-index.ts';
import { formatReport } from '../src/validation/report.ts';

const outDir = path.resolve(process.env.HANDBOOK_DIST ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;
const shown = path.relative(process.cwd(), outDir) || '.';

if (process.argv.includes('--production')) {
	const problem = productionProblem(handbookConfig);
	if (problem) {
		console.error(`${problem}\n\nNothing was built; ${shown}/ is unchanged.`);
		process.exit(1);
	}
} else if (!handbookConfig.site) {
	console.log(
		'Preview build: no published address is configured, so addresses in the catalog, citations, QR codes and handouts are written as site paths (/go/trust/). Set "site" in handbook.config.json or HANDBOOK_SITE before publishing, and publish with `npm run build:production`.',
	);
}

// The worker checks the content (then runs citeproc) while this thread loads Astro, which
// is imported only now for that reason. Astro builds in this process, and the check's result
// is kept for it: the content is read and checked once, not twice.
const worker = startBuildWorker();
const { build } = await import('astro');
const { problems } = (await worker.checked) ?? validateOnce();
if (problems.length) {
	console.error(formatReport(problems));
	console.error(`\nNothing was built; ${shown}/ is unchanged.`);
	process.exit(1);
}

fs.rmSync(staging, { recursive: true, force: true });
process.env.HANDBOOK_OUT_DIR = staging;
try {
	await build({ root: process.cwd() });
} catch (error) {
	fs.rmSync(staging, { recursive: true, force: true });
	console.error(error instanceof Error ? error.message : error);
	console.error(`\nThe build failed; ${shown}/ is unchanged.`);
	process.exit(1);
}

// Done long before now as a rule (and the build runs citeproc itself if it is not); awaited so
// the worker ends before the output is swapped in.
await worker.citeproc;

// Swap with renames, so dist/ is never half-written.
fs.rmSync(previous, { recursive: true, force: true });
if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
fs.renameSync(staging, outDir);
fs.rmSync(previous, { recursive: true, force: true });
console.log(`Built ${shown}/`);
