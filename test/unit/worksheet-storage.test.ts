import { afterEach, describe, expect, test, vi } from 'vitest';
import { MemoryStorage } from '../helpers/memory-storage.ts';
import {
	backupKeyPrefix,
	describeFailure,
	exportFormat,
	exportText,
	isAnswers,
	localStore,
	maxImportBytes,
	parseImport,
	readAnswers,
	storageKey,
	writeAnswers,
} from '../../src/scripts/worksheet-storage.ts';

const full = () => new DOMException('full', 'QuotaExceededError');
const turnedOff = () => new DOMException('The operation is insecure.', 'SecurityError');

// What the worksheet says of each, in the page's language, is in src/content/i18n/ (`worksheetReason…`).
const fullReason = 'full';
const turnedOffReason = 'refused';

/** The moment the tests read, write and export at. */
const now = new Date('2025-03-14T09:26:53.589Z');
const backupKey = 'coalitions-handbook:worksheet:v1:backup-2025-03-14T09:26:53.589Z';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('the names the worksheet keeps its answers under', () => {
	test('answers are kept under one key, backups beside it, and exports carry the handbook’s format name', () => {
		expect(storageKey).toBe('coalitions-handbook:worksheet:v1');
		expect(backupKeyPrefix).toBe('coalitions-handbook:worksheet:v1:backup-');
		expect(exportFormat).toBe('coalitions-handbook-worksheet');
	});

	test('an imported file may be up to a million bytes', () => {
		expect(maxImportBytes).toBe(1000000);
	});
});

describe('what counts as a set of answers', () => {
	test('answer text under kebab-case question ids is a set of answers', () => {
		expect(isAnswers({ q1: 'We meet monthly.', 'who-holds-the-power': 'The funder.', 'a-b-c2': '' })).toBe(true);
	});

	test('no answers at all is still a set of answers', () => {
		expect(isAnswers({})).toBe(true);
	});

	test('nothing, lists, numbers and text are not a set of answers', () => {
		expect(isAnswers(null)).toBe(false);
		expect(isAnswers(undefined)).toBe(false);
		expect(isAnswers([])).toBe(false);
		expect(isAnswers(['an answer'])).toBe(false);
		expect(isAnswers(5)).toBe(false);
		expect(isAnswers('ab')).toBe(false);
	});

	test('an answer that is not text spoils the set', () => {
		expect(isAnswers({ 'shared-goal': 'Fewer readmissions.', 'meeting-count': 3 })).toBe(false);
		expect(isAnswers({ 'shared-goal': null })).toBe(false);
		expect(isAnswers({ 'shared-goal': ['a'] })).toBe(false);
	});

	test('an id that is not kebab-case spoils the set', () => {
		for (const id of ['Q1', 'q_1', '-q', 'q-', 'q--1', 'q 1', '', '__proto__']) {
			expect(isAnswers({ 'shared-goal': 'Fewer readmissions.', [id]: 'an answer' }), id).toBe(false);
		}
	});
});

describe('why storage refused', () => {
	test('a full storage is named as full, whether the browser reports it as a DOMException or an Error', () => {
		expect(describeFailure(full())).toBe(fullReason);
		const error = new Error('quota');
		error.name = 'QuotaExceededError';
		expect(describeFailure(error)).toBe(fullReason);
	});

	test('anything else is storage turned off or unavailable', () => {
		expect(describeFailure(turnedOff())).toBe(turnedOffReason);
		expect(describeFailure(new TypeError('no storage'))).toBe(turnedOffReason);
		expect(describeFailure('QuotaExceededError')).toBe(turnedOffReason);
		expect(describeFailure(undefined)).toBe(turnedOffReason);
		expect(describeFailure(null)).toBe(turnedOffReason);
	});

	test('something that only looks like a full-storage error is not taken for one', () => {
		expect(describeFailure({ name: 'QuotaExceededError' })).toBe(turnedOffReason);
	});
});

describe('the browser’s storage for the site', () => {
	test('is the page’s localStorage', () => {
		const storage = new MemoryStorage();
		vi.stubGlobal('window', { localStorage: storage });
		expect(localStore()).toBe(storage);
	});

	test('is missing when the browser refuses to hand it over', () => {
		vi.stubGlobal('window', {
			get localStorage(): Storage {
				throw turnedOff();
			},
		});
		expect(localStore()).toBeUndefined();
	});

	test('is missing, not null, when the browser has none', () => {
		vi.stubGlobal('window', { localStorage: null });
		expect(localStore()).toBeUndefined();
	});
});

