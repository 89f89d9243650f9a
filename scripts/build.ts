// `npm run build`: checks the content, builds into a staging folder, and only
// then replaces dist/. A failed check or build leaves the previous dist/ as it was.
import fs from 'node:fs';
import path from 'node:path';
import { startBuildWorker } from '../src/lib/build-worker.ts';
import { validateOnce } from '../src/lib/content-index.ts';
import { formatReport } from '../src/check/report.ts';
import { errorsOf } from '../src/validation/validate.ts';

const outDir = path.resolve(process.env.HANDBOOK_DIST ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;
const shown = path.relative(process.cwd(), outDir) || '.';

// The worker checks the content (then runs citeproc) while this thread loads Astro, which
// is imported only now for that reason. Astro builds in this process, and the check's result
// is kept for it: the content is read and checked once, not twice.
const worker = startBuildWorker();
const { build } = await import('astro');
const { problems } = (await worker.checked) ?? validateOnce();
if (problems.length) console.error(formatReport(problems));
if (errorsOf(problems).length) {
	console.error(`\nNothing was built; ${shown}/ is unchanged.`);
	process.exit(1);
}

fs.rmSync(staging, { recursive: true, force: true });
process.env.HANDBOOK_OUT_DIR = staging;
// Astro logs every page it renders; a build that succeeds needs only a summary, so Astro speaks up for
// warnings and errors unless HANDBOOK_VERBOSE=1 asks for everything.
const started = performance.now();
try {
	await build({ root: process.cwd(), logLevel: process.env.HANDBOOK_VERBOSE === '1' ? 'info' : 'warn' });
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
const htmlFiles = fs.readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
console.log(`Built ${shown}/: ${htmlFiles} HTML files in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
