import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { MemoryStorage } from '../helpers/memory-storage.ts';
import {
	addToList,
	addressOf,
	keepPrevious,
	listFromAddress,
	loadList,
	loadTitle,
	mergeLists,
	previousList,
	sameItems,
	saveList,
	saveSeparately,
	savedLists,
	titleFromAddress,
	type ReadingListItem,
} from '../../src/scripts/reading-list-store.ts';

// The keys the reading list uses in the browser's storage, written out as a reader's browser holds them.
const listKey = 'coalitions-handbook:reading-list:v1';
const titleKey = 'coalitions-handbook:reading-list-title:v1';
const previousKey = 'coalitions-handbook:reading-list-previous:v1';
const savedKey = 'coalitions-handbook:reading-lists-saved:v1';
const now = '2025-03-04T05:06:07.089Z';

let storage: MemoryStorage;

/** Stores a value as an earlier visit (or an older version of the site) would have left it. */
const put = (key: string, value: unknown) => storage.values.set(key, JSON.stringify(value));

/** `page-1` … `page-<count>`, each with an empty note. */
const pages = (count: number, from = 1): ReadingListItem[] =>
	Array.from({ length: count }, (_, i) => ({ id: `page-${from + i}`, note: '' }));

beforeEach(() => {
	storage = new MemoryStorage();
	vi.stubGlobal('window', { localStorage: storage });
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(new Date(now));
});

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('the reading list kept in this browser', () => {
	test('a browser with no list yet starts with an empty one, and nothing is written', () => {
		expect(loadList()).toEqual([]);
		expect(storage.contents()).toEqual({});
	});

	test('a stored list comes back in its order, with its notes', () => {
		put(listKey, [
			{ id: 'trust', note: 'Read first' },
			{ id: 'managing-conflict', note: '' },
			{ id: 'week-2-review', note: 'Before the session' },
		]);
		expect(loadList()).toEqual([
			{ id: 'trust', note: 'Read first' },
			{ id: 'managing-conflict', note: '' },
			{ id: 'week-2-review', note: 'Before the session' },
		]);
		expect(storage.contents()).toEqual({
			[listKey]:
				'[{"id":"trust","note":"Read first"},{"id":"managing-conflict","note":""},{"id":"week-2-review","note":"Before the session"}]',
		});
	});

	test('a stored value this page cannot read is moved, exactly as stored, to a backup key', () => {
		storage.values.set(listKey, '{"id": "trust", "note": ""}');
		expect(loadList()).toEqual([]);
		expect(storage.contents()).toEqual({
			'coalitions-handbook:reading-list:v1:backup-2025-03-04T05:06:07.089Z': '{"id": "trust", "note": ""}',
		});
	});

	test('opening the list again and again keeps one backup of an unreadable value, not one per visit', () => {
		storage.values.set(listKey, '{"id": "trust", "note": ""}');
		for (let visit = 0; visit < 5; visit++) expect(loadList()).toEqual([]);
		expect(storage.contents()).toEqual({
			'coalitions-handbook:reading-list:v1:backup-2025-03-04T05:06:07.089Z': '{"id": "trust", "note": ""}',
		});
	});

	test('a second unreadable value set aside in the same millisecond does not replace the first backup', () => {
		storage.values.set(listKey, 'first');
		expect(loadList()).toEqual([]);
		storage.values.set(listKey, 'second');
		expect(loadList()).toEqual([]);
		storage.values.set(listKey, 'third');
		expect(loadList()).toEqual([]);
		expect(storage.contents()).toEqual({
			'coalitions-handbook:reading-list:v1:backup-2025-03-04T05:06:07.089Z': 'first',
			'coalitions-handbook:reading-list:v1:backup-2025-03-04T05:06:07.089Z-2': 'second',
			'coalitions-handbook:reading-list:v1:backup-2025-03-04T05:06:07.089Z-3': 'third',
		});
	});

	test('a stored number or text that is not a list is kept under a backup key too', () => {
		storage.values.set(listKey, '42');
		expect(loadList()).toEqual([]);
		expect(storage.contents()).toEqual({
			'coalitions-handbook:reading-list:v1:backup-2025-03-04T05:06:07.089Z': '42',
		});
	});

	test('stored text that is not JSON at all is kept as it was under a backup key', () => {
		storage.values.set(listKey, 'trust, managing-conflict');
		expect(loadList()).toEqual([]);
		expect(storage.contents()).toEqual({
			'coalitions-handbook:reading-list:v1:backup-2025-03-04T05:06:07.089Z': 'trust, managing-conflict',
		});
	});

	test('an unreadable stored value stays where it is when a full storage refuses the backup', () => {
		storage.values.set(listKey, 'trust, managing-conflict');
		storage.full = true;
		expect(loadList()).toEqual([]);
		expect(storage.contents()).toEqual({ 'coalitions-handbook:reading-list:v1': 'trust, managing-conflict' });

		storage.values.set(listKey, '{"id":"trust"}');
		expect(loadList()).toEqual([]);
		expect(storage.contents()).toEqual({ 'coalitions-handbook:reading-list:v1': '{"id":"trust"}' });
	});

	test('stored pages without a proper short id or without a note are left out', () => {
		put(listKey, [
			{ id: 'trust', note: 'Read first' },
			{ id: 'Trust', note: '' },
			{ id: 'a--b', note: '' },
			{ id: '-a', note: '' },
			{ id: 'a-', note: '' },
			{ id: 'managing conflict', note: '' },
			{ id: '', note: '' },
			{ id: 123, note: '' },
			{ id: 'power' },
			{ id: 'power', note: 5 },
			{ note: 'No id' },
			null,
			'trust',
			{ id: 'week-2-review', note: '' },
		]);
		expect(loadList()).toEqual([
			{ id: 'trust', note: 'Read first' },
			{ id: 'week-2-review', note: '' },
		]);
	});

	test('a stored list longer than 100 pages is cut to its first 100', () => {
		put(listKey, pages(101));
		const list = loadList();
		expect(list).toHaveLength(100);
		expect(list[0]).toEqual({ id: 'page-1', note: '' });
		expect(list[99]).toEqual({ id: 'page-100', note: '' });
		expect(list).toEqual(pages(100));
	});
});

