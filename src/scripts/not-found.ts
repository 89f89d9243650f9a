// On the 404 page: for an address under /go/, name the short-link ids nearest to the one typed.
import { pathWithBase, shortPath, siteBase } from '../model/routes.ts';

/** Levenshtein distance, small strings only (short-link ids). */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length]!;
}

/** The `count` ids nearest to `typed`: by edit distance, ids that contain it or start alike first. */
export function nearest(typed: string, ids: string[], count = 3): string[] {
	const score = (id: string) => editDistance(typed, id) - (id.includes(typed) || typed.includes(id) ? 2 : 0);
	return [...ids].sort((a, b) => score(a) - score(b) || a.localeCompare(b)).slice(0, count);
}

export function nearestShortLinks(section: HTMLElement | null): void {
	if (!section) return;
	const base = siteBase();
	const match = new RegExp(`^${base.replace(/\/?$/, '/')}go/([^/]+)`).exec(location.pathname);
	if (!match) return;
	let typed = match[1]!;
	try {
		typed = decodeURIComponent(typed);
	} catch {
		// A malformed escape: suggest from the address as it was typed.
	}
	typed = typed.toLowerCase();
	const ids = JSON.parse(section.dataset.ids ?? '[]') as string[];
	section.querySelector('[data-short-link-id]')!.textContent = shortPath(typed);
	const list = section.querySelector('[data-short-link-suggestions]')!;
	for (const id of nearest(typed, ids)) {
		const item = document.createElement('li');
		const link = document.createElement('a');
		link.href = pathWithBase(shortPath(id));
		link.textContent = shortPath(id);
		item.append(link);
		list.append(item);
	}
	section.hidden = false;
}
