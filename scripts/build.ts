// `npm run build`: checks the content, builds into a staging folder of its own, and only then replaces dist/.
// One build at a time per project: a second build waits for the first (see scripts/build/lock.ts). Astro keeps
// working files in the project's .astro/ folder (generated content modules; the prerendered server code of a
// build whose output is outside the project), so two builds at once can mix them even into different folders.
// A failed, stopped (Ctrl-C, SIGTERM) or crashed build leaves the previous dist/ as it was, and no staging folder.
// The site is published only if the content is still what was checked: a file saved while the build ran leaves
// dist/ as it was (see scripts/build/content-state.ts).
// `npm run build:production` (`--production`) also requires the published address.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { changedFiles, contentState } from './build/content-state.ts';
import { acquireLock, LockTimeout, type HeldLock, type LockHolder } from './build/lock.ts';
import { flushToDisk, outputPaths, publish, recoverLeftovers, removeStaging } from './build/output.ts';
import { handbookConfig, productionProblem } from '../src/config.ts';
import { contentDir } from '../src/model/project.ts';
import { profileMark } from '../src/build/profile.ts';

profileMark('script started');

const paths = outputPaths(path.resolve(process.env.HANDBOOK_DIST ?? 'dist'));
const shown = path.relative(process.cwd(), paths.outDir) || '.';
const lockPath = path.resolve('.astro/build.lock');
const shownLock = path.relative(process.cwd(), lockPath);
// How long to wait for another build of this project (seconds); 0 stops at once.
const asked = Number(process.env.HANDBOOK_BUILD_WAIT ?? 600);
const waitSeconds = Number.isFinite(asked) && asked >= 0 ? asked : 600;

// The tests' way to show that the output audit alone stops hostile markup (test/helpers/builds.ts sets it):
// the check's markup rules step aside. Never for a production build.
// HANDBOOK_TEST_AUDIT_REPORT_ONLY=1 goes one step further: the audit's refusals are printed but the site is still
// published, so that a test can open the pages and show that their escaping and security policy hold on their own.
for (const name of ['HANDBOOK_TEST_UNCHECKED_MARKUP', 'HANDBOOK_TEST_AUDIT_REPORT_ONLY'])
	if (process.argv.includes('--production') && process.env[name]) {
		console.error(`${name} is for the tests only; a production build always checks the content and its output.`);
		process.exit(1);
	}
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

// Whatever ends this process (success, failure, a signal, an uncaught error) removes the staging folder unless
// it was published, and releases the lock. `exit` handlers run synchronously, after everything else.
let lock: HeldLock | undefined;
let published = false;
process.on('exit', () => {
	if (!published) removeStaging(paths.staging);
	lock?.release();
});
// A signal's handler runs between two steps of the build, never inside the synchronous swap. It stays
// registered, so a second Ctrl-C during the clean-up cannot cut the clean-up short.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	process.on(signal, () => {
		const state = published ? `the new ${shown}/ is in place` : `${shown}/ is unchanged`;
		console.error(`\nThe build was stopped (${signal}); ${state}.`);
		process.exit(128 + os.constants.signals[signal]);
	});
}

const holderText = (holder: LockHolder) =>
	`process ${holder.pid}${holder.host === os.hostname() ? '' : ` on ${holder.host}`}` +
	(holder.started ? `, started ${new Date(holder.started).toLocaleTimeString()}` : '');
fs.mkdirSync(path.dirname(lockPath), { recursive: true });
try {
	lock = await acquireLock(lockPath, {
		timeoutMs: waitSeconds * 1000,
		onWait: (holder) => {
			if (waitSeconds > 0)
				console.error(
					`Another build of this project (${holderText(holder)}) is running; waiting for it to finish (Ctrl-C stops waiting).`,
				);
		},
		onTakeover: (holder) =>
			console.error(`Taking over ${shownLock}: the build that held it (${holderText(holder)}) is no longer running.`),
	});
} catch (error) {
	if (!(error instanceof LockTimeout)) throw error;
	const waited = waitSeconds > 0 ? ` after waiting ${waitSeconds} s` : '';
	console.error(
		`Another build of this project (${holderText(error.holder)}) is running, so this one stopped${waited}: two builds at once would mix their files.\n` +
			`Run \`npm run build\` again when it has finished. If no build is running, delete ${shownLock}.\n\nNothing was built; ${shown}/ is unchanged.`,
	);
	process.exit(1);
}
for (const note of recoverLeftovers(paths)) console.error(note);
profileMark('lock held');