describe("the reading list's title kept in this browser", () => {
	test('no stored title gives an empty title', () => {
		expect(loadTitle()).toBe('');
		expect(storage.contents()).toEqual({});
	});

	test('a stored title comes back as it was', () => {
		put(titleKey, 'Week 1: trust');
		expect(loadTitle()).toBe('Week 1: trust');
	});

	test('a stored title longer than 200 characters is cut to its first 200', () => {
		put(titleKey, 'a'.repeat(200) + 'b'.repeat(50));
		expect(loadTitle()).toBe('a'.repeat(200));
	});

	test('a stored title that is not text gives an empty title', () => {
		put(titleKey, 42);
		expect(loadTitle()).toBe('');
		put(titleKey, ['Week 1']);
		expect(loadTitle()).toBe('');
		put(titleKey, null);
		expect(loadTitle()).toBe('');
	});

	test('a stored title that is not JSON is moved to a backup key', () => {
		storage.values.set(titleKey, 'Week 1');
		expect(loadTitle()).toBe('');
		expect(storage.contents()).toEqual({
			'coalitions-handbook:reading-list-title:v1:backup-2025-03-04T05:06:07.089Z': 'Week 1',
		});
	});
});

describe('saving the reading list', () => {
	test('saving without a title keeps the list and leaves the stored title alone', () => {
		put(titleKey, 'Week 1');
		expect(saveList([{ id: 'trust', note: 'Read first' }])).toBe(true);
		expect(storage.contents()).toEqual({
			'coalitions-handbook:reading-list:v1': '[{"id":"trust","note":"Read first"}]',
			'coalitions-handbook:reading-list-title:v1': '"Week 1"',
		});
	});

	test('saving with a title keeps both', () => {
		expect(
			saveList(
				[
					{ id: 'trust', note: '' },
					{ id: 'managing-conflict', note: 'Case study' },
				],
				'Week 1',
			),
		).toBe(true);
		expect(storage.contents()).toEqual({
			'coalitions-handbook:reading-list:v1':
				'[{"id":"trust","note":""},{"id":"managing-conflict","note":"Case study"}]',
			'coalitions-handbook:reading-list-title:v1': '"Week 1"',
		});
		expect(loadList()).toEqual([
			{ id: 'trust', note: '' },
			{ id: 'managing-conflict', note: 'Case study' },
		]);
		expect(loadTitle()).toBe('Week 1');
	});

	test('saving with an empty title clears the stored title', () => {
		put(titleKey, 'Week 1');
		expect(saveList([], '')).toBe(true);
		expect(storage.contents()).toEqual({
			'coalitions-handbook:reading-list:v1': '[]',
			'coalitions-handbook:reading-list-title:v1': '""',
		});
	});

	test('a title longer than 200 characters is saved cut to its first 200', () => {
		expect(saveList([], 'a'.repeat(200) + 'b'.repeat(50))).toBe(true);
		expect(storage.values.get(titleKey)).toBe(`"${'a'.repeat(200)}"`);
	});

	test('a list longer than 100 pages is saved cut to its first 100', () => {
		expect(saveList(pages(101))).toBe(true);
		expect(JSON.parse(storage.values.get(listKey)!)).toEqual(pages(100));
	});

	test('saving fails, and says so, when the storage is full', () => {
		storage.full = true;
		expect(saveList([{ id: 'trust', note: '' }])).toBe(false);
		expect(saveList([{ id: 'trust', note: '' }], 'Week 1')).toBe(false);
		expect(storage.contents()).toEqual({});
	});

	test('saving fails when the list is refused, even if the title was kept', () => {
		storage.refusing.add(listKey);
		expect(saveList([{ id: 'trust', note: '' }], 'Week 1')).toBe(false);
		expect(storage.contents()).toEqual({ 'coalitions-handbook:reading-list-title:v1': '"Week 1"' });
	});

	test('saving fails when the title is refused, even if the list was kept', () => {
		storage.refusing.add(titleKey);
		expect(saveList([{ id: 'trust', note: '' }], 'Week 1')).toBe(false);
		expect(storage.contents()).toEqual({ 'coalitions-handbook:reading-list:v1': '[{"id":"trust","note":""}]' });
	});
});

