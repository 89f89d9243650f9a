// Each page's sidebar and Previous/Next links, derived from one structure made once per version of the content.
// Starlight would build the whole sidebar (every page of the handbook) for each page, deep-copy it into the
// page's route data and only then let the handbook trim it (`pruneSidebar` in `src/route-data.ts`): work per
// page that grows with the handbook. Starlight is given an empty sidebar instead (`src/starlight-plugin.ts`), and the
// route data middleware sets the page's trimmed sidebar and its pagination from this structure, as Starlight
// would have made them: the same entries, labels, addresses, badges and attributes.
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import type { HandbookModel } from '../model/load.ts';
import { counterpartUrl, localeOf, urlInLocale } from '../model/locales.ts';
import english from '../content/i18n/en-CA.json' with { type: 'json' };
import { sidebarFor, sidebarWords, type SidebarItem, type SidebarWords } from './sidebar.ts';
import { fillTemplate } from './ui-text.ts';

export type Entry = StarlightRouteData['sidebar'][number];
type Link = Extract<Entry, { type: 'link' }>;
type Group = Extract<Entry, { type: 'group' }>;
type Badge = Link['badge'];
type Pagination = StarlightRouteData['pagination'];
type PrevNext = Pagination['prev'];

/** How many links the group holding the current page shows at most; beyond that it links to its section page. */
export const sidebarGroupLimit = 30;
/** How many links a collapsed group (one without the current page) shows at most. */
export const collapsedGroupLimit = 10;

// Starlight's path helpers (`utils/path.ts`, `utils/base.ts`, `utils/createPathFormatter.ts`), for the
// handbook's settings: directory format, trailing slash always.
const stripTrailingSlash = (href: string) => (href.endsWith('/') ? href.slice(0, -1) : href);
const stripHtmlExtension = (href: string) => {
	const bare = stripTrailingSlash(href);
	return bare.endsWith('.html') ? bare.slice(0, -5) : href;
};
const pathWithBase = (base: string, href: string) => {
	const path = href.startsWith('/') ? href.slice(1) : href;
	return path ? `${stripTrailingSlash(base)}/${path}` : `${stripTrailingSlash(base)}/`;
};
/** A sidebar link's address as Starlight writes it (`formatPath`). */
const formatHref = (base: string, link: string) => {
	const href = pathWithBase(base, stripHtmlExtension(link.startsWith('/') ? link : `/${link}`));
	return href === '/' || href.endsWith('/') ? href : `${href}/`;
};
/** The key Starlight finds the current page's link by (`getSidebarCurrentEntry`, trailing slash never). */
const currentKey = (base: string, href: string) => {
	const path = pathWithBase(base, stripHtmlExtension(href));
	return path === '/' ? path : stripTrailingSlash(path);
};

/** A badge as Starlight's configuration schema and `getSidebarBadge` make it. */
function badgeOf(badge: unknown): Badge {
	if (badge === undefined) return undefined;
	if (typeof badge === 'string') return { variant: 'default', text: badge };
	const { variant, ...rest } = badge as Exclude<Badge, undefined>;
	return { ...rest, variant: variant ?? 'default' } as Badge;
}

/** A configuration item as a sidebar entry, as Starlight's `configItemToEntry` makes it. */
function toEntry(base: string, item: SidebarItem): Entry {
	if ('items' in item)
		return {
			type: 'group',
			label: item.label,
			entries: item.items.map((child) => toEntry(base, child)),
			collapsed: item.collapsed ?? false,
			badge: undefined,
		};
	return {
		type: 'link',
		label: item.label,
		href: formatHref(base, item.link),
		badge: badgeOf(item.badge),
		isCurrent: false,
		attrs: item.attrs ?? {},
	};
}

/** The words of a sidebar and its trimming, in the page's language (`handbook.allPagesIn`: `{{count}}`, `{{section}}`). */
export interface NavigationWords extends SidebarWords {
	allPagesIn: string;
}

/** The navigation words of a language's dictionary (`Astro.locals.t.all()`); every dictionary has them all. */
export function navigationWords(dictionary: Record<string, string>): NavigationWords {
	return { ...sidebarWords(dictionary), allPagesIn: dictionary['handbook.allPagesIn']! };
}

/** The default language's (English). */
const englishNavigationWords = navigationWords(english);

/** The whole sidebar, once per version of the content and base, with what each page needs to look up. */
interface SidebarIndex {
	base: string;
	words: NavigationWords;
	entries: Entry[];
	/** Every link in reading order (Starlight's `flattenSidebar`), for Previous/Next. */
	links: Link[];
	/** Each link's position in `links` by its key (the first link of an address wins, as in Starlight). */
	positions: Map<string, number>;
	/** The groups around each link, outermost first. */
	ancestors: Map<Link, Group[]>;
	/** Links under each group. */
	counts: Map<Group, number>;
	/** Trimmed groups that hold no current page: the same for every page. */
	trimmed: WeakMap<Entry, Entry>;
	/** Each group's section link (`sectionLink`). */
	sectionLinks: WeakMap<Entry[], string | undefined>;
}

