import {
	isMainThread,
	MessageChannel,
	parentPort,
	receiveMessageOnPort,
	Worker,
	workerData,
	type MessagePort,
} from 'node:worker_threads';
import type { Problem } from '../check/engine.ts';
import type { BuildReading, BuildWait } from '../handbook/build-handoff.ts';
import { handbookOf, runCiteproc } from '../handbook/handbook.ts';
import { contentDir } from '../model/project.ts';
import { fingerprint, serializeHandbook } from '../handbook/serialize.ts';
import { errorsOf, validateContent } from '../validation/validate.ts';

type Message = { kind: 'checked'; problems: Problem[] } | { kind: 'written' };

/** The worker's progress, shared with the main thread: 0 while citeproc runs, then one of these. */
const readingSent = 1;
const readingNotSent = 2;

/**
 * The build's slow, fixed-cost work, in a worker thread while the main thread loads Astro: the
 * content check, then citeproc (its APA set-up takes about a second at any size). When the content
 * has no errors, the worker sends its reading of the handbook to this thread, where the store in
 * the Starlight plugin (`src/starlight-plugin.ts`) takes it instead of doing the same work again (see `build-handoff.ts`).
 *
 * `checked` resolves with the check's problems, or undefined if the worker failed (then the build
 * checks the content itself). `written` resolves with true once the reading is sent, or false
 * when the worker ends without sending it. `waitReading` blocks until then and returns the reading.
 */
export function startBuildWorker(root = contentDir()): {
	checked: Promise<Problem[] | undefined>;
	written: Promise<boolean>;
	waitReading: BuildWait;
} {
	const state = new Int32Array(new SharedArrayBuffer(4));
	// The reading travels on a port of its own, which a blocked thread can still read synchronously.
	const { port1, port2 } = new MessageChannel();
	const worker = new Worker(new URL(import.meta.url), {
		workerData: { root, state, port: port2 },
		transferList: [port2],
	});
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
	let taken: BuildReading | undefined;
	const waitReading: BuildWait = (timeoutMs = 600_000) => {
		Atomics.wait(state, 0, 0, timeoutMs);
		if (Atomics.load(state, 0) !== readingSent) return undefined;
		taken ??= receiveMessageOnPort(port1)?.message as BuildReading | undefined;
		port1.close();
		return taken;
	};
	return { checked, written, waitReading };
}

if (!isMainThread && typeof workerData?.root === 'string') {
	const { root, state, port } = workerData as { root: string; state?: Int32Array; port?: MessagePort };
	const mark = (value: number) => {
		if (!state || Atomics.load(state, 0) !== 0) return;
		Atomics.store(state, 0, value);
		Atomics.notify(state, 0);
	};
	// However the worker ends (an error included), a thread waiting for the reading goes on.
	process.once('exit', () => mark(readingNotSent));
	try {
		runWorker(root, port, mark);
	} finally {
		mark(readingNotSent);
	}
}

function runWorker(root: string, port: MessagePort | undefined, mark: (value: number) => void): void {
	// Taken before reading: a file saved during the check makes the reading stale, never wrongly fresh.
	const print = fingerprint(root);
	const { content, problems } = validateContent(root);
	parentPort!.postMessage({ kind: 'checked', problems } satisfies Message);
	if (!errorsOf(problems).length && port) {
		const citeproc = runCiteproc(content);
		const text = serializeHandbook({ handbook: handbookOf(content, problems, citeproc), citeproc });
		port.postMessage({ text, fingerprint: print } satisfies BuildReading);
		mark(readingSent);
		parentPort!.postMessage({ kind: 'written' } satisfies Message);
	} else mark(readingNotSent);
}
