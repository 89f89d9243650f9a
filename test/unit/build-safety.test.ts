import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { Worker } from 'node:worker_threads';
import { acquireLock, LockTimeout, processIdentity, readHolder, type LockHolder } from '../../scripts/build/lock.ts';
import { removeStaging } from '../../scripts/build/output.ts';
import { buildEnv, mutatedFixture, replaceOnce, validFixture } from '../helpers/fixtures.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

/** Runs the real `npm run build` script against a content set, into a dist folder holding a previous "good" build. */
function buildInto(contentRoot: string) {
	const dist = path.join(temporaryFolder('handbook-dist-'), 'dist');
	fs.mkdirSync(dist);
	fs.writeFileSync(path.join(dist, 'index.html'), 'previous good build');
	const result = spawnSync(process.execPath, ['scripts/build.ts'], {
		env: buildEnv({ HANDBOOK_CONTENT_DIR: contentRoot, HANDBOOK_DIST: dist }),
		encoding: 'utf8',
		timeout: 240_000,
	});
	// Whatever happened, the build leaves nothing beside dist/: no staging folder, no lock.
	expect(leftovers(dist)).toEqual([]);
	return { ...result, previous: fs.readFileSync(path.join(dist, 'index.html'), 'utf8'), dist };
}

describe('a failed build leaves the previous dist/ intact', () => {
	test('when the content check fails, the report names the file, line and rule, and nothing is built', () => {
		const root = mutatedFixture({
			'docs/leads/develop-coalitions/mobilize-knowledge.mdx': replaceOnce(
				'[mobilize-knowledge]',
				'[mobilise-knowledge]',
			),
		});
		const { status, stderr, previous } = buildInto(root);
		expect(status).toBe(1);
		expect(stderr).toContain('content/docs/leads/develop-coalitions/mobilize-knowledge.mdx:5:16  unknown-capability');
		expect(stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
		expect(previous).toBe('previous good build');
	});

	test('when a page’s name is one Astro cannot take, the check stops the build instead of Astro dropping the page', () => {
		// With `?` in its name, Astro looks for a file by the name before it and builds the site without the page,
		// with only a line in its log; the name is reported even with the naming rule (page-address) turned down.
		const root = mutatedFixture({
			'docs/cases/What now?.mdx': () =>
				'---\ntitle: What now\ndescription: A page whose name has a question mark, for a test.\ntype: guide\n---\n\nText.\n',
			'check.yaml': () => 'rules:\n  page-address: warn\n',
		});
		const { status, stderr, previous } = buildInto(root);
		expect(status).toBe(1);
		expect(stderr).toContain(
			"content/docs/cases/What now?.mdx:1:1  unreadable-file  the file's path has `?`, which Astro cannot take in a page's name: its build leaves the page out of the site (it takes the name to end before the `?`)",
		);
		expect(stderr).toContain('Rename it to `cases/what-now.mdx`');
		expect(previous).toBe('previous good build');
	});

	test('a page marked `draft: true`: the check stops the build instead of publishing links to a page it leaves out', () => {
		// Starlight leaves a draft out of a build, but the home page, the sidebar and the short link would still
		// lead to it (the fixture's capability page links to the case study).
		const root = mutatedFixture({
			'docs/cases/example.mdx': replaceOnce('type: case-study\n', 'type: case-study\ndraft: true\n'),
		});
		const { status, stderr, previous } = buildInto(root);
		expect(status).toBe(1);
		expect(stderr).toContain(
			'content/docs/cases/example.mdx:5:8  frontmatter-field  `draft` must be `false` or left out',
		);
		expect(previous).toBe('previous good build');
	});

	test('when Astro itself fails after the check passed', () => {
		// An image that exists (so the check's missing-image rule passes) but is not an image: Astro's
		// image service fails on it while building.
		const root = mutatedFixture({
			'docs/index.mdx': replaceOnce('---\n\nStart', '---\n\n![A chart](./chart.png)\n\nStart'),
		});
		fs.writeFileSync(path.join(root, 'docs/chart.png'), 'not a PNG at all');
		const { status, stderr, previous } = buildInto(root);
		expect(status).not.toBe(0);
		// The check passed: no rule of the check is named, so the failure is Astro's own.
		expect(stderr).not.toMatch(/^\s*content\/\S+:\d+:\d+\s+[a-z-]+\s/m);
		expect(stderr).toContain('Build failed');
		expect(stderr).toContain('unchanged');
		expect(previous).toBe('previous good build');
	});

	test('when a page that a redirect leads to is removed', () => {
		const root = mutatedFixture({ 'docs/cases/example.mdx': () => '' });
		fs.rmSync(path.join(root, 'docs/cases/example.mdx'));
		const { status, stderr, previous } = buildInto(root);
		expect(status).toBe(1);
		expect(stderr).toContain('content/redirects.yaml:3:7  unknown-redirect-target');
		expect(previous).toBe('previous good build');
	});
});

/** Every file under a folder, by relative path, with the SHA-256 of its bytes: two folders hold the same site if these are equal. */
function hashTree(dir: string): Record<string, string> {
	const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return Object.fromEntries(
		files
			.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
			.sort()
			.map((file) => [
				file,
				createHash('sha256')
					.update(fs.readFileSync(path.join(dir, file)))
					.digest('hex'),
			]),
	);
}

/** The build lock: one per project. */
const lockPath = path.resolve('.astro/build.lock');

/** What lies beside a dist folder besides dist itself (staging folders, set-aside sites), and the lock if it is left. */
const leftovers = (dist: string) => [
	...fs.readdirSync(path.dirname(dist)).filter((name) => name !== path.basename(dist)),
	...(fs.existsSync(lockPath) ? [lockPath] : []),
];

interface RunningBuild {
	child: ChildProcess;
	stderr: () => string;
	/** Resolves when the build ends, with its exit code (or the signal that killed it) and its output. */
	ended: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Starts the real build script in the background. */
function startBuild(contentRoot: string, dist: string, extra: Record<string, string> = {}): RunningBuild {
	const child = spawn(process.execPath, ['scripts/build.ts'], {
		env: buildEnv({ HANDBOOK_CONTENT_DIR: contentRoot, HANDBOOK_DIST: dist, ...extra }),
	});
	let stdout = '';
	let stderr = '';
	child.stdout!.on('data', (chunk) => (stdout += chunk));
	child.stderr!.on('data', (chunk) => (stderr += chunk));
	const ended = new Promise<Awaited<RunningBuild['ended']>>((resolve) =>
		child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
	);
	return { child, stderr: () => stderr, ended };
}

/** Waits until `ready()` holds (checked every 20 ms), or fails the test after `ms`. */
async function until(ready: () => boolean, what: string, ms = 90_000): Promise<void> {
	const deadline = Date.now() + ms;
	while (!ready()) {
		if (Date.now() > deadline) throw new Error(`Gave up waiting: ${what}.`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

/** A process id that no process has: one of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;

// Two complete sites from two content sets: A is the site already published, B what the builds under test make.
// Builds are deterministic (hashed asset names), so B built anywhere is byte for byte `siteB`.
const contentA = validFixture;
const contentB = mutatedFixture({ 'docs/index.mdx': replaceOnce('Start with', 'Begin with') });
let siteA: Record<string, string>;
let siteB: Record<string, string>;
let builtA: string;

/** A dist folder, alone in a temporary folder, holding the complete site A. */
function publishedA(): string {
	const dist = path.join(temporaryFolder('handbook-dist-'), 'dist');
	fs.cpSync(builtA, dist, { recursive: true });
	return dist;
}

describe('builds never corrupt dist/', () => {
	beforeAll(async () => {
		const [a, b] = [temporaryFolder('handbook-ref-'), temporaryFolder('handbook-ref-')];
		const results = await Promise.all([
			startBuild(contentA, path.join(a, 'dist')).ended,
			startBuild(contentB, path.join(b, 'dist')).ended,
		]);
		for (const result of results) expect(result.code, result.stderr).toBe(0);
		builtA = path.join(a, 'dist');
		siteA = hashTree(builtA);
		siteB = hashTree(path.join(b, 'dist'));
		// Otherwise the tests below could not tell the two sites apart.
		expect(Object.keys(siteA).filter((file) => file.endsWith('.html')).length).toBeGreaterThan(5);
		expect(siteB).not.toEqual(siteA);
	}, 300_000);

	test('two builds started one second apart: the second waits for the first, and dist/ ends as its complete site', async () => {
		const dist = publishedA();
		const first = startBuild(contentA, dist);
		await new Promise((resolve) => setTimeout(resolve, 1000));
		const second = startBuild(contentB, dist);
		// A third build, stopped with Ctrl-C while it waits, leaves the running build's lock alone.
		const third = startBuild(contentB, dist);
		await until(() => third.stderr().includes('waiting for it'), 'the third build to wait');
		third.child.kill('SIGINT');
		expect((await third.ended).code).toBe(130);
		const [one, two] = await Promise.all([first.ended, second.ended]);
		expect(one.code, one.stderr).toBe(0);
		expect(two.code, two.stderr).toBe(0);
		expect(two.stderr).toMatch(/Another build of this project \(process \d+, started .*\) is running; waiting for it/);
		expect(two.stdout).toMatch(/Built .*dist\/: \d+ HTML files/);
		expect(hashTree(dist)).toEqual(siteB);
		expect(leftovers(dist)).toEqual([]);
	}, 120_000);

	test('a build stops at once with a clear message when asked not to wait (HANDBOOK_BUILD_WAIT=0)', async () => {
		const dist = publishedA();
		const lock = lockPath;
		// This test's own process stands in for a running build.
		const me = {
			pid: process.pid,
			host: os.hostname(),
			identity: processIdentity(process.pid),
			started: new Date().toISOString(),
		};
		fs.writeFileSync(lock, JSON.stringify(me));
		const { code, stderr } = await startBuild(contentB, dist, { HANDBOOK_BUILD_WAIT: '0' }).ended;
		expect(code).toBe(1);
		expect(stderr).toContain(`Another build of this project (process ${process.pid}`);
		expect(stderr).toContain('Run `npm run build` again when it has finished. If no build is running, delete');
		expect(stderr).toContain('is unchanged');
		expect(JSON.parse(fs.readFileSync(lock, 'utf8'))).toEqual(me); // another build's lock is left alone
		fs.rmSync(lock);
		expect(hashTree(dist)).toEqual(siteA);
		expect(leftovers(dist)).toEqual([]);
	}, 60_000);

	const staging = (dist: string, build: RunningBuild) => `${dist}.staging-${build.child.pid}`;
	test.each([
		{
			point: 'early, during the content check (once the lock is taken)',
			signal: 'SIGINT' as const,
			reached: () => fs.existsSync(lockPath),
		},
		{
			point: "during Astro's build (once the staging folder exists)",
			signal: 'SIGINT' as const,
			reached: (dist: string, build: RunningBuild) => fs.existsSync(staging(dist, build)),
		},
		{
			point: "during Astro's build, stopped by SIGTERM",
			signal: 'SIGTERM' as const,
			reached: (dist: string, build: RunningBuild) => fs.existsSync(path.join(staging(dist, build), '_astro')),
		},
		{
			point: 'right before the swap, with the new site complete',
			signal: 'SIGINT' as const,
			reached: (_: string, build: RunningBuild) => build.stderr().includes('Paused before the swap.'),
		},
	])(
		'a build interrupted $point: dist/ is the previous site, and nothing is left behind',
		async ({ signal, reached }) => {
			const dist = publishedA();
			const build = startBuild(contentB, dist, { HANDBOOK_TEST_PAUSE_BEFORE_SWAP: '60000' });
			await until(() => reached(dist, build), 'the build to reach the point of interruption');
			build.child.kill(signal);
			const { code, stderr } = await build.ended;
			// The build's own handler ended it (an exit code), rather than the signal killing it without clean-up.
			expect(code).toBe(128 + os.constants.signals[signal]);
			expect(stderr).toContain(`The build was stopped (${signal}); `);
			expect(stderr).toMatch(/dist\/ is unchanged\./);
			expect(hashTree(dist)).toEqual(siteA);
			expect(leftovers(dist)).toEqual([]);
		},
		120_000,
	);

	test('a page saved during the build: the build is not published, dist/ stays the previous site, and it says why', async () => {
		// Its own copy of content B, edited at the point where the new site is complete and about to replace dist/.
		const content = mutatedFixture({ 'docs/index.mdx': replaceOnce('Start with', 'Begin with') });
		const dist = publishedA();
		const build = startBuild(content, dist, { HANDBOOK_TEST_WAIT_BEFORE_SWAP: '1' });
		await until(() => build.stderr().includes('Waiting before the swap.'), 'the build to reach the swap', 300_000);
		const page = path.join(content, 'docs/index.mdx');
		fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('Begin with', 'Unchecked <b>text</b>'));
		build.child.stdin!.write('\n');
		const { code, stderr } = await build.ended;
		expect(code).toBe(1);
		expect(stderr).toContain('The content changed while the build ran: 1 file(s) were saved, added or removed');
		expect(stderr).toContain(`${path.join('docs', 'index.mdx')}\n`);
		expect(stderr).toMatch(/dist\/ is unchanged \(still the previous site\)/);
		expect(stderr).toContain('Run `npm run build` again');
		expect(hashTree(dist)).toEqual(siteA);
		expect(leftovers(dist)).toEqual([]);

		// The same pause with nothing saved publishes: it is the change that stopped the build above.
		const untouched = startBuild(contentB, dist, { HANDBOOK_TEST_WAIT_BEFORE_SWAP: '1' });
		await until(
			() => untouched.stderr().includes('Waiting before the swap.') || untouched.child.exitCode !== null,
			'the second build to reach the swap',
			300_000,
		);
		expect(untouched.stderr()).toContain('Waiting before the swap.');
		untouched.child.stdin!.write('\n');
		const second = await untouched.ended;
		expect(second.code, second.stderr).toBe(0);
		expect(hashTree(dist)).toEqual(siteB);
	}, 660_000);

	test('a build killed outright (SIGKILL) leaves its lock and staging folder; the next build takes them over', async () => {
		const dist = publishedA();
		const killed = startBuild(contentB, dist);
		await until(() => fs.existsSync(staging(dist, killed)), 'the killed build to start writing');
		killed.child.kill('SIGKILL');
		await killed.ended;
		expect(leftovers(dist)).toEqual([`dist.staging-${killed.child.pid}`, lockPath]);
		expect(hashTree(dist)).toEqual(siteA);

		const { code, stderr } = await startBuild(contentB, dist).ended;
		expect(code, stderr).toBe(0);
		expect(stderr).toContain(`the build that held it (process ${killed.child.pid}`);
		expect(stderr).toContain('is no longer running');
		expect(stderr).toContain(`Removed what stopped builds left behind`);
		expect(hashTree(dist)).toEqual(siteB);
		expect(leftovers(dist)).toEqual([]);
	}, 120_000);

	test('a power failure between the two renames of the swap: the next build puts the previous site back', async () => {
		// What the disk holds if the machine stops after dist/ was renamed aside and before the new site was renamed in.
		const dist = publishedA();
		const pid = deadPid();
		fs.renameSync(dist, `${dist}.previous-${pid}`);
		fs.mkdirSync(`${dist}.staging-${pid}`);
		fs.writeFileSync(`${dist}.staging-${pid}/index.html`, 'a new site that may be incomplete');
		fs.writeFileSync(lockPath, JSON.stringify({ pid, host: os.hostname(), started: new Date().toISOString() }));
		// The next build fails its check, and the previous site is back all the same.
		const broken = mutatedFixture({
			'docs/leads/develop-coalitions/mobilize-knowledge.mdx': replaceOnce(
				'[mobilize-knowledge]',
				'[mobilise-knowledge]',
			),
		});
		const { code, stderr } = await startBuild(broken, dist).ended;
		expect(code).toBe(1);
		expect(stderr).toContain(`the previous site is back from`);
		expect(hashTree(dist)).toEqual(siteA);
		expect(leftovers(dist)).toEqual([]);
	}, 60_000);
});

describe("a stopped build's staging folder", () => {
	/**
	 * A write in flight on another thread when the build stops, as the bundler's threads or Node's thread pool may
	 * have after the process decided to exit: once `go()` is called, it makes `dir/chunk` (and so `dir`) again every
	 * few milliseconds for `ms`; `done` resolves when it has stopped.
	 */
	async function writer(dir: string, ms: number): Promise<{ go: () => void; done: Promise<unknown> }> {
		const worker = new Worker(
			`const fs = require('node:fs'); const { parentPort, workerData } = require('node:worker_threads');
			parentPort.once('message', () => {
				const end = Date.now() + workerData.ms;
				while (Date.now() < end) {
					try { fs.mkdirSync(workerData.dir + '/chunk', { recursive: true }); } catch {}
					const next = Date.now() + 5; while (Date.now() < next);
				}
				parentPort.postMessage('done');
			});
			parentPort.postMessage('ready');`,
			{ eval: true, workerData: { dir, ms } },
		);
		await new Promise((resolve) => worker.once('message', resolve));
		const done = new Promise((resolve) => worker.once('message', resolve)).finally(() => worker.terminate());
		return { go: () => worker.postMessage('go'), done };
	}

	test('is removed for good, even when a write in flight makes it again after the first removal', async () => {
		const dir = path.join(temporaryFolder('handbook-staging-'), 'dist.staging-1');
		fs.mkdirSync(path.join(dir, '_astro'), { recursive: true });
		const { go, done } = await writer(dir, 100);
		go();
		removeStaging(dir);
		await done;
		expect(fs.existsSync(dir)).toBe(false);
	});

	test('a single removal would not do: the write in flight brings it back', async () => {
		const dir = path.join(temporaryFolder('handbook-staging-'), 'dist.staging-1');
		fs.mkdirSync(dir);
		const { go, done } = await writer(dir, 100);
		go();
		fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
		await done;
		expect(fs.existsSync(dir)).toBe(true);
	});
});

describe('the build lock', () => {
	const lockIn = () => path.join(temporaryFolder('handbook-lock-'), 'dist.lock');

	test('a lock whose process id now names another process (it was reused) is taken over', async () => {
		const lock = lockIn();
		// process.pid runs, but it is not the process that took this lock: its boot id and start time differ.
		fs.writeFileSync(
			lock,
			JSON.stringify({ pid: process.pid, host: os.hostname(), identity: 'another-boot:1', started: '' }),
		);
		const takenOver: LockHolder[] = [];
		const held = await acquireLock(lock, { timeoutMs: 0, onTakeover: (holder) => takenOver.push(holder) });
		expect(takenOver.map((holder) => holder.identity)).toEqual(['another-boot:1']);
		expect(readHolder(lock)?.identity).toBe(processIdentity(process.pid));
		held.release();
		expect(fs.existsSync(lock)).toBe(false);
	});

	test('a damaged lock file is taken over; a running build on another machine is waited for', async () => {
		const lock = lockIn();
		fs.writeFileSync(lock, '{"pid": 12');
		(await acquireLock(lock, { timeoutMs: 0 })).release();
		fs.writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: `not-${os.hostname()}`, started: '' }));
		await expect(acquireLock(lock, { timeoutMs: 100, pollMs: 20 })).rejects.toBeInstanceOf(LockTimeout);
		expect(fs.existsSync(lock)).toBe(true);
	});

	test('builds in several processes finding one stale lock at once: exactly one holds it at a time', async () => {
		const lock = lockIn();
		const log = `${lock}.log`;
		fs.writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: os.hostname(), started: '' }));
		const taker = `
			import fs from 'node:fs';
			import { acquireLock } from ${JSON.stringify(path.resolve('scripts/build/lock.ts'))};
			const held = await acquireLock(${JSON.stringify(lock)}, { pollMs: 5 });
			fs.appendFileSync(${JSON.stringify(log)}, 'in\\n');
			await new Promise((resolve) => setTimeout(resolve, 30));
			fs.appendFileSync(${JSON.stringify(log)}, 'out\\n');
			held.release();`;
		const takers = Array.from({ length: 6 }, () => {
			const child = spawn(process.execPath, ['--input-type=module', '-e', taker], { stdio: 'inherit' });
			return new Promise((resolve) => child.once('close', resolve));
		});
		expect(await Promise.all(takers)).toEqual(Array(6).fill(0));
		expect(fs.readFileSync(log, 'utf8')).toBe('in\nout\n'.repeat(6));
		expect(fs.existsSync(lock)).toBe(false);
	}, 30_000);
});

describe('publishing a large build', () => {
	test('the flush before the swap never holds more files open than the system allows (EMFILE at 10,000 pages)', () => {
		// 600 files under a limit of 128 open files: opening every file at once, as the flush once did, fails.
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-flush-'));
		for (let i = 0; i < 600; i++) fs.writeFileSync(path.join(dir, `page-${i}.html`), `<p>${i}</p>`);
		const script = `import { flushToDisk } from ${JSON.stringify(path.resolve('scripts/build/output.ts'))}; await flushToDisk(${JSON.stringify(dir)}); console.log('flushed');`;
		const run = spawnSync(
			'bash',
			['-c', `ulimit -n 128 && exec "$0" --input-type=module -e "$1"`, process.execPath, script],
			{
				encoding: 'utf8',
			},
		);
		fs.rmSync(dir, { recursive: true, force: true });
		expect(run.stderr).not.toMatch(/EMFILE/);
		expect(run.stdout.trim()).toBe('flushed');
	});
});