describe('reading the saved answers', () => {
	test('without storage nothing can be read, and the leader is told why', () => {
		const stored = readAnswers(undefined, now);
		expect(stored).toEqual({ kind: 'unavailable', answers: {}, reason: turnedOffReason });
		expect(Object.getPrototypeOf(stored.answers)).toBeNull();
	});

	test('storage that refuses to be read is unavailable, with the browser’s reason', () => {
		const store = new MemoryStorage({ [storageKey]: '{"shared-goal":"Fewer readmissions."}' });
		store.failReads = turnedOff();
		expect(readAnswers(store, now)).toEqual({ kind: 'unavailable', answers: {}, reason: turnedOffReason });
		store.failReads = full();
		expect(readAnswers(store, now)).toEqual({ kind: 'unavailable', answers: {}, reason: fullReason });
		expect(store.contents()).toEqual({ [storageKey]: '{"shared-goal":"Fewer readmissions."}' });
	});

	test('nothing saved yet gives no answers and writes nothing', () => {
		const store = new MemoryStorage();
		const stored = readAnswers(store, now);
		expect(stored).toEqual({ kind: 'ok', answers: {} });
		expect(Object.getPrototypeOf(stored.answers)).toBeNull();
		expect(store.contents()).toEqual({});
	});

	test('saved answers come back as they were, and stay saved', () => {
		const saved = '{"shared-goal":"Fewer readmissions.","who-holds-the-power":"The funder.","q1":""}';
		const store = new MemoryStorage({ [storageKey]: saved });
		const stored = readAnswers(store, now);
		expect(stored).toEqual({
			kind: 'ok',
			answers: { 'shared-goal': 'Fewer readmissions.', 'who-holds-the-power': 'The funder.', q1: '' },
		});
		expect(Object.getPrototypeOf(stored.answers)).toBeNull();
		expect(store.contents()).toEqual({ [storageKey]: saved });
	});

	test('a saved empty set of answers is read as no answers', () => {
		const store = new MemoryStorage({ [storageKey]: '{}' });
		expect(readAnswers(store, now)).toEqual({ kind: 'ok', answers: {} });
		expect(store.contents()).toEqual({ [storageKey]: '{}' });
	});

	test('with no storage given, the page’s localStorage is read', () => {
		vi.stubGlobal('window', {
			localStorage: new MemoryStorage({ [storageKey]: '{"shared-goal":"Fewer readmissions."}' }),
		});
		expect(readAnswers()).toEqual({ kind: 'ok', answers: { 'shared-goal': 'Fewer readmissions.' } });
	});
});

