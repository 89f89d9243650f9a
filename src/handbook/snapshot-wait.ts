// How Astro's store waits for the build worker's snapshot (see `src/build/worker.ts`). `npm run build` starts
// Astro as soon as the content check has passed, while the worker still runs citeproc: Astro loads its modules
// and configuration meanwhile, and the store, when it first needs the handbook, waits for the snapshot instead
// of doing the same work again. The two share this thread's global object, not a module: Astro loads the
// configuration (and the store) as a separate module instance.

/**
 * Blocks this thread until the worker has written its snapshot (true) or ended without writing it (false),
 * or `timeoutMs` has passed (false).
 */
export type SnapshotWait = (timeoutMs?: number) => boolean;

const waitKey = Symbol.for('handbook.build-snapshot-wait');

/** Makes `wait` what the store calls before reading the snapshot in this thread; undefined withdraws it. */
export function offerSnapshotWait(wait: SnapshotWait | undefined): void {
	(globalThis as Record<symbol, unknown>)[waitKey] = wait;
}

/** Waits for the build worker's snapshot when this process's build offered one; false at once otherwise. */
export function awaitBuildSnapshot(): boolean {
	const wait = (globalThis as Record<symbol, unknown>)[waitKey] as SnapshotWait | undefined;
	return wait ? wait() : false;
}
