import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Problem } from '../check/engine.ts';
import { handbookOf, runCiteproc } from '../handbook/handbook.ts';
import { contentDir } from '../model/project.ts';
import { fingerprint, snapshotFile, writeSnapshot } from '../handbook/snapshot.ts';
import { errorsOf, validateContent } from '../validation/validate.ts';

type Message = { kind: 'checked'; problems: Problem[] } | { kind: 'written' };

/**
 * The build's slow, fixed-cost work, in a worker thread while the main thread loads Astro: the
 * content check, then citeproc (its APA set-up takes about a second at any size). When the content
 * has no errors, the worker writes the handbook's snapshot for this process, which the store in
 * `astro.config.ts` then takes instead of doing the same work again (see `adoptSnapshot`).
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
} {
	const worker = new Worker(new URL(import.meta.url), { workerData: { root, file } });
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
	return { checked, written };
}

if (!isMainThread && typeof workerData?.root === 'string') {
	const { root, file } = workerData as { root: string; file: string };
	// Taken before reading: a file saved during the check makes the snapshot stale, never wrongly fresh.
	const print = fingerprint(root);
	const { content, problems } = validateContent(root);
	parentPort!.postMessage({ kind: 'checked', problems } satisfies Message);
	if (!errorsOf(problems).length) {
		const citeproc = runCiteproc(content);
		writeSnapshot(file, handbookOf(content, problems, citeproc), citeproc, print);
		parentPort!.postMessage({ kind: 'written' } satisfies Message);
	}
}