describe('keeping the previous list for "Undo"', () => {
	test('a list kept aside comes back as it was', () => {
		expect(
			keepPrevious({
				title: 'Week 1',
				items: [
					{ id: 'trust', note: 'Read first' },
					{ id: 'managing-conflict', note: '' },
				],
			}),
		).toBe(true);
		expect(storage.contents()).toEqual({
			'coalitions-handbook:reading-list-previous:v1':
				'{"title":"Week 1","items":[{"id":"trust","note":"Read first"},{"id":"managing-conflict","note":""}]}',
		});
		expect(previousList()).toEqual({
			title: 'Week 1',
			items: [
				{ id: 'trust', note: 'Read first' },
				{ id: 'managing-conflict', note: '' },
			],
		});
	});

	test('keeping the previous list fails, and says so, when the storage is full', () => {
		storage.full = true;
		expect(keepPrevious({ title: 'Week 1', items: [{ id: 'trust', note: '' }] })).toBe(false);
		expect(storage.contents()).toEqual({});
	});

	test('with nothing kept there is nothing to undo', () => {
		expect(previousList()).toBeUndefined();
		expect(storage.contents()).toEqual({});
	});

	test('a kept value without a list of pages is nothing to undo', () => {
		put(previousKey, null);
		expect(previousList()).toBeUndefined();
		put(previousKey, { title: 'Week 1' });
		expect(previousList()).toBeUndefined();
		put(previousKey, { title: 'Week 1', items: 'trust' });
		expect(previousList()).toBeUndefined();
		put(previousKey, { title: 'Week 1', items: { id: 'trust', note: '' } });
		expect(previousList()).toBeUndefined();
		put(previousKey, [{ id: 'trust', note: '' }]);
		expect(previousList()).toBeUndefined();
		put(previousKey, 'Week 1');
		expect(previousList()).toBeUndefined();
	});

	test('a kept list whose title is not text comes back with an empty title', () => {
		put(previousKey, { title: 7, items: [{ id: 'trust', note: '' }] });
		expect(previousList()).toEqual({ title: '', items: [{ id: 'trust', note: '' }] });
		put(previousKey, { items: [{ id: 'trust', note: '' }] });
		expect(previousList()).toEqual({ title: '', items: [{ id: 'trust', note: '' }] });
	});

	test('pages of a kept list without a proper short id or note are left out', () => {
		put(previousKey, {
			title: 'Week 1',
			items: [
				{ id: 'Trust', note: '' },
				{ id: 'trust', note: 'Read first' },
				{ id: 'a--b', note: '' },
				{ id: 7, note: '' },
				{ id: 'power' },
				null,
				{ id: 'managing-conflict', note: '' },
			],
		});
		expect(previousList()).toEqual({
			title: 'Week 1',
			items: [
				{ id: 'trust', note: 'Read first' },
				{ id: 'managing-conflict', note: '' },
			],
		});
	});

	test('a kept value that is not JSON, or not a list, is moved to a backup key', () => {
		storage.values.set(previousKey, '["trust"]');
		expect(previousList()).toBeUndefined();
		expect(storage.contents()).toEqual({
			'coalitions-handbook:reading-list-previous:v1:backup-2025-03-04T05:06:07.089Z': '["trust"]',
		});
		storage.clear();
		storage.values.set(previousKey, 'Week 1');
		expect(previousList()).toBeUndefined();
		expect(storage.contents()).toEqual({
			'coalitions-handbook:reading-list-previous:v1:backup-2025-03-04T05:06:07.089Z': 'Week 1',
		});
	});
});

