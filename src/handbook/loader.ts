import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { formatReport } from '../check/report.ts';
import { errorsOf } from '../validation/validate.ts';
import { storeFor } from './store.ts';

/** The one entry of the `handbook` collection. */
export const handbookEntryId = 'handbook';

/** What the entry holds: the handbook as `serializeHandbook` writes it, and its digest. */
export interface HandbookEntryData extends Record<string, unknown> {
	digest: string;
	text: string;
}

/**
 * The handbook's content loader: puts the checked handbook of a content set (the content model, the check's
 * problems, citeproc's results) into Astro's content layer, where the pages read it (`content-layer.ts`).
 * The reading is the process's store's (`store.ts`), shared with the configuration's integrations and
 * Markdown plugins, and in `npm run build` taken from the build's worker.
 *
 * In `npm run dev`, any file saved, added or removed under the content folder (a page, a data file) makes
 * the store forget its reading at once (the Markdown plugins read it again when Vite compiles a page next)
 * and puts the new reading into the content layer, which reloads the pages: the sidebar, Previous/Next,
 * backlinks and previews follow without a restart. A check error is logged, and shown on the pages
 * (`src/route-data.ts`).
 */
export function handbookLoader(root: string): Loader {
	return {
		name: 'handbook',
		load: async ({ store, watcher, logger, generateDigest }) => {
			const handbook = storeFor(root);
			let reported = '';
			const publish = () => {
				const text = handbook.text();
				const digest = generateDigest(text);
				// Unchanged content (a file saved as it was) leaves the entry, and the pages, as they are.
				store.set({ id: handbookEntryId, data: { digest, text } satisfies HandbookEntryData, digest });
				const errors = errorsOf(handbook.current().problems);
				const report = errors.length ? formatReport(errors) : '';
				if (report && report !== reported) logger.error(`\n${report}`);
				reported = report;
			};
			publish();
			if (!watcher) return;
			watcher.add(root);
			const inside = (file: string) => path.resolve(file).startsWith(root + path.sep);
			let queued = false;
			watcher.on('all', (_event, file) => {
				if (!inside(file)) return;
				// At once, in the watcher's event: Vite invalidates the pages compiled with the old data after
				// this (see the handbook integration), so they are compiled again with the new.
				handbook.forget();
				// The new reading is made once for the changes of one turn of the event loop (a burst of saves).
				if (queued) return;
				queued = true;
				setImmediate(() => {
					queued = false;
					publish();
				});
			});
		},
	};
}
