import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { startBuildWorker } from '../../src/build/worker.ts';
import { readHandbook } from '../../src/handbook/handbook.ts';
import { adoptSnapshot, fingerprint, openHandbook } from '../../src/handbook/snapshot.ts';
import { HandbookStore } from '../../src/handbook/store.ts';
import { awaitBuildSnapshot, offerSnapshotWait } from '../../src/handbook/snapshot-wait.ts';
import { mutatedFixture, replaceOnce, validFixture } from '../helpers/fixtures.ts';

const snapshotIn = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-snapshot-')), 'snapshot.json');

/** What pages see of a handbook: everything but the positions inside files, which only the check needs. */
const visible = (root: string, file: string) => {
	const handbook = adoptSnapshot(file, fingerprint(root))?.handbook;
	return (
		handbook && {
			problems: handbook.problems,
			pages: handbook.model.pages.map((p) => p.url),
			ids: [...handbook.bibliography.entries.keys()],
		}
	);
};

// The build checks the content and runs citeproc in a worker thread (see scripts/build.ts), and
// Astro's store takes the worker's snapshot: what it holds must be what the store would make itself.
describe('the build worker', () => {
	test('checks valid content, runs citeproc and writes the snapshot the store then takes', async () => {
		const file = snapshotIn();
		const worker = startBuildWorker(validFixture, file);
		expect(await worker.checked).toEqual([]);
		expect(await worker.written).toBe(true);
		const direct = readHandbook(validFixture);
		expect(visible(validFixture, file)).toEqual({
			problems: [],
			pages: direct.model.pages.map((p) => p.url),
			ids: [...direct.bibliography.entries.keys()],
		});
		const adopted = adoptSnapshot(file, fingerprint(validFixture))!.handbook;
		for (const key of direct.bibliography.order)
			expect(adopted.bibliography.entryHtml(key)).toBe(direct.bibliography.entryHtml(key));
		expect(adopted.pageTemplate).toEqual(direct.pageTemplate);
		expect(adopted.framework.capabilities.size).toBe(direct.framework.capabilities.size);
	}, 60_000);

	test("Astro's store can wait for the snapshot while citeproc runs, blocking, and then finds it written", () => {
		const file = snapshotIn();
		const worker = startBuildWorker(validFixture, file);
		offerSnapshotWait(worker.waitWritten);
		try {
			// Synchronous, as the store's first read of the handbook is: no event of the worker can arrive meanwhile.
			expect(awaitBuildSnapshot()).toBe(true);
			expect(fs.existsSync(file)).toBe(true);
			expect(adoptSnapshot(file, fingerprint(validFixture))).toBeDefined();
		} finally {
			offerSnapshotWait(undefined);
		}
		expect(awaitBuildSnapshot()).toBe(false);
	}, 60_000);

	test('a wait for the snapshot of bad content ends, with nothing written', () => {
		const root = mutatedFixture({
			'docs/leads/develop-coalitions/mobilize-knowledge.mdx': replaceOnce(
				'[mobilize-knowledge]',
				'[mobilise-knowledge]',
			),
		});
		const file = snapshotIn();
		expect(startBuildWorker(root, file).waitWritten()).toBe(false);
		expect(fs.existsSync(file)).toBe(false);
	}, 60_000);

	test('reports the problems of bad content, and then writes no snapshot', async () => {
		const root = mutatedFixture({
			'docs/leads/develop-coalitions/mobilize-knowledge.mdx': replaceOnce(
				'[mobilize-knowledge]',
				'[mobilise-knowledge]',
			),
		});
		const file = snapshotIn();
		const worker = startBuildWorker(root, file);
		expect((await worker.checked)?.map((p) => p.rule)).toEqual(['unknown-capability']);
		expect(await worker.written).toBe(false);
		expect(fs.existsSync(file)).toBe(false);
	}, 60_000);

	test('a snapshot of content changed since is not taken', async () => {
		const root = mutatedFixture({});
		const file = snapshotIn();
		const worker = startBuildWorker(root, file);
		expect(await worker.written).toBe(true);
		const page = path.join(root, 'docs/cases/example.mdx');
		fs.writeFileSync(page, `${fs.readFileSync(page, 'utf8')}\nOne more line.\n`);
		expect(adoptSnapshot(file, fingerprint(root))).toBeUndefined();
	}, 60_000);
});

describe('the store', () => {
	test('reads the content once, writes the snapshot pages read, and reads again after a change', () => {
		const root = mutatedFixture({});
		const file = snapshotIn();
		const store = new HandbookStore(root, file);
		const first = store.current();
		expect(store.current()).toBe(first);
		expect(fs.existsSync(file)).toBe(true);
		const page = path.join(root, 'docs/cases/example.mdx');
		fs.writeFileSync(
			page,
			fs.readFileSync(page, 'utf8').replace(/capabilities: \[[a-z-]+\]/, 'capabilities: [mobilize-knowledge]'),
		);
		const second = store.refresh();
		expect(second).not.toBe(first);
		const tags = (h: typeof first) => h.model.pages.find((p) => p.url === '/cases/example/')?.frontmatter?.capabilities;
		expect(tags(second)).toEqual(['mobilize-knowledge']);
		expect(store.version).toBe(2);
	});

	test('pages read the latest snapshot of their content set, and the same object until it changes', () => {
		const root = mutatedFixture({});
		const opened = openHandbook(root);
		expect(openHandbook(root)).toBe(opened);
		expect(opened.model.pages.length).toBeGreaterThan(0);
	});
});
