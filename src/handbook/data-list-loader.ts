import fs from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';

/** The items of a YAML list file, or none when the file is absent or holds no list. */
function itemsOf(file: string): Record<string, unknown>[] {
	if (!fs.existsSync(file)) return [];
	let value: unknown;
	try {
		value = parseYaml(fs.readFileSync(file, 'utf8'));
	} catch {
		return [];
	}
	return Array.isArray(value)
		? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
		: [];
}

/**
 * A content loader for a data file that is a YAML list and may be absent, such as `content/redirects.yaml` and
 * `content/search/vocabulary.yaml`: one entry per item, with the id `idOf` gives it, validated by the collection's
 * schema (Astro's `parseData`) and stored with its digest. In `npm run dev` the file is read again when it is saved,
 * added or removed, and the pages that list its entries follow.
 *
 * An item the schema refuses, or a file that cannot be read as a list, gives no entry, and this loader says nothing:
 * `npm run check` (and the build, which checks the content before Astro starts) reports each such problem at its
 * line and column, with how to fix it, and Astro's own message here would only repeat it without the position.
 */
export function dataListLoader(file: string, idOf: (item: Record<string, unknown>, index: number) => string): Loader {
	return {
		name: 'handbook-data-list',
		load: async ({ store, parseData, generateDigest, watcher }) => {
			const read = async () => {
				const entries = [];
				for (const [index, item] of itemsOf(file).entries()) {
					const id = idOf(item, index);
					try {
						entries.push({ id, data: await parseData({ id, data: item }), digest: generateDigest(item) });
					} catch {
						// Reported by the check, with its place in the file.
					}
				}
				store.clear();
				for (const entry of entries) store.set(entry);
			};
			await read();
			if (!watcher) return;
			watcher.add(file);
			watcher.on('all', (_event, changed) => {
				if (path.resolve(changed) === path.resolve(file)) void read();
			});
		},
	};
}