describe('lists saved beside the reader\'s own ("Save as a separate list")', () => {
	test('with nothing saved there are no other lists', () => {
		expect(savedLists()).toEqual([]);
		expect(storage.contents()).toEqual({});
	});

	test('a stored value that is not a list gives no other lists', () => {
		put(savedKey, { title: 'Week 1', address: '?p=trust', saved: now });
		expect(savedLists()).toEqual([]);
		put(savedKey, '?p=trust');
		expect(savedLists()).toEqual([]);
	});

	test('saved lists without a title or without a `?p=` address are left out', () => {
		put(savedKey, [
			{ title: 'Week 1', address: '?p=trust', saved: '2025-01-01T00:00:00.000Z' },
			null,
			{ title: 5, address: '?p=trust', saved: now },
			{ address: '?p=trust', saved: now },
			{ title: 'No address', saved: now },
			{ title: 'Address not text', address: 5, saved: now },
			{ title: 'No p', address: 'p=trust', saved: now },
			{ title: 'Title only', address: '?t=Week+1', saved: now },
			{ title: 'Whole address', address: 'https://example.org/reading-list/?p=trust', saved: now },
			{ title: 'Empty', address: '', saved: now },
			{ title: '', address: '?p=managing-conflict,trust', saved: '2025-02-01T00:00:00.000Z' },
		]);
		expect(savedLists()).toEqual([
			{ title: 'Week 1', address: '?p=trust', saved: '2025-01-01T00:00:00.000Z' },
			{ title: '', address: '?p=managing-conflict,trust', saved: '2025-02-01T00:00:00.000Z' },
		]);
	});

	test('a list saved separately is listed with its title, its address and when it was saved', () => {
		put(listKey, [{ id: 'power', note: '' }]);
		expect(
			saveSeparately({
				title: 'Week 1',
				items: [
					{ id: 'trust', note: 'Read first' },
					{ id: 'managing-conflict', note: '' },
				],
			}),
		).toBe(true);
		expect(savedLists()).toEqual([
			{
				title: 'Week 1',
				address: '?p=trust,managing-conflict&t=Week+1&n.trust=Read+first',
				saved: '2025-03-04T05:06:07.089Z',
			},
		]);
		expect(storage.contents()).toEqual({
			'coalitions-handbook:reading-list:v1': '[{"id":"power","note":""}]',
			'coalitions-handbook:reading-lists-saved:v1':
				'[{"title":"Week 1","address":"?p=trust,managing-conflict&t=Week+1&n.trust=Read+first","saved":"2025-03-04T05:06:07.089Z"}]',
		});
	});

	test('saving the same list twice keeps one entry, with the later time', () => {
		const list = { title: 'Week 1', items: [{ id: 'trust', note: '' }] };
		expect(saveSeparately(list)).toBe(true);
		vi.setSystemTime(new Date('2025-03-05T10:00:00.000Z'));
		expect(saveSeparately(list)).toBe(true);
		expect(savedLists()).toEqual([
			{ title: 'Week 1', address: '?p=trust&t=Week+1', saved: '2025-03-05T10:00:00.000Z' },
		]);
	});

	test('different lists are kept side by side, the one saved last at the end', () => {
		expect(saveSeparately({ title: 'Week 1', items: [{ id: 'trust', note: '' }] })).toBe(true);
		vi.setSystemTime(new Date('2025-03-05T10:00:00.000Z'));
		expect(saveSeparately({ title: 'Week 2', items: [{ id: 'power', note: '' }] })).toBe(true);
		vi.setSystemTime(new Date('2025-03-06T10:00:00.000Z'));
		expect(saveSeparately({ title: 'Week 1', items: [{ id: 'trust', note: '' }] })).toBe(true);
		expect(savedLists()).toEqual([
			{ title: 'Week 2', address: '?p=power&t=Week+2', saved: '2025-03-05T10:00:00.000Z' },
			{ title: 'Week 1', address: '?p=trust&t=Week+1', saved: '2025-03-06T10:00:00.000Z' },
		]);
	});

	test('a list without a title is saved with an empty title and an address without one', () => {
		expect(saveSeparately({ title: '', items: [{ id: 'trust', note: '' }] })).toBe(true);
		expect(savedLists()).toEqual([{ title: '', address: '?p=trust', saved: '2025-03-04T05:06:07.089Z' }]);
	});

	test('saved entries this page cannot read are dropped when another list is saved', () => {
		put(savedKey, [
			{ title: 'Week 2', address: '?p=power', saved: '2025-01-01T00:00:00.000Z' },
			{ title: 'Broken', address: 'power', saved: '2025-01-01T00:00:00.000Z' },
		]);
		expect(saveSeparately({ title: 'Week 1', items: [{ id: 'trust', note: '' }] })).toBe(true);
		expect(JSON.parse(storage.values.get(savedKey)!)).toEqual([
			{ title: 'Week 2', address: '?p=power', saved: '2025-01-01T00:00:00.000Z' },
			{ title: 'Week 1', address: '?p=trust&t=Week+1', saved: '2025-03-04T05:06:07.089Z' },
		]);
	});

	test('saving separately fails, and says so, when the storage is full, and the saved lists stay as they were', () => {
		put(savedKey, [{ title: 'Week 2', address: '?p=power', saved: '2025-01-01T00:00:00.000Z' }]);
		storage.full = true;
		expect(saveSeparately({ title: 'Week 1', items: [{ id: 'trust', note: '' }] })).toBe(false);
		expect(savedLists()).toEqual([{ title: 'Week 2', address: '?p=power', saved: '2025-01-01T00:00:00.000Z' }]);
	});
});