const indexes = new WeakMap<HandbookModel, Map<string, SidebarIndex>>();

/** A sidebar item of a locale's own tree, with its links moved under the locale's folder (`/a/` is `/fr/a/`). */
function inLocale(item: SidebarItem, locale: string): SidebarItem {
	if ('items' in item) return { ...item, items: item.items.map((child) => inLocale(child, locale)) };
	return { ...item, link: counterpartUrl(item.link, 'root', locale) };
}

/**
 * The sidebar of one locale: its pages only, arranged as if its folder were the site's root (so `docs/fr/`
 * has the sections, start pages and reference pages `docs/` has), linking to their addresses in the folder.
 * A page of one language never lists a page of another.
 */
function localeSidebar(model: HandbookModel, locale: string, words: SidebarWords): SidebarItem[] {
	const pages = model.pages
		.filter((page) => localeOf(page.url, model.locales) === locale)
		.map((page) => ({ ...page, url: urlInLocale(page.url, locale) }));
	const items = sidebarFor(pages, { ...words, sectionsByTitle: locale !== 'root' });
	return locale === 'root' ? items : items.map((item) => inLocale(item, locale));
}

function sidebarIndex(model: HandbookModel, base: string, locale: string, words: NavigationWords): SidebarIndex {
	let byBase = indexes.get(model);
	if (!byBase) indexes.set(model, (byBase = new Map()));
	const key = `${locale} ${base}`;
	let index = byBase.get(key);
	if (index) return index;
	index = indexEntries(
		localeSidebar(model, locale, words).map((item) => toEntry(base, item)),
		base,
		words,
	);
	byBase.set(key, index);
	return index;
}

/** The locale of a page's address with base (`/handbook/fr/a/` is in `fr`). */
function localeOfPath(model: HandbookModel, base: string, pathname: string): string {
	const prefix = stripTrailingSlash(base);
	const url = pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
	return localeOf(url, model.locales);
}

/** The index of a sidebar's entries (see `SidebarIndex`). */
function indexEntries(entries: Entry[], base: string, words: NavigationWords): SidebarIndex {
	const index: SidebarIndex = {
		base,
		words,
		entries,
		links: [],
		positions: new Map(),
		ancestors: new Map(),
		counts: new Map(),
		trimmed: new WeakMap(),
		sectionLinks: new WeakMap(),
	};
	const walk = (list: Entry[], around: Group[]): number => {
		let count = 0;
		for (const entry of list) {
			if (entry.type === 'link') {
				const key = currentKey(base, encodeURI(entry.href));
				if (!index.positions.has(key)) index.positions.set(key, index.links.length);
				index.links.push(entry);
				index.ancestors.set(entry, around);
				count++;
			} else {
				const inside = walk(entry.entries, [...around, entry]);
				index.counts.set(entry, inside);
				count += inside;
			}
		}
		return count;
	};
	walk(entries, []);
	return index;
}

/** The first link of a group is its overview page (the sidebar lists it first), else the shortest address. */
function sectionLink(index: SidebarIndex, entries: Entry[]): string | undefined {
	if (!index.sectionLinks.has(entries)) {
		const links = entries.filter((e) => e.type === 'link');
		index.sectionLinks.set(entries, [...links].sort((a, b) => a.href.length - b.href.length)[0]?.href);
	}
	return index.sectionLinks.get(entries);
}

/** One page's view of the index: its link and the groups around it. */
interface Current {
	link: Link | undefined;
	groups: Set<Group>;
	/** The group limits (see `sidebarGroupLimit` and `collapsedGroupLimit`). */
	limit: number;
	collapsedLimit: number;
}

const holds = (current: Current, entry: Entry) =>
	entry.type === 'link' ? entry === current.link : current.groups.has(entry);

/** An entry with the current page's link marked (copies along the way to it; the rest is shared). */
function marked(current: Current, entry: Entry): Entry {
	if (entry.type === 'link') return entry === current.link ? { ...entry, isCurrent: true } : entry;
	if (!current.groups.has(entry)) return entry;
	return { ...entry, entries: entry.entries.map((child) => marked(current, child)) };
}

/**
 * Keeps every page's sidebar the same size however large the handbook grows: the group with the current
 * page shows at most `sidebarGroupLimit` links around it, and every other group its first
 * `collapsedGroupLimit` links; a trimmed group ends with a link to its section page, which lists every
 * page. A group is never emptied, and the current page is always listed. Lists without the current page
 * are trimmed once and shared by every page.
 */
function trim(index: SidebarIndex, current: Current, entries: Entry[]): Entry[] {
	return entries.map((entry) => trimEntry(index, current, entry));
}

