import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Problem } from '../check/engine.ts';
import type { SnapshotWait } from '../handbook/snapshot-wait.ts';
import { handbookOf, runCiteproc } from '../handbook/handbook.ts';
import { contentDir } from '../model/project.ts';
import { fingerprint, snapshotFile, writeSnapshot } from '../handbook/snapshot.ts';
import { errorsOf, validateContent } from '../validation/validate.ts';

type Message = { kind: 'checked'; problems: Problem[] } | { kind: 'written' };

/** The worker's progress, shared with the main thread: 0 while citeproc runs, then one of these. */
const snapshotWritten = 1;
const snapshotNotWritten = 2;

/**
 * The build's slow, fixed-cost work, in a worker thread while the main thread loads Astro: the
 * content check, then citeproc (its APA set-up takes about a second at any size). When the content
 * has no errors, the worker writes the handbook's snapshot for this process, which the store in
 * the Starlight plugin (`src/starlight-plugin.ts`) then takes instead of doing the same work again (see `adoptSnapshot`).
 *
 * `checked` resolves with the check's problems, or undefined if the worker failed (then the build
 * checks the content itself). `written` resolves with true once the snapshot is written, or false
 * when the worker ends without writing it.
 */
export function startBuildWorker(
	root = contentDir(),
	file = snapshotFile(root),
): {
	checked: Promise<Problem[] | undefined>;
	written: Promise<boolean>;
	waitWritten: SnapshotWait;
} {
	const state = new Int32Array(new SharedArrayBuffer(4));
	const worker = new Worker(new URL(import.meta.url), { workerData: { root, file, state } });
	let markChecked: (problems: Problem[] | undefined) => void;
	let markWritten: (written: boolean) => void;
	const checked = new Promise<Problem[] | undefined>((resolve) => (markChecked = resolve));
	const written = new Promise<boolean>((resolve) => (markWritten = resolve));
	worker.on('message', (message: Message) => {
		if (message.kind === 'checked') markChecked(message.problems);
		else markWritten(true);
	});
	const ended = () => {
		markChecked(undefined);
		markWritten(false);
	};
	worker.once('error', ended);
	worker.once('exit', ended);
	// The worker marks the shared state itself, also when it fails (see below): a thread blocked here cannot
	// receive the worker's events. Ten minutes is far longer than citeproc takes; after that the store does
	// the work itself.
	const waitWritten: SnapshotWait = (timeoutMs = 600_000) => {
		Atomics.wait(state, 0, 0, timeoutMs);
		return Atomics.load(state, 0) === snapshotWritten;
	};
	return { checked, written, waitWritten };
}

if (!isMainThread && typeof workerData?.root === 'string') {
	const { root, file, state } = workerData as { root: string; file: string; state?: Int32Array };
	const mark = (value: number) => {
		if (!state || Atomics.load(state, 0) !== 0) return;
		Atomics.store(state, 0, value);
		Atomics.notify(state, 0);
	};
	// However the worker ends (an error included), a thread waiting for the snapshot goes on.
	process.once('exit', () => mark(snapshotNotWritten));
	try {
		runWorker(root, file, mark);
	} finally {
		mark(snapshotNotWritten);
	}
}

function runWorker(root: string, file: string, mark: (value: number) => void): void {
	// Taken before reading: a file saved during the check makes the snapshot stale, never wrongly fresh.
	const print = fingerprint(root);
	const { content, problems } = validateContent(root);
	parentPort!.postMessage({ kind: 'checked', problems } satisfies Message);
	if (!errorsOf(problems).length) {
		const citeproc = runCiteproc(content);
		writeSnapshot(file, handbookOf(content, problems, citeproc), citeproc, print);
		mark(snapshotWritten);
		parentPort!.postMessage({ kind: 'written' } satisfies Message);
	} else mark(snapshotNotWritten);
}