describe('adding a page to the reading list', () => {
	test('a page is added at the end of the list, with an empty note', () => {
		put(listKey, [
			{ id: 'trust', note: 'Read first' },
			{ id: 'power', note: '' },
		]);
		expect(addToList('managing-conflict')).toBe('added');
		expect(storage.contents()).toEqual({
			'coalitions-handbook:reading-list:v1':
				'[{"id":"trust","note":"Read first"},{"id":"power","note":""},{"id":"managing-conflict","note":""}]',
		});
	});

	test('the first page added starts the list', () => {
		expect(addToList('trust')).toBe('added');
		expect(storage.contents()).toEqual({ 'coalitions-handbook:reading-list:v1': '[{"id":"trust","note":""}]' });
	});

	test('a page already on the list is not added twice, and its note is kept', () => {
		put(listKey, [
			{ id: 'trust', note: 'Read first' },
			{ id: 'power', note: '' },
		]);
		expect(addToList('trust')).toBe('already');
		expect(addToList('power')).toBe('already');
		expect(loadList()).toEqual([
			{ id: 'trust', note: 'Read first' },
			{ id: 'power', note: '' },
		]);
	});

	test('adding the same page twice in a row keeps one entry', () => {
		expect(addToList('trust')).toBe('added');
		expect(addToList('trust')).toBe('already');
		expect(loadList()).toEqual([{ id: 'trust', note: '' }]);
	});

	test('a list of 100 pages, the most it holds, says it is full and is left as it was', () => {
		put(listKey, pages(100));
		const before = storage.contents();
		expect(addToList('trust')).toBe('full');
		expect(storage.contents()).toEqual(before);
		expect(loadList()).toHaveLength(100);
		// A page already there is still "already on the list", not "full".
		expect(addToList('page-100')).toBe('already');
		// With one page fewer, the page is added as the hundredth.
		put(listKey, pages(99));
		expect(addToList('trust')).toBe('added');
		expect(loadList().at(-1)).toEqual({ id: 'trust', note: '' });
	});

	test('a browser that refuses to keep the list says so, and the list stays as it was', () => {
		put(listKey, [{ id: 'power', note: 'Read first' }]);
		storage.full = true;
		expect(addToList('trust')).toBe('refused');
		expect(storage.contents()).toEqual({ [listKey]: '[{"id":"power","note":"Read first"}]' });
		vi.stubGlobal('window', {
			get localStorage(): Storage {
				throw new DOMException('denied', 'SecurityError');
			},
		});
		expect(addToList('trust')).toBe('refused');
	});
});

