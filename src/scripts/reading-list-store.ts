// A trainer's reading list: an ordered list of short ids, each with an optional note. It lives in
// this browser's localStorage and in the reading list's own address; nothing is sent anywhere.

/** One page on the list: its short id and the trainer's note. */
export interface ReadingListItem {
	id: string;
	note: string;
}

const storageKey = 'coalitions-handbook:reading-list:v1';
/** Short ids are lowercase words joined by hyphens; anything else in an address is ignored. */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A generous bound, so a pasted address cannot make a huge list. */
const maxItems = 100;

export function loadList(): ReadingListItem[] {
	try {
		const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
		if (!Array.isArray(parsed)) return [];
		return parsed
			.filter(
				(item): item is ReadingListItem =>
					typeof item?.id === 'string' && idPattern.test(item.id) && typeof item.note === 'string',
			)
			.slice(0, maxItems);
	} catch {
		return [];
	}
}

export function saveList(items: ReadingListItem[]): void {
	localStorage.setItem(storageKey, JSON.stringify(items.slice(0, maxItems)));
}

/** Adds a page to the end of the list, once; returns false if it was there already. */
export function addToList(id: string): boolean {
	const items = loadList();
	if (items.some((item) => item.id === id)) return false;
	items.push({ id, note: '' });
	saveList(items);
	return true;
}

/** The list held in an address: `?p=trust,managing-conflict` and, for notes, `&n.trust=Read+first`. */
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

/** The query string that holds `items`, for a shareable address. */
export function addressOf(items: ReadingListItem[]): string {
	if (!items.length) return '';
	const params = new URLSearchParams();
	params.set('p', items.map((item) => item.id).join(','));
	for (const item of items) if (item.note) params.set(`n.${item.id}`, item.note);
	// Commas are safe in a query and keep the list readable: ?p=trust,managing-conflict
	return `?${params.toString().replace(/%2C/g, ',')}`;
}
