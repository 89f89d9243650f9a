// The worksheet's answers in this browser's localStorage, and in the files a leader exports and imports.
// Nothing here touches the network. A stored value that is not a set of answers (written by another version,
// another script, or damaged) is never overwritten: it is copied to a backup key first, or left where it is.

/** Where the answers live: one JSON object, question id to answer text. */
export const storageKey = 'coalitions-handbook:worksheet:v1';
/** Unreadable stored values are kept under this prefix followed by the time they were set aside. */
export const backupKeyPrefix = `${storageKey}:backup-`;
/** The `format` field of an exported file, so that an import can tell one from any other JSON file. */
export const exportFormat = 'coalitions-handbook-worksheet';
/** The largest file an import reads: the sixteen answers of a workshop fit in a few kilobytes. */
export const maxImportBytes = 1_000_000;

/** Answers by question id. */
export type Answers = Record<string, string>;

/** Question ids are kebab-case (the reflection schema's idSchema); anything else in a file is not an answer. */
const questionId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Why storage refused: `full` (the browser's storage for the site is full) or `refused` (storage turned off or
 * unavailable). The worksheet says it in the page's language (src/content/i18n/, `worksheetReason…`).
 */
export type StorageFailure = 'full' | 'refused';

/** What reading the stored answers found. */
export type Stored =
	/** Answers, or nothing stored yet. */
	| { kind: 'ok'; answers: Answers }
	/** A value that is not answers, now kept under `backupKey`; `answers` holds those that could be read from it. */
	| { kind: 'set-aside'; answers: Answers; backupKey: string; raw: string }
	/** A value that is not answers and could not be copied (storage full): it is left in place, and must not be saved over. */
	| { kind: 'kept-in-place'; answers: Answers; raw: string; reason: StorageFailure }
	/** Storage cannot be read at all (turned off for this site). */
	| { kind: 'unavailable'; answers: Answers; reason: StorageFailure };

/** This site's localStorage, or undefined where reading it throws (storage turned off, some private modes). */
export function localStore(): Storage | undefined {
	try {
		return window.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A set of answers: an object whose every key is a question id and every value text. */
export function isAnswers(value: unknown): value is Answers {
	return (
		isPlainObject(value) &&
		Object.entries(value).every(([id, answer]) => questionId.test(id) && typeof answer === 'string')
	);
}

/** Text answers under question ids, in an object with no prototype: a key such as `__proto__` stays a plain key. */
function answersFrom(entries: [string, unknown][]): Answers {
	const answers: Answers = Object.create(null);
	for (const [id, answer] of entries) if (questionId.test(id) && typeof answer === 'string') answers[id] = answer;
	return answers;
}

/** Why storage refused a read or a write: full, or turned off (every other error). */
export function describeFailure(error: unknown): StorageFailure {
	const name = error instanceof DOMException || error instanceof Error ? error.name : '';
	return name === 'QuotaExceededError' ? 'full' : 'refused';
}

/**
 * Reads the stored answers. A stored value that is not answers (`null`, an array, a number, text that is not
 * JSON, an object with other values than text) is copied to a backup key and removed, and the answers that
 * could be read from it are returned; if it cannot be copied, it is left where it is.
 */
export function readAnswers(store = localStore(), now = new Date()): Stored {
	let raw: string | null;
	try {
		if (!store) throw new DOMException('No storage', 'SecurityError');
		raw = store.getItem(storageKey);
	} catch (error) {
		return { kind: 'unavailable', answers: answersFrom([]), reason: describeFailure(error) };
	}
	if (raw === null) return { kind: 'ok', answers: answersFrom([]) };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		value = undefined;
	}
	if (isAnswers(value)) return { kind: 'ok', answers: answersFrom(Object.entries(value)) };
	const readable = answersFrom(isPlainObject(value) ? Object.entries(value) : []);
	let backupKey = `${backupKeyPrefix}${now.toISOString()}`;
	try {
		for (let n = 2; store.getItem(backupKey) !== null; n++) backupKey = `${backupKeyPrefix}${now.toISOString()}-${n}`;
		store.setItem(backupKey, raw);
		store.removeItem(storageKey);
	} catch (error) {
		return { kind: 'kept-in-place', answers: readable, raw, reason: describeFailure(error) };
	}
	return { kind: 'set-aside', answers: readable, backupKey, raw };
}

/** Saves the answers; returns why not when storage refuses. */
export function writeAnswers(
	answers: Answers,
	store = localStore(),
): { ok: true } | { ok: false; reason: StorageFailure } {
	try {
		if (!store) throw new DOMException('No storage', 'SecurityError');
		store.setItem(storageKey, JSON.stringify(answers));
		return { ok: true };
	} catch (error) {
		return { ok: false, reason: describeFailure(error) };
	}
}

/** The text of an export file: the answers, with what they are and when they were exported. */
export function exportText(answers: Answers, now = new Date()): string {
	const nonEmpty = Object.entries(answers).filter(([, answer]) => answer.trim());
	return `${JSON.stringify({ format: exportFormat, version: 1, exported: now.toISOString(), answers: Object.fromEntries(nonEmpty) }, null, '\t')}\n`;
}

/**
 * What is wrong with a file offered for import, which the worksheet says in the page's language
 * (`worksheetProblem…`): not JSON; JSON that is not a worksheet export; an export with no version, or a version
 * this page does not know (`version`, as the file writes it); no answers; `count` answers that are not text under a
 * question id; a file too large to be an export.
 */
export type ImportProblem =
	| { kind: 'not-json' | 'not-export' | 'no-version' | 'no-answers' | 'too-large' }
	| { kind: 'unknown-version'; version: string }
	| { kind: 'bad-answers'; count: number };

/** What an import file holds, or what is wrong with it. */
export type Imported = { ok: true; answers: Answers } | { ok: false; problem: ImportProblem };

/** Reads an export file: a JSON object with the handbook's format name, version 1 and text answers under question ids. */
export function parseImport(text: string): Imported {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { ok: false, problem: { kind: 'not-json' } };
	}
	if (!isPlainObject(value) || value.format !== exportFormat) return { ok: false, problem: { kind: 'not-export' } };
	if (value.version === undefined) return { ok: false, problem: { kind: 'no-version' } };
	if (value.version !== 1)
		return { ok: false, problem: { kind: 'unknown-version', version: JSON.stringify(value.version) } };
	if (!isPlainObject(value.answers)) return { ok: false, problem: { kind: 'no-answers' } };
	const entries = Object.entries(value.answers);
	const bad = entries.filter(([id, answer]) => !questionId.test(id) || typeof answer !== 'string').length;
	if (bad) return { ok: false, problem: { kind: 'bad-answers', count: bad } };
	return { ok: true, answers: answersFrom(entries) };
}