describe("merging a shared list into the reader's own", () => {
	test("the shared list's new pages are added at the end, in its order", () => {
		expect(
			mergeLists(
				[
					{ id: 'trust', note: 'Mine' },
					{ id: 'power', note: '' },
				],
				[
					{ id: 'managing-conflict', note: 'Case study' },
					{ id: 'trust', note: 'Theirs' },
					{ id: 'week-2-review', note: '' },
				],
			),
		).toEqual([
			{ id: 'trust', note: 'Mine' },
			{ id: 'power', note: '' },
			{ id: 'managing-conflict', note: 'Case study' },
			{ id: 'week-2-review', note: '' },
		]);
	});

	test("a shared note fills an empty note of the reader's own", () => {
		expect(mergeLists([{ id: 'power', note: '' }], [{ id: 'power', note: 'From the trainer' }])).toEqual([
			{ id: 'power', note: 'From the trainer' },
		]);
	});

	test("a shared note never replaces a note of the reader's own", () => {
		expect(mergeLists([{ id: 'trust', note: 'Mine' }], [{ id: 'trust', note: 'Theirs' }])).toEqual([
			{ id: 'trust', note: 'Mine' },
		]);
		expect(mergeLists([{ id: 'trust', note: 'Mine' }], [{ id: 'trust', note: '' }])).toEqual([
			{ id: 'trust', note: 'Mine' },
		]);
	});

	test('merging with an empty list changes nothing', () => {
		expect(mergeLists([{ id: 'trust', note: 'Mine' }], [])).toEqual([{ id: 'trust', note: 'Mine' }]);
		expect(mergeLists([], [{ id: 'trust', note: 'Theirs' }])).toEqual([{ id: 'trust', note: 'Theirs' }]);
	});

	test("a merged list is cut to 100 pages, the reader's own first", () => {
		const merged = mergeLists(pages(60), pages(60, 61));
		expect(merged).toHaveLength(100);
		expect(merged[59]).toEqual({ id: 'page-60', note: '' });
		expect(merged[60]).toEqual({ id: 'page-61', note: '' });
		expect(merged[99]).toEqual({ id: 'page-100', note: '' });
		expect(merged).toEqual(pages(100));
	});

	test('the two lists merged are left as they were', () => {
		const own = [
			{ id: 'trust', note: '' },
			{ id: 'power', note: 'Mine' },
		];
		const shared = [
			{ id: 'trust', note: 'Theirs' },
			{ id: 'managing-conflict', note: 'Case study' },
		];
		const merged = mergeLists(own, shared);
		merged[0]!.note = 'Changed';
		merged[2]!.note = 'Changed';
		expect(own).toEqual([
			{ id: 'trust', note: '' },
			{ id: 'power', note: 'Mine' },
		]);
		expect(shared).toEqual([
			{ id: 'trust', note: 'Theirs' },
			{ id: 'managing-conflict', note: 'Case study' },
		]);
	});
});

