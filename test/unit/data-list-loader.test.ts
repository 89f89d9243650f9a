// The content loader of the data files that are YAML lists (content/redirects.yaml, content/search/vocabulary.yaml):
// what it puts into Astro's content layer from a file as an editor writes it, and what it does with a file that is
// absent, broken or changed while `npm run dev` runs. The context is Astro's loader contract, with the
// collection's real schema for `parseData`.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, test } from 'vitest';
import { dataListLoader } from '../../src/handbook/data-list-loader.ts';
import { redirectSchema } from '../../src/schemas/redirects.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

/** A redirects file with `text` in a new folder. */
function redirectsFile(text?: string): string {
	const folder = temporaryFolder('data-list-');
	const file = path.join(folder, 'redirects.yaml');
	if (text !== undefined) fs.writeFileSync(file, text);
	return file;
}

/** Runs the loader as Astro does, with a store that records its entries; `dev` gives it a watcher. */
async function load(file: string, dev = false) {
	const entries = new Map<string, { data: unknown; digest?: string | number }>();
	const watcher = Object.assign(new EventEmitter(), {
		watched: [] as string[],
		add: (f: string) => watcher.watched.push(f),
	});
	const context = {
		store: {
			set: (entry: { id: string; data: unknown; digest?: string | number }) => entries.set(entry.id, entry),
			clear: () => entries.clear(),
		},
		parseData: async ({ data }: { data: unknown }) => redirectSchema.parse(data),
		generateDigest: (data: unknown) => JSON.stringify(data),
		watcher: dev ? watcher : undefined,
	} as unknown as LoaderContext;
	await dataListLoader(file, (item) => String(item.from)).load(context);
	return { entries, watcher };
}

const twoRedirects = [
	'- from: /practices/shared-purpose/',
	'  to: /practices/shared-purpose-and-identity/',
	'- from: /practices/shared-decision-making/',
	'  to: /practices/shared-decision-processes/',
	'',
].join('\n');

describe('a data list in the content layer', () => {
	test('each item of the file is an entry, by the id the collection gives it, with its digest', async () => {
		const { entries } = await load(redirectsFile(twoRedirects));
		expect([...entries.keys()]).toEqual(['/practices/shared-purpose/', '/practices/shared-decision-making/']);
		expect(entries.get('/practices/shared-purpose/')).toEqual({
			id: '/practices/shared-purpose/',
			data: { from: '/practices/shared-purpose/', to: '/practices/shared-purpose-and-identity/' },
			digest: JSON.stringify({ from: '/practices/shared-purpose/', to: '/practices/shared-purpose-and-identity/' }),
		});
	});

	test('a content set without the file has no entries, and nothing fails', async () => {
		const { entries } = await load(redirectsFile());
		expect(entries.size).toBe(0);
	});

	test('an item the schema refuses is left out; the others stay (the check reports it, at its line)', async () => {
		const { entries } = await load(
			redirectsFile(`${twoRedirects}- from: practices/no-slash\n  to: /practices/shared-decision-processes/\n`),
		);
		expect([...entries.keys()]).toEqual(['/practices/shared-purpose/', '/practices/shared-decision-making/']);
	});

	test('a file that is not valid YAML, or not a list, gives no entries instead of stopping the build', async () => {
		expect((await load(redirectsFile('- from: [unclosed\n'))).entries.size).toBe(0);
		expect((await load(redirectsFile('from: /a/\nto: /b/\n'))).entries.size).toBe(0);
		expect((await load(redirectsFile('- just a string\n'))).entries.size).toBe(0);
	});

	test('in `npm run dev`, saving the file replaces the entries with its new items; deleting it empties them', async () => {
		const file = redirectsFile(twoRedirects);
		const { entries, watcher } = await load(file, true);
		expect(watcher.watched).toEqual([file]);
		fs.writeFileSync(file, '- from: /practices/old-name/\n  to: /practices/shared-decision-processes/\n');
		// Another file's change is not this collection's.
		watcher.emit('all', 'change', path.join(path.dirname(file), 'other.yaml'));
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(entries.size).toBe(2);
		watcher.emit('all', 'change', file);
		await expect.poll(() => [...entries.keys()]).toEqual(['/practices/old-name/']);
		fs.rmSync(file);
		watcher.emit('all', 'unlink', file);
		await expect.poll(() => entries.size).toBe(0);
	});
});