describe('answers that cannot be read are kept under a backup key, never saved over', () => {
	for (const [what, raw] of [
		['text that is not JSON', 'We meet monthly.'],
		['null', 'null'],
		['a list', '["Fewer readmissions."]'],
		['a number', '42'],
		['text in JSON', '"Fewer readmissions."'],
	]) {
		test(`${what} is moved to a backup key and no answers are read from it`, () => {
			const store = new MemoryStorage({ [storageKey]: raw });
			const stored = readAnswers(store, now);
			expect(stored).toEqual({ kind: 'set-aside', answers: {}, backupKey, raw });
			expect(Object.getPrototypeOf(stored.answers)).toBeNull();
			expect(store.contents()).toEqual({ [backupKey]: raw });
		});
	}

	test('from a damaged set, the answers that are text under a question’s id are kept', () => {
		const raw = JSON.stringify({
			'shared-goal': 'Fewer readmissions.',
			'who-holds-the-power': 'The funder.',
			'meeting-count': 3,
			'next-step': null,
			'Next Step': 'Call the clinic.',
			q_2: 'Ask the board.',
		});
		const store = new MemoryStorage({ [storageKey]: raw });
		const stored = readAnswers(store, now);
		expect(stored).toEqual({
			kind: 'set-aside',
			answers: { 'shared-goal': 'Fewer readmissions.', 'who-holds-the-power': 'The funder.' },
			backupKey,
			raw,
		});
		expect(Object.getPrototypeOf(stored.answers)).toBeNull();
		expect(store.contents()).toEqual({ [backupKey]: raw });
	});

	test('a saved "__proto__" is not a question, and the answers beside it are kept in a plain list', () => {
		const raw = '{"__proto__":"x","shared-goal":"Fewer readmissions."}';
		const store = new MemoryStorage({ [storageKey]: raw });
		const stored = readAnswers(store, now);
		expect(stored).toEqual({ kind: 'set-aside', answers: { 'shared-goal': 'Fewer readmissions.' }, backupKey, raw });
		expect(Object.getPrototypeOf(stored.answers)).toBeNull();
		expect(Object.keys(stored.answers)).toEqual(['shared-goal']);
	});

	test('an earlier backup made at the same moment is not saved over: the new one gets "-2"', () => {
		const store = new MemoryStorage({ [storageKey]: 'second', [backupKey]: 'first' });
		expect(readAnswers(store, now)).toEqual({
			kind: 'set-aside',
			answers: {},
			backupKey: 'coalitions-handbook:worksheet:v1:backup-2025-03-14T09:26:53.589Z-2',
			raw: 'second',
		});
		expect(store.contents()).toEqual({
			[backupKey]: 'first',
			'coalitions-handbook:worksheet:v1:backup-2025-03-14T09:26:53.589Z-2': 'second',
		});
	});

	test('with two earlier backups at the same moment, the new one gets "-3"', () => {
		const store = new MemoryStorage({
			[storageKey]: 'third',
			[backupKey]: 'first',
			'coalitions-handbook:worksheet:v1:backup-2025-03-14T09:26:53.589Z-2': 'second',
		});
		expect(readAnswers(store, now)).toEqual({
			kind: 'set-aside',
			answers: {},
			backupKey: 'coalitions-handbook:worksheet:v1:backup-2025-03-14T09:26:53.589Z-3',
			raw: 'third',
		});
		expect(store.contents()).toEqual({
			[backupKey]: 'first',
			'coalitions-handbook:worksheet:v1:backup-2025-03-14T09:26:53.589Z-2': 'second',
			'coalitions-handbook:worksheet:v1:backup-2025-03-14T09:26:53.589Z-3': 'third',
		});
	});

	test('an earlier backup from another moment does not change the new backup’s key', () => {
		const other = 'coalitions-handbook:worksheet:v1:backup-2024-01-01T00:00:00.000Z';
		const store = new MemoryStorage({ [storageKey]: 'damaged', [other]: 'older' });
		expect(readAnswers(store, now)).toEqual({ kind: 'set-aside', answers: {}, backupKey, raw: 'damaged' });
		expect(store.contents()).toEqual({ [other]: 'older', [backupKey]: 'damaged' });
	});

	test('when storage is full, the unreadable value stays where it is, with the answers read from it', () => {
		const raw = '{"shared-goal":"Fewer readmissions.","meeting-count":3}';
		const store = new MemoryStorage({ [storageKey]: raw });
		store.failWrites = full();
		const stored = readAnswers(store, now);
		expect(stored).toEqual({
			kind: 'kept-in-place',
			answers: { 'shared-goal': 'Fewer readmissions.' },
			raw,
			reason: fullReason,
		});
		expect(Object.getPrototypeOf(stored.answers)).toBeNull();
		expect(store.contents()).toEqual({ [storageKey]: raw });
	});

	test('when storage refuses writes for another reason, the value stays where it is and the reason says so', () => {
		const store = new MemoryStorage({ [storageKey]: 'null' });
		store.failWrites = turnedOff();
		expect(readAnswers(store, now)).toEqual({
			kind: 'kept-in-place',
			answers: {},
			raw: 'null',
			reason: turnedOffReason,
		});
		expect(store.contents()).toEqual({ [storageKey]: 'null' });
	});

	test('with no moment given, the backup is named after the time of reading', () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2026-07-01T12:00:00.000Z'));
		const store = new MemoryStorage({ [storageKey]: 'damaged' });
		expect(readAnswers(store)).toEqual({
			kind: 'set-aside',
			answers: {},
			backupKey: 'coalitions-handbook:worksheet:v1:backup-2026-07-01T12:00:00.000Z',
			raw: 'damaged',
		});
	});
});

