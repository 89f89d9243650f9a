import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { bibliographyFileSchema } from '../schemas/reference.ts';
import { formatBibliography, referencesKey, rememberFormatted, type Formatted } from './bibliography.ts';
import { contentDir, readData } from './project.ts';

/**
 * Runs citeproc over a content set's bibliography in a worker thread, while the main thread
 * checks the content and starts Astro: setting up APA takes about a second, the same at any
 * size, and would otherwise hold up every build. Resolves once the result is kept for
 * `loadBibliography`; if the worker fails, the build simply runs citeproc itself.
 */
export function formatBibliographyAhead(root = contentDir()): Promise<void> {
	return new Promise((resolve) => {
		const worker = new Worker(new URL(import.meta.url), { workerData: { root } });
		worker.once('message', ({ key, formatted }: { key: string; formatted: Formatted }) => {
			rememberFormatted(key, formatted);
			resolve();
		});
		worker.once('error', () => resolve());
		worker.once('exit', () => resolve());
	});
}

if (!isMainThread && typeof workerData?.root === 'string') {
	const references = readData('bibliography', bibliographyFileSchema, workerData.root);
	parentPort!.postMessage({ key: referencesKey(references), formatted: formatBibliography(references) });
}