describe('whether two lists are the same', () => {
	test('the same pages in the same order with the same notes are the same list', () => {
		expect(
			sameItems(
				[
					{ id: 'trust', note: 'Read first' },
					{ id: 'power', note: '' },
				],
				[
					{ id: 'trust', note: 'Read first' },
					{ id: 'power', note: '' },
				],
			),
		).toBe(true);
		expect(sameItems([], [])).toBe(true);
	});

	test('a list with a page more or less is a different list', () => {
		expect(
			sameItems(
				[{ id: 'trust', note: '' }],
				[
					{ id: 'trust', note: '' },
					{ id: 'power', note: '' },
				],
			),
		).toBe(false);
		expect(
			sameItems(
				[
					{ id: 'trust', note: '' },
					{ id: 'power', note: '' },
				],
				[{ id: 'trust', note: '' }],
			),
		).toBe(false);
		expect(sameItems([], [{ id: 'trust', note: '' }])).toBe(false);
	});

	test('a different page is a different list', () => {
		expect(sameItems([{ id: 'trust', note: 'Read first' }], [{ id: 'power', note: 'Read first' }])).toBe(false);
	});

	test('a different note is a different list', () => {
		expect(sameItems([{ id: 'trust', note: 'Read first' }], [{ id: 'trust', note: 'Read last' }])).toBe(false);
		expect(sameItems([{ id: 'trust', note: '' }], [{ id: 'trust', note: 'Read first' }])).toBe(false);
	});

	test('the same pages in another order are a different list', () => {
		expect(
			sameItems(
				[
					{ id: 'trust', note: '' },
					{ id: 'power', note: '' },
				],
				[
					{ id: 'power', note: '' },
					{ id: 'trust', note: '' },
				],
			),
		).toBe(false);
	});
});

describe('a list shared in an address', () => {
	test('an address without `p` holds no list', () => {
		expect(listFromAddress(new URLSearchParams(''))).toBeUndefined();
		expect(listFromAddress(new URLSearchParams('?t=Week+1&n.trust=Read+first'))).toBeUndefined();
	});

	test('an address with an empty `p` holds an empty list', () => {
		expect(listFromAddress(new URLSearchParams('?p='))).toEqual([]);
	});

	test('a list shared in an address keeps its order and its notes', () => {
		expect(
			listFromAddress(new URLSearchParams('?p=trust,managing-conflict,power&n.trust=Read+first&n.power=Skim')),
		).toEqual([
			{ id: 'trust', note: 'Read first' },
			{ id: 'managing-conflict', note: '' },
			{ id: 'power', note: 'Skim' },
		]);
	});

	test('an address with encoded commas is read the same', () => {
		expect(listFromAddress(new URLSearchParams('?p=trust%2Cpower'))).toEqual([
			{ id: 'trust', note: '' },
			{ id: 'power', note: '' },
		]);
	});

	test('spaces around the ids are ignored', () => {
		expect(listFromAddress(new URLSearchParams('?p=+trust+,%20power%20&n.trust=Read+first'))).toEqual([
			{ id: 'trust', note: 'Read first' },
			{ id: 'power', note: '' },
		]);
	});

	test('ids that are not short ids are dropped', () => {
		expect(
			listFromAddress(new URLSearchParams('?p=Trust,a--b,-a,a-,trust,,managing+conflict,power%2Fdynamics,week-2')),
		).toEqual([
			{ id: 'trust', note: '' },
			{ id: 'week-2', note: '' },
		]);
	});

	test('a page named twice is listed once, where it first appears', () => {
		expect(listFromAddress(new URLSearchParams('?p=trust,power,trust,+power,managing-conflict'))).toEqual([
			{ id: 'trust', note: '' },
			{ id: 'power', note: '' },
			{ id: 'managing-conflict', note: '' },
		]);
	});

	test('an address with more than 100 pages gives the first 100', () => {
		const ids = ['page-1', 'page-1', ...pages(104).map((page) => page.id)].join(',');
		const list = listFromAddress(new URLSearchParams(`?p=${ids}&n.page-100=Last&n.page-101=Too+many`));
		expect(list).toHaveLength(100);
		expect(list![0]).toEqual({ id: 'page-1', note: '' });
		expect(list![99]).toEqual({ id: 'page-100', note: 'Last' });
		expect(list).toEqual([...pages(99), { id: 'page-100', note: 'Last' }]);
	});

	test('an address without a title gives an empty title', () => {
		expect(titleFromAddress(new URLSearchParams('?p=trust'))).toBe('');
	});

	test("an address's title is read as written", () => {
		expect(titleFromAddress(new URLSearchParams('?p=trust&t=Week+1%3A+trust,+power'))).toBe('Week 1: trust, power');
	});

	test('a title longer than 200 characters is cut to its first 200', () => {
		expect(titleFromAddress(new URLSearchParams(`?t=${'a'.repeat(200)}${'b'.repeat(50)}`))).toBe('a'.repeat(200));
	});
});

