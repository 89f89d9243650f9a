// A trainer's reading list: an ordered list of short ids, each with an optional note, and a title.
// It lives in this browser's localStorage and in the reading list's own address; nothing is sent
// anywhere. Nothing stored here is ever overwritten without a way back: a stored value this code
// cannot read is set aside under a backup key, and a list replaced by another is kept for "Undo".

/** One page on the list: its short id and the trainer's note. */
export interface ReadingListItem {
	id: string;
	note: string;
}

/** A list as shared in an address or kept in this browser. */
export interface ReadingList {
	title: string;
	items: ReadingListItem[];
}

/** A list the reader kept beside their own ("Save as a separate list"), reopened from its address. */
export interface SavedList {
	title: string;
	/** The query string that holds it (`?p=…`). */
	address: string;
	/** When it was saved (ISO date and time). */
	saved: string;
}

const storageKey = 'coalitions-handbook:reading-list:v1';
const titleKey = 'coalitions-handbook:reading-list-title:v1';
/** The list as it was before "Replace" or "Merge", for "Undo". */
const previousKey = 'coalitions-handbook:reading-list-previous:v1';
const savedKey = 'coalitions-handbook:reading-lists-saved:v1';
/** Short ids are lowercase words joined by hyphens; anything else in an address is ignored. */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A generous bound, so a pasted address cannot make a huge list. */
const maxItems = 100;
const maxTitle = 200;

const isItem = (item: unknown): item is ReadingListItem =>
	typeof (item as ReadingListItem)?.id === 'string' &&
	idPattern.test((item as ReadingListItem).id) &&
	typeof (item as ReadingListItem).note === 'string';

/** This site's localStorage, or undefined where reading it throws (storage turned off, some private modes). */
function store(): Storage | undefined {
	try {
		return window.localStorage ?? undefined;
	} catch {
		return undefined;
	}
}

/**
 * Reads a stored JSON value that `accept` recognizes. A value it cannot read (not JSON, or not of the shape
 * `accept` wants) is copied, exactly as stored, to a backup key and then removed, so that no later save loses
 * it and the next load does not copy it again; if the browser refuses the copy, it stays where it is, unread.
 */
function readStored<T>(key: string, accept: (value: unknown) => value is T): T | undefined {
	const storage = store();
	const raw = storage?.getItem(key);
	if (raw === null || raw === undefined) return undefined;
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		value = undefined;
	}
	if (value !== undefined && accept(value)) return value;
	try {
		const stamp = `${key}:backup-${new Date().toISOString()}`;
		let backupKey = stamp;
		for (let n = 2; storage!.getItem(backupKey) !== null; n++) backupKey = `${stamp}-${n}`;
		storage!.setItem(backupKey, raw);
		storage!.removeItem(key);
	} catch {
		// Storage full: the value stays where it is, unread, until the reader saves a list over it.
	}
	return undefined;
}

const isArray = (value: unknown): value is unknown[] => Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isKeptList = (value: unknown): value is Partial<ReadingList> & { items: unknown[] } =>
	typeof value === 'object' && value !== null && Array.isArray((value as ReadingList).items);

/** Writes a value; false when the browser refuses (storage full or turned off). */
function write(key: string, value: unknown): boolean {
	try {
		store()!.setItem(key, JSON.stringify(value));
		return true;
	} catch {
		return false;
	}
}

export function loadList(): ReadingListItem[] {
	return (readStored(storageKey, isArray) ?? []).filter(isItem).slice(0, maxItems);
}

export function loadTitle(): string {
	return (readStored(titleKey, isText) ?? '').slice(0, maxTitle);
}

/** Saves the reader's own list; false when the browser refused to keep it. */
export function saveList(items: ReadingListItem[], title?: string): boolean {
	const saved = write(storageKey, items.slice(0, maxItems));
	return title === undefined ? saved : write(titleKey, title.slice(0, maxTitle)) && saved;
}

/** Keeps the reader's own list aside before it is replaced or merged, so that "Undo" can bring it back. */
export function keepPrevious(list: ReadingList): boolean {
	return write(previousKey, list);
}

/** The list kept by `keepPrevious`, if any. */
export function previousList(): ReadingList | undefined {
	const parsed = readStored(previousKey, isKeptList);
	if (!parsed) return undefined;
	return { title: typeof parsed.title === 'string' ? parsed.title : '', items: parsed.items.filter(isItem) };
}

export function savedLists(): SavedList[] {
	return (readStored(savedKey, isArray) ?? []).filter((list): list is SavedList => {
		const saved = list as Partial<SavedList> | null;
		return typeof saved?.title === 'string' && typeof saved.address === 'string' && saved.address.startsWith('?p=');
	});
}

/** Keeps a list beside the reader's own; false when the browser refused. */
export function saveSeparately(list: ReadingList): boolean {
	const address = addressOf(list.items, list.title);
	const others = savedLists().filter((saved) => saved.address !== address);
	return write(savedKey, [...others, { title: list.title, address, saved: new Date().toISOString() }]);
}

/**
 * What "Add to reading list" did: `added`; `already` on the list; `full` when the list holds the most pages it
 * can (nothing changed); `refused` when the browser would not keep the list (storage full or turned off).
 */
export type AddOutcome = 'added' | 'already' | 'full' | 'refused';

/** Adds a page to the end of the list, once. */
export function addToList(id: string): AddOutcome {
	const items = loadList();
	if (items.some((item) => item.id === id)) return 'already';
	if (items.length >= maxItems) return 'full';
	items.push({ id, note: '' });
	return saveList(items) ? 'added' : 'refused';
}

/** The most pages a list holds. */
export const readingListLimit = maxItems;

/** The reader's list with a shared one's pages added at the end; a shared note fills an empty note, never replaces one. */
export function mergeLists(own: ReadingListItem[], shared: ReadingListItem[]): ReadingListItem[] {
	const merged = own.map((item) => ({ ...item }));
	for (const item of shared) {
		const mine = merged.find((m) => m.id === item.id);
		if (!mine) merged.push({ ...item });
		else if (!mine.note) mine.note = item.note;
	}
	return merged.slice(0, maxItems);
}

/** Whether two lists hold the same pages in the same order with the same notes. */
export const sameItems = (a: ReadingListItem[], b: ReadingListItem[]) =>
	a.length === b.length && a.every((item, i) => item.id === b[i]!.id && item.note === b[i]!.note);

/** The list held in an address: `?p=trust,managing-conflict`, for notes `&n.trust=Read+first`, for the title `&t=…`. */
export function listFromAddress(params: URLSearchParams): ReadingListItem[] | undefined {
	const ids = params.get('p');
	if (ids === null) return undefined;
	const seen = new Set<string>();
	return ids
		.split(',')
		.map((id) => id.trim())
		.filter((id) => idPattern.test(id) && !seen.has(id) && seen.add(id))
		.slice(0, maxItems)
		.map((id) => ({ id, note: params.get(`n.${id}`) ?? '' }));
}

/** The list's title held in an address (`&t=…`). */
export const titleFromAddress = (params: URLSearchParams) => (params.get('t') ?? '').slice(0, maxTitle);

/** The query string that holds `items` (and the list's title), for a shareable address. */
export function addressOf(items: ReadingListItem[], title = ''): string {
	if (!items.length) return '';
	const params = new URLSearchParams();
	params.set('p', items.map((item) => item.id).join(','));
	if (title) params.set('t', title);
	for (const item of items) if (item.note) params.set(`n.${item.id}`, item.note);
	// Commas are safe in a query and keep the list readable: ?p=trust,managing-conflict
	return `?${params.toString().replace(/%2C/g, ',')}`;
}
