// How Astro's store takes the build worker's reading of the content (see `src/build/worker.ts`). `npm run build`
// starts Astro as soon as the content check has passed, while the worker still runs citeproc: Astro loads its
// modules and configuration meanwhile, and the store, when it first needs the handbook, waits for the worker's
// result instead of doing the same work again. The two share this thread's global object, not a module: Astro
// loads the configuration (and the store) as a separate module instance from the one `scripts/build.ts` runs,
// and only a value on the global object is seen by both. This is the only such value the build shares.

/** What the worker hands over: the handbook as `serializeHandbook` writes it, and the content's fingerprint before reading. */
export interface BuildReading {
	text: string;
	fingerprint: string;
}

/**
 * Blocks this thread until the worker has finished (its reading) or ended without one (undefined),
 * or `timeoutMs` has passed (undefined).
 */
export type BuildWait = (timeoutMs?: number) => BuildReading | undefined;

const waitKey = Symbol.for('handbook.build-reading-wait');

/** Makes `wait` what the store calls before reading the content in this thread; undefined withdraws it. */
export function offerBuildReading(wait: BuildWait | undefined): void {
	(globalThis as Record<symbol, unknown>)[waitKey] = wait;
}

/** The build worker's reading when this process's build offered one (waiting for it); undefined at once otherwise. */
export function awaitBuildReading(): BuildReading | undefined {
	const wait = (globalThis as Record<symbol, unknown>)[waitKey] as BuildWait | undefined;
	return wait ? wait() : undefined;
}
