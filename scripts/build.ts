// `npm run build`: checks the content, builds into a staging folder, and only
// then replaces dist/. A failed check or build leaves the previous dist/ as it was.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/lib/project.ts';
import { formatReport } from '../src/validation/report.ts';
import { validateContent } from '../src/validation/validate.ts';

const outDir = path.resolve(process.env.HANDBOOK_DIST ?? 'dist');
const staging = `${outDir}.staging`;
const previous = `${outDir}.previous`;

const { problems } = validateContent(contentDir());
if (problems.length) {
	console.error(formatReport(problems));
	console.error(`\nNothing was built; ${path.relative(process.cwd(), outDir)}/ is unchanged.`);
	process.exit(1);
}

fs.rmSync(staging, { recursive: true, force: true });
const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
	stdio: 'inherit',
	env: { ...process.env, HANDBOOK_OUT_DIR: staging },
});
if (astro.status !== 0) {
	fs.rmSync(staging, { recursive: true, force: true });
	console.error(`\nThe build failed; ${path.relative(process.cwd(), outDir)}/ is unchanged.`);
	process.exit(astro.status ?? 1);
}

// Swap with renames, so dist/ is never half-written.
fs.rmSync(previous, { recursive: true, force: true });
if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
fs.renameSync(staging, outDir);
fs.rmSync(previous, { recursive: true, force: true });
console.log(`Built ${path.relative(process.cwd(), outDir)}/`);
