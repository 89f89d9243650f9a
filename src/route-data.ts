import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { formatReport } from './check/report.ts';
import { errorsOf } from './validation/validate.ts';

/** The content check's report, as an error Astro's dev overlay shows. */
class ContentCheckError extends Error {
	override name = 'The content check found problems';
}

type Entry = StarlightRouteData['sidebar'][number];

/** How many links the group holding the current page shows at most; beyond that it links to its section page. */
export const sidebarGroupLimit = 30;
/** How many links a collapsed group (one without the current page) shows at most. */
export const collapsedGroupLimit = 10;

const containsCurrent = (entry: Entry): boolean =>
	entry.type === 'link' ? entry.isCurrent : entry.entries.some(containsCurrent);

const countLinks = (entry: Entry): number =>
	entry.type === 'link' ? 1 : entry.entries.reduce((n, e) => n + countLinks(e), 0);

/** The first link of a group is its overview page (the sidebar lists it first), else the shortest address. */
function sectionLink(entries: Entry[]): string | undefined {
	const links = entries.filter((e) => e.type === 'link');
	return [...links].sort((a, b) => a.href.length - b.href.length)[0]?.href;
}

/**
 * Keeps every page's sidebar the same size however large the handbook grows.
 * Starlight lists every page in every page's sidebar, so a 2,000-page site would
 * carry 2,000 links on each page. Here the group with the current page shows at most
 * `limit` links around it, and every other group its first `collapsedLimit` links;
 * a trimmed group ends with a link to its section page, which lists every page.
 * A group is never emptied, and the current page is always listed.
 */
export function pruneSidebar(
	entries: Entry[],
	limit = sidebarGroupLimit,
	collapsedLimit = collapsedGroupLimit,
): Entry[] {
	return entries.map((entry) => {
		if (entry.type === 'link') return entry;
		const hasCurrent = containsCurrent(entry);
		const max = hasCurrent ? limit : collapsedLimit;
		const total = countLinks(entry);
		if (total <= max) return entry;
		const links = entry.entries;
		// Few entries, but large sub-groups (the LEADS domains): trim inside the sub-groups only.
		if (links.length <= max) return { ...entry, entries: pruneSidebar(links, limit, collapsedLimit) };
		const current = links.findIndex(containsCurrent);
		// Keep the overview (first entry) in view, then a window of entries around the current one.
		const start = current < 0 ? 0 : Math.max(0, Math.min(current - Math.floor(max / 2), links.length - max));
		const window = links
			.slice(start, start + max)
			.map((e) => (e.type === 'group' ? { ...e, entries: pruneSidebar(e.entries, limit, collapsedLimit) } : e));
		const overview = start > 0 && links[0]?.type === 'link' ? [links[0]] : [];
		const more: Entry = {
			type: 'link',
			label: `All ${total} pages in ${entry.label}`,
			href: sectionLink(links) ?? '#',
			isCurrent: false,
			badge: undefined,
			attrs: { class: 'sidebar-more' },
		};
		return { ...entry, entries: [...overview, ...window, more] };
	});
}

export const onRequest = defineRouteMiddleware((context) => {
	// In `npm run dev`, a saved mistake shows in the browser's error overlay (and the terminal), with
	// path:line:col, rule id and hint, instead of an old version of the page.
	if (import.meta.env.DEV) {
		const errors = errorsOf(context.locals.handbook.problems);
		if (errors.length) throw new ContentCheckError(formatReport(errors));
	}
	const route = context.locals.starlightRoute;
	route.sidebar = pruneSidebar(route.sidebar);
});