describe('the address that shares a list', () => {
	test('an empty list has no address, even with a title', () => {
		expect(addressOf([])).toBe('');
		expect(addressOf([], 'Week 1')).toBe('');
	});

	test('the pages are listed in order, separated by plain commas', () => {
		expect(
			addressOf([
				{ id: 'trust', note: '' },
				{ id: 'managing-conflict', note: '' },
				{ id: 'power', note: '' },
			]),
		).toBe('?p=trust,managing-conflict,power');
	});

	test('a single page has no comma', () => {
		expect(addressOf([{ id: 'trust', note: '' }])).toBe('?p=trust');
	});

	test('the title is held in `t`, and left out when empty', () => {
		expect(addressOf([{ id: 'trust', note: '' }], 'Week 1')).toBe('?p=trust&t=Week+1');
		expect(addressOf([{ id: 'trust', note: '' }], '')).toBe('?p=trust');
	});

	test('notes are held in `n.<id>`, only for pages that have one', () => {
		expect(
			addressOf([
				{ id: 'trust', note: 'Read first' },
				{ id: 'power', note: '' },
				{ id: 'managing-conflict', note: 'Case study' },
			]),
		).toBe('?p=trust,power,managing-conflict&n.trust=Read+first&n.managing-conflict=Case+study');
	});

	test('special characters in the title and notes are encoded, commas kept plain', () => {
		expect(
			addressOf(
				[
					{ id: 'trust', note: 'Read first = 10/10, then #2' },
					{ id: 'managing-conflict', note: '' },
				],
				'Week 1: trust & power, café?',
			),
		).toBe(
			'?p=trust,managing-conflict&t=Week+1%3A+trust+%26+power,+caf%C3%A9%3F&n.trust=Read+first+%3D+10%2F10,+then+%232',
		);
	});

	test('a list, its notes and its title come back unchanged from its address', () => {
		const items = [
			{ id: 'trust', note: 'Read first = 10/10, then #2 & discuss' },
			{ id: 'managing-conflict', note: '' },
			{ id: 'week-2-review', note: '  Spaces, commas; "quotes" + plus  ' },
		];
		const title = 'Week 1: trust & power, café? 100% ready';
		const params = new URLSearchParams(addressOf(items, title));
		expect(listFromAddress(params)).toEqual(items);
		expect(titleFromAddress(params)).toBe(title);
	});
});

describe('a browser where the storage is turned off', () => {
	test('the list reads as empty and saving fails', () => {
		vi.stubGlobal('window', {
			get localStorage(): Storage {
				throw new DOMException('denied', 'SecurityError');
			},
		});
		expect(loadList()).toEqual([]);
		expect(loadTitle()).toBe('');
		expect(previousList()).toBeUndefined();
		expect(savedLists()).toEqual([]);
		expect(saveList([{ id: 'trust', note: '' }])).toBe(false);
		expect(saveList([{ id: 'trust', note: '' }], 'Week 1')).toBe(false);
		expect(keepPrevious({ title: 'Week 1', items: [{ id: 'trust', note: '' }] })).toBe(false);
		expect(saveSeparately({ title: 'Week 1', items: [{ id: 'trust', note: '' }] })).toBe(false);
	});

	test('a browser without storage at all reads an empty list and cannot save', () => {
		vi.stubGlobal('window', { localStorage: null });
		expect(loadList()).toEqual([]);
		expect(loadTitle()).toBe('');
		expect(saveList([{ id: 'trust', note: '' }])).toBe(false);
	});

	test('a page without a window reads an empty list and cannot save', () => {
		vi.stubGlobal('window', undefined);
		expect(loadList()).toEqual([]);
		expect(saveList([{ id: 'trust', note: '' }], 'Week 1')).toBe(false);
	});
});