describe('saving the answers', () => {
	test('the answers are saved as JSON under the worksheet’s key', () => {
		const store = new MemoryStorage();
		expect(writeAnswers({ 'shared-goal': 'Fewer readmissions.', 'who-holds-the-power': '' }, store)).toEqual({
			ok: true,
		});
		expect(store.contents()).toEqual({
			'coalitions-handbook:worksheet:v1': '{"shared-goal":"Fewer readmissions.","who-holds-the-power":""}',
		});
	});

	test('saved answers replace the ones saved before', () => {
		const store = new MemoryStorage({ [storageKey]: '{"shared-goal":"old"}' });
		expect(writeAnswers({ 'shared-goal': 'new' }, store)).toEqual({ ok: true });
		expect(store.contents()).toEqual({ [storageKey]: '{"shared-goal":"new"}' });
	});

	test('without storage nothing is saved, and the leader is told why', () => {
		expect(writeAnswers({ 'shared-goal': 'Fewer readmissions.' }, undefined)).toEqual({
			ok: false,
			reason: turnedOffReason,
		});
	});

	test('when storage is full nothing is saved, and the leader is told it is full', () => {
		const store = new MemoryStorage();
		store.failWrites = full();
		expect(writeAnswers({ 'shared-goal': 'Fewer readmissions.' }, store)).toEqual({ ok: false, reason: fullReason });
		expect(store.contents()).toEqual({});
	});

	test('when storage refuses for another reason, the leader is told it is turned off', () => {
		const store = new MemoryStorage();
		store.failWrites = turnedOff();
		expect(writeAnswers({}, store)).toEqual({ ok: false, reason: turnedOffReason });
	});

	test('with no storage given, the page’s localStorage is written', () => {
		const storage = new MemoryStorage();
		vi.stubGlobal('window', { localStorage: storage });
		expect(writeAnswers({ 'shared-goal': 'Fewer readmissions.' })).toEqual({ ok: true });
		expect(storage.contents()).toEqual({ [storageKey]: '{"shared-goal":"Fewer readmissions."}' });
	});
});

describe('exporting the answers to a file', () => {
	test('the file names its format, version and moment, then the answers, indented with tabs', () => {
		expect(exportText({ 'shared-goal': 'Fewer readmissions.', 'who-holds-the-power': 'The funder.' }, now)).toBe(
			'{\n' +
				'\t"format": "coalitions-handbook-worksheet",\n' +
				'\t"version": 1,\n' +
				'\t"exported": "2025-03-14T09:26:53.589Z",\n' +
				'\t"answers": {\n' +
				'\t\t"shared-goal": "Fewer readmissions.",\n' +
				'\t\t"who-holds-the-power": "The funder."\n' +
				'\t}\n' +
				'}\n',
		);
	});

	test('the file matches the handbook’s layout for any answers', () => {
		const answers = { q1: 'A "quoted" line\nand another.' };
		expect(exportText(answers, now)).toBe(
			`${JSON.stringify({ format: 'coalitions-handbook-worksheet', version: 1, exported: now.toISOString(), answers }, null, '\t')}\n`,
		);
	});

	test('empty and blank answers are left out; others keep their spaces', () => {
		expect(
			exportText({ 'shared-goal': '  Fewer readmissions. ', blank: ' \n\t ', empty: '', 'next-step': 'Call.' }, now),
		).toBe(
			'{\n' +
				'\t"format": "coalitions-handbook-worksheet",\n' +
				'\t"version": 1,\n' +
				'\t"exported": "2025-03-14T09:26:53.589Z",\n' +
				'\t"answers": {\n' +
				'\t\t"shared-goal": "  Fewer readmissions. ",\n' +
				'\t\t"next-step": "Call."\n' +
				'\t}\n' +
				'}\n',
		);
	});

	test('a worksheet with no answers exports an empty list of answers', () => {
		expect(exportText({ blank: '   ' }, now)).toBe(
			'{\n' +
				'\t"format": "coalitions-handbook-worksheet",\n' +
				'\t"version": 1,\n' +
				'\t"exported": "2025-03-14T09:26:53.589Z",\n' +
				'\t"answers": {}\n' +
				'}\n',
		);
	});

	test('with no moment given, the file is dated at the time of export', () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2026-07-01T12:00:00.000Z'));
		expect(exportText({})).toBe(
			'{\n' +
				'\t"format": "coalitions-handbook-worksheet",\n' +
				'\t"version": 1,\n' +
				'\t"exported": "2026-07-01T12:00:00.000Z",\n' +
				'\t"answers": {}\n' +
				'}\n',
		);
	});
});

