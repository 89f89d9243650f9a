import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { startBuildWorker } from '../../src/build/worker.ts';
import { readHandbook } from '../../src/handbook/handbook.ts';
import { awaitBuildReading, offerBuildReading } from '../../src/handbook/build-handoff.ts';
import { deserializeHandbook, fingerprint, serializeHandbook } from '../../src/handbook/serialize.ts';
import { HandbookStore, storeFor } from '../../src/handbook/store.ts';
import { mutatedFixture, replaceOnce, validFixture } from '../helpers/fixtures.ts';

const badFixture = () =>
	mutatedFixture({
		'docs/leads/develop-coalitions/mobilize-knowledge.mdx': replaceOnce('[mobilize-knowledge]', '[mobilise-knowledge]'),
	});

// The build checks the content and runs citeproc in a worker thread (see scripts/build.ts), and
// Astro's store takes the worker's reading: what it holds must be what the store would make itself.
describe('the build worker', () => {
	test('checks valid content, runs citeproc and hands over the reading the store then takes', async () => {
		const worker = startBuildWorker(validFixture);
		expect(await worker.checked).toEqual([]);
		expect(await worker.written).toBe(true);
		const handed = worker.waitReading();
		expect(handed?.fingerprint).toBe(fingerprint(validFixture));
		const adopted = deserializeHandbook(handed!.text).handbook;
		const direct = readHandbook(validFixture);
		expect(adopted.problems).toEqual([]);
		expect(adopted.model.pages.map((p) => p.url)).toEqual(direct.model.pages.map((p) => p.url));
		expect([...adopted.bibliography.entries.keys()]).toEqual([...direct.bibliography.entries.keys()]);
		for (const key of direct.bibliography.order)
			expect(adopted.bibliography.entryHtml(key)).toBe(direct.bibliography.entryHtml(key));
		expect(adopted.pageTemplate).toEqual(direct.pageTemplate);
		expect(adopted.framework.capabilities.size).toBe(direct.framework.capabilities.size);
	}, 60_000);

	test("Astro's store waits for the reading while citeproc runs, blocking, and takes it instead of reading", () => {
		const root = mutatedFixture({});
		const worker = startBuildWorker(root);
		offerBuildReading(worker.waitReading);
		try {
			// Synchronous, as the store's first read of the handbook is: no event of the worker can arrive meanwhile.
			const store = new HandbookStore(root);
			const handbook = store.current();
			// The store keeps the worker's text as it came: nothing was read or serialized again.
			expect(store.text()).toBe(worker.waitReading()!.text);
			expect(handbook.model.pages.length).toBeGreaterThan(0);
		} finally {
			offerBuildReading(undefined);
		}
		expect(awaitBuildReading()).toBeUndefined();
	}, 60_000);

	test('a wait for the reading of bad content ends, with nothing handed over', () => {
		expect(startBuildWorker(badFixture()).waitReading()).toBeUndefined();
	}, 60_000);

	test('reports the problems of bad content, and then hands over nothing', async () => {
		const worker = startBuildWorker(badFixture());
		expect((await worker.checked)?.map((p) => p.rule)).toEqual(['unknown-capability']);
		expect(await worker.written).toBe(false);
		expect(worker.waitReading()).toBeUndefined();
	}, 60_000);

	test('a reading of content changed since is not taken: the store reads the content itself', async () => {
		const root = mutatedFixture({});
		const worker = startBuildWorker(root);
		expect(await worker.written).toBe(true);
		const page = path.join(root, 'docs/cases/example.mdx');
		fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('title: An example case', 'title: A changed case'));
		offerBuildReading(worker.waitReading);
		try {
			const store = new HandbookStore(root);
			expect(store.current().model.pages.find((p) => p.url === '/cases/example/')?.frontmatter?.title).toBe(
				'A changed case',
			);
			expect(store.text()).not.toBe(worker.waitReading()!.text);
		} finally {
			offerBuildReading(undefined);
		}
	}, 60_000);
});

describe('the store', () => {
	test('reads the content once, and again after it forgets it', () => {
		const root = mutatedFixture({});
		const store = new HandbookStore(root);
		const first = store.current();
		expect(store.current()).toBe(first);
		const page = path.join(root, 'docs/cases/example.mdx');
		fs.writeFileSync(
			page,
			fs.readFileSync(page, 'utf8').replace(/capabilities: \[[a-z-]+\]/, 'capabilities: [mobilize-knowledge]'),
		);
		store.forget();
		const second = store.current();
		expect(second).not.toBe(first);
		const tags = (h: typeof first) => h.model.pages.find((p) => p.url === '/cases/example/')?.frontmatter?.capabilities;
		expect(tags(second)).toEqual(['mobilize-knowledge']);
		expect(store.version).toBe(2);
	});

	test('one store per content set in the process, whichever module instance asks', () => {
		const root = mutatedFixture({});
		expect(storeFor(root)).toBe(storeFor(root));
		expect(storeFor(root)).not.toBe(storeFor(validFixture));
	});

	test('what the pages get from the content layer is the handbook the store read', () => {
		const store = new HandbookStore(mutatedFixture({}));
		const read = store.current();
		const text = store.text();
		expect(store.text()).toBe(text);
		const taken = deserializeHandbook(text).handbook;
		expect(taken.model.pages.map((p) => p.url)).toEqual(read.model.pages.map((p) => p.url));
		expect([...taken.glossary.keys()]).toEqual([...read.glossary.keys()]);
		expect(serializeHandbook(deserializeHandbook(text))).toBe(text);
	});

	test('the text the pages take leaves out what only the check and the search words read (issue #25)', () => {
		const store = new HandbookStore(mutatedFixture({}));
		const read = store.current();
		expect(read.model.pages.some((p) => p.blocks.length > 0)).toBe(true);
		const taken = deserializeHandbook(store.text()).handbook;
		expect(taken.model.pages.every((p) => p.blocks.length === 0 && p.text === '')).toBe(true);
		// What the pages show from the model is all there: each page's headings, links and citations.
		expect(taken.model.pages.map((p) => [p.headings, p.links, p.citations])).toEqual(
			read.model.pages.map((p) => [p.headings, p.links, p.citations]),
		);
		// The search's words were made from the text before it was left behind.
		expect(read.search.indexed.length).toBeGreaterThan(0);
		expect(taken.search).toEqual(read.search);
		expect(taken.problems).toEqual(read.problems);
	});
});