/** One entry of a list, trimmed (see `trim`). */
function trimEntry(index: SidebarIndex, current: Current, entry: Entry): Entry {
	if (entry.type === 'link') return marked(current, entry);
	const withCurrent = current.groups.has(entry);
	// A group without the current page is trimmed the same way for every page: once.
	const shared = !withCurrent && current.limit === sidebarGroupLimit && current.collapsedLimit === collapsedGroupLimit;
	if (shared) {
		const known = index.trimmed.get(entry);
		if (known) return known;
	}
	const max = withCurrent ? current.limit : current.collapsedLimit;
	const total = index.counts.get(entry)!;
	let result: Entry;
	if (total <= max) result = marked(current, entry);
	// Few entries, but large sub-groups (the LEADS domains): trim inside the sub-groups only.
	else if (entry.entries.length <= max) result = { ...entry, entries: trim(index, current, entry.entries) };
	else {
		const links = entry.entries;
		const at = withCurrent ? links.findIndex((e) => holds(current, e)) : -1;
		// Keep the overview (first entry) in view, then a window of entries around the current one.
		const start = at < 0 ? 0 : Math.max(0, Math.min(at - Math.floor(max / 2), links.length - max));
		const window = links
			.slice(start, start + max)
			.map((e) => (e.type === 'group' ? { ...e, entries: trim(index, current, e.entries) } : marked(current, e)));
		const overview = start > 0 && links[0]?.type === 'link' ? [marked(current, links[0])] : [];
		// The overview and the window may list every link after all (one more than the limit): nothing to trim.
		if (overview.length + window.length === links.length && total === links.length) return marked(current, entry);
		const more: Entry = {
			type: 'link',
			label: fillTemplate(index.words.allPagesIn, { count: String(total), section: entry.label }).join(''),
			href: sectionLink(index, links) ?? '#',
			isCurrent: false,
			badge: undefined,
			attrs: { class: 'sidebar-more' },
		};
		result = { ...entry, entries: [...overview, ...window, more] };
	}
	if (shared) index.trimmed.set(entry, result);
	return result;
}

/** Starlight's `applyPrevNextLinkConfig`, with pagination on: a page's `prev`/`next` frontmatter wins. */
function prevNext(link: Link | undefined, config: unknown): PrevNext {
	if (config === false) return undefined;
	if (config === true) return link;
	if (typeof config === 'string' && link) return { ...link, label: config };
	if (config && typeof config === 'object') {
		const { label, link: href } = config as { label?: string; link?: string };
		if (link) return { ...link, label: label ?? link.label, href: href ?? link.href, attrs: {} };
		if (href && label) return { type: 'link', label, href, badge: undefined, isCurrent: false, attrs: {} };
	}
	return link;
}

/**
 * The sidebar and Previous/Next links of the page at `pathname` (with base), from the handbook's pages:
 * what Starlight's `getSidebar` and `getPrevNextLinks` make from the handbook's whole sidebar, trimmed. Both
 * stay within the page's language: a page in `docs/fr/` gets the French pages' sidebar (`localeSidebar`).
 * `frontmatter` is the page's (its `prev` and `next`).
 */
export function pageNavigation(
	model: HandbookModel,
	base: string,
	pathname: string,
	frontmatter: { prev?: unknown; next?: unknown } = {},
	words: NavigationWords = englishNavigationWords,
): { sidebar: Entry[]; pagination: Pagination } {
	const index = sidebarIndex(model, base, localeOfPath(model, base, pathname), words);
	// Starlight adds the base to both the links' addresses and the page's before comparing them.
	const position = index.positions.get(currentKey(base, pathname));
	const link = position === undefined ? undefined : index.links[position];
	const current: Current = {
		link,
		groups: new Set(link ? index.ancestors.get(link) : []),
		limit: sidebarGroupLimit,
		collapsedLimit: collapsedGroupLimit,
	};
	const neighbour = (at: number) => {
		const found = index.links[at];
		return found && { ...found };
	};
	return {
		sidebar: trim(index, current, index.entries),
		pagination: {
			prev: prevNext(position === undefined ? undefined : neighbour(position - 1), frontmatter.prev),
			next: prevNext(position === undefined ? undefined : neighbour(position + 1), frontmatter.next),
		},
	};
}

/**
 * Trims a sidebar whose current page is marked (`isCurrent`), as each page's sidebar is trimmed: for
 * sidebars made elsewhere, and the tests.
 */
export function pruneSidebar(
	entries: Entry[],
	limit = sidebarGroupLimit,
	collapsedLimit = collapsedGroupLimit,
	words: NavigationWords = englishNavigationWords,
): Entry[] {
	const index = indexEntries(entries, '/', words);
	const link = index.links.find((l) => l.isCurrent);
	const current: Current = {
		link,
		groups: new Set(link ? index.ancestors.get(link) : []),
		limit,
		collapsedLimit,
	};
	return trim(index, current, entries);
}