// The worker checks the content (then runs citeproc) while this thread loads Astro, which is imported only
// now for that reason (and after the lock, so that a waiting build does not hold the content in memory).
// Astro builds in this process and takes the worker's reading of the handbook: the content is read and checked once.
const { startBuildWorker } = await import('../src/build/worker.ts');
const { formatReport } = await import('../src/check/report.ts');
const { errorsOf, validateContent } = await import('../src/validation/validate.ts');
// Taken before the worker reads anything: whatever is saved from here on shows as a change before the swap.
const checkedState = contentState(contentDir());
const worker = startBuildWorker();
const { build } = await import('astro');
profileMark('astro loaded');
const problems = (await worker.checked) ?? validateContent(contentDir()).problems;
profileMark('content checked');
if (problems.length) console.error(formatReport(problems));
if (errorsOf(problems).length) {
	console.error(`\nNothing was built; ${shown}/ is unchanged.`);
	process.exit(1);
}
// Astro starts now, while the worker runs citeproc: its store waits for the worker's reading when it first
// needs the handbook (see src/handbook/build-handoff.ts). Without it (the worker failed, or the content changed
// since), the store reads and checks the content itself.
const { offerBuildReading } = await import('../src/handbook/build-handoff.ts');
offerBuildReading(() => {
	const reading = worker.waitReading();
	profileMark('reading handed over');
	return reading;
});

process.env.HANDBOOK_OUT_DIR = paths.staging;
// Astro logs every page it renders; a build that succeeds needs only a summary, so Astro speaks up for
// warnings and errors unless HANDBOOK_VERBOSE=1 asks for everything.
const started = performance.now();
try {
	await build({ root: process.cwd(), logLevel: process.env.HANDBOOK_VERBOSE === '1' ? 'info' : 'warn' });
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	console.error(`\nThe build failed; ${shown}/ is unchanged.`);
	process.exit(1);
}

// The output audit (SECURITY.md): the built pages may contain only what the handbook's components make,
// whatever the content and its check did. A refused build leaves the previous dist/ as it was.
profileMark('astro built');
const { auditBuiltSite } = await import('./build/audit.ts');
const refused = auditBuiltSite(paths.staging, handbookConfig.site);
if (refused && process.env.HANDBOOK_TEST_AUDIT_REPORT_ONLY === '1') {
	console.error(`${refused}\n\nHANDBOOK_TEST_AUDIT_REPORT_ONLY=1 (tests only): published anyway.`);
} else if (refused) {
	console.error(`${refused}\n\nThe build was refused; ${shown}/ is unchanged.`);
	process.exit(1);
}

profileMark('output audited');
await flushToDisk(paths.staging);
profileMark('flushed');
// For the tests only: holds the finished build just before the swap, so that a signal can arrive there.
const pause = Number(process.env.HANDBOOK_TEST_PAUSE_BEFORE_SWAP ?? 0);
if (pause > 0) {
	console.error('Paused before the swap.');
	await new Promise((resolve) => setTimeout(resolve, pause));
}

// For the tests only: waits for a line on standard input before the swap, so that a test can change the
// content at this point deterministically.
if (process.env.HANDBOOK_TEST_WAIT_BEFORE_SWAP === '1') {
	console.error('Waiting before the swap.');
	await new Promise((resolve) => process.stdin.once('data', resolve));
	process.stdin.pause();
}
const changed = changedFiles(checkedState, contentState(contentDir()));
if (changed.length) {
	const listed = changed.slice(0, 10).map((file) => `  ${path.join(path.relative(process.cwd(), contentDir()), file)}`);
	if (changed.length > 10) listed.push(`  and ${changed.length - 10} more`);
	console.error(
		`The content changed while the build ran: ${changed.length} file(s) were saved, added or removed after the check began:\n${listed.join('\n')}\n` +
			`The new site may hold text that was never checked, so it was not published: ${shown}/ is unchanged (still the previous site).\n` +
			'Run `npm run build` again to check and build the content as it is now (avoid saving during a build).',
	);
	process.exit(1);
}

publish(paths);
published = true;
profileMark('published');
const htmlFiles = fs.readdirSync(paths.outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
console.log(`Built ${shown}/: ${htmlFiles} HTML files in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
