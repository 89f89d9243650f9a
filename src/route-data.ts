import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';

type Entry = StarlightRouteData['sidebar'][number];

/** How many links a sidebar group shows at most; beyond that it links to its section page. */
export const sidebarGroupLimit = 30;

const containsCurrent = (entry: Entry): boolean =>
	entry.type === 'link' ? entry.isCurrent : entry.entries.some(containsCurrent);

const countLinks = (entry: Entry): number =>
	entry.type === 'link' ? 1 : entry.entries.reduce((n, e) => n + countLinks(e), 0);

/**
 * Keeps every page's sidebar the same size however large the handbook grows.
 * Starlight lists every page in every page's sidebar, so a 2,000-page site would
 * carry 2,000 links on each page. Here a group shows at most `limit` links: the
 * ones around the current page if it is inside, otherwise the first ones, then a
 * link to the group's section page that lists them all.
 */
export function pruneSidebar(entries: Entry[], limit = sidebarGroupLimit): Entry[] {
	return entries.map((entry) => {
		if (entry.type === 'link') return entry;
		const total = countLinks(entry);
		if (total <= limit) return entry;
		const links = entry.entries;
		const current = links.findIndex(containsCurrent);
		const start = current < 0 ? 0 : Math.max(0, Math.min(current - Math.floor(limit / 2), links.length - limit));
		const window = links
			.slice(start, start + limit)
			.map((e) => (e.type === 'group' ? { ...e, entries: pruneSidebar(e.entries, limit) } : e));
		// The section's own page has the group's shortest address (`/coalitions/` before `/coalitions/trust/`).
		const section = links.filter((e) => e.type === 'link').sort((a, b) => a.href.length - b.href.length)[0];
		const more: Entry = {
			type: 'link',
			label: `All ${total} pages in ${entry.label}`,
			href: section?.href ?? '#',
			isCurrent: false,
			badge: undefined,
			attrs: { class: 'sidebar-more' },
		};
		return { ...entry, entries: [...window, more] };
	});
}

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.sidebar = pruneSidebar(route.sidebar);
});