describe('importing answers from a file', () => {
	const file = (fields: Record<string, unknown>) => JSON.stringify({ format: exportFormat, version: 1, ...fields });

	test('an exported file gives back its answers', () => {
		const imported = parseImport(
			'{"format":"coalitions-handbook-worksheet","version":1,"exported":"2025-03-14T09:26:53.589Z",' +
				'"answers":{"shared-goal":"Fewer readmissions.","who-holds-the-power":""}}',
		);
		expect(imported).toEqual({
			ok: true,
			answers: { 'shared-goal': 'Fewer readmissions.', 'who-holds-the-power': '' },
		});
		expect(imported.ok && Object.getPrototypeOf(imported.answers)).toBeNull();
	});

	test('a file without a date, or with no answers in it, is still an export', () => {
		expect(parseImport('{"format":"coalitions-handbook-worksheet","version":1,"answers":{}}')).toEqual({
			ok: true,
			answers: {},
		});
	});

	test('what the page exports, it imports again unchanged', () => {
		const answers = {
			'shared-goal': 'Fewer readmissions.',
			'who-holds-the-power': 'The funder,\n\tthen "the board".',
			q1: '  spaced  ',
		};
		expect(parseImport(exportText(answers, now))).toEqual({ ok: true, answers });
	});

	test('a file that is not JSON is refused as such', () => {
		expect(parseImport('shared-goal: Fewer readmissions.')).toEqual({ ok: false, problem: { kind: 'not-json' } });
		expect(parseImport('')).toEqual({ ok: false, problem: { kind: 'not-json' } });
	});

	test('JSON that is not a worksheet export is refused as such', () => {
		const problem = { kind: 'not-export' };
		for (const text of [
			'null',
			'42',
			'"coalitions-handbook-worksheet"',
			'["coalitions-handbook-worksheet"]',
			'{"version":1,"answers":{}}',
			'{"format":"coalitions-handbook-reading-list","version":1,"answers":{}}',
			'{"format":"Coalitions-Handbook-Worksheet","version":1,"answers":{}}',
		]) {
			expect(parseImport(text), text).toEqual({ ok: false, problem });
		}
	});

	test('an export of another version is refused, naming the version', () => {
		expect(parseImport(file({ version: 2, answers: {} }))).toEqual({
			ok: false,
			problem: { kind: 'unknown-version', version: '2' },
		});
		expect(parseImport(file({ version: '1', answers: {} }))).toEqual({
			ok: false,
			problem: { kind: 'unknown-version', version: '"1"' },
		});
		expect(parseImport('{"format":"coalitions-handbook-worksheet","answers":{}}')).toEqual({
			ok: false,
			problem: { kind: 'no-version' },
		});
		expect(parseImport(file({ version: null, answers: {} }))).toEqual({
			ok: false,
			problem: { kind: 'unknown-version', version: 'null' },
		});
	});

	test('an export without a set of answers is refused', () => {
		for (const answers of [undefined, null, [], ['Fewer readmissions.'], 'Fewer readmissions.', 3]) {
			expect(parseImport(file({ answers })), JSON.stringify(answers)).toEqual({
				ok: false,
				problem: { kind: 'no-answers' },
			});
		}
	});

	test('answers that are not text under a question’s id are counted, and the file refused as damaged', () => {
		expect(
			parseImport(
				file({
					answers: { 'shared-goal': 'Fewer readmissions.', 'Next Step': 'Call the clinic.', 'meeting-count': 3 },
				}),
			),
		).toEqual({ ok: false, problem: { kind: 'bad-answers', count: 2 } });
	});

	test('one damaged answer is enough to refuse the file', () => {
		expect(parseImport(file({ answers: { 'shared-goal': 'Fewer readmissions.', q_2: 'Ask the board.' } }))).toEqual({
			ok: false,
			problem: { kind: 'bad-answers', count: 1 },
		});
		expect(parseImport(file({ answers: { 'shared-goal': null } }))).toEqual({
			ok: false,
			problem: { kind: 'bad-answers', count: 1 },
		});
		expect(parseImport('{"format":"coalitions-handbook-worksheet","version":1,"answers":{"__proto__":"x"}}')).toEqual({
			ok: false,
			problem: { kind: 'bad-answers', count: 1 },
		});
	});
});
