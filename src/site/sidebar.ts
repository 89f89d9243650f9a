import english from '../content/i18n/en-CA.json' with { type: 'json' };

/** The handbook's sections, in reading order; each is a folder under `content/docs/`. */
export const sections = [
	{ label: 'The LEADS framework', directory: 'leads' },
	{ label: 'Develop Coalitions in depth', directory: 'coalitions' },
	{ label: 'Collaborative leadership practices', directory: 'practices' },
	{ label: 'Lessons on collaboration', directory: 'lessons' },
	{ label: 'Case studies', directory: 'cases' },
	{ label: 'Reflection', directory: 'reflection' },
	{ label: 'Source documents', directory: 'sources' },
	{ label: 'Authoring guide', directory: 'authoring' },
] as const;

/** Top-level pages shown first, in this order; every other top-level page goes under "Reference". */
const startPages = ['about', 'how-to-use', 'challenges'];
const referencePages = ['capability-map', 'glossary', 'references', 'linking'];

/**
 * The words the sidebar adds, in the sidebar's language (the dictionary strings of the same names, `handbook.…`).
 * A section's own name is its folder's overview page's title in a language other than the default (whose
 * sections are named in `sections`), so a translated section is named in its language.
 */
export interface SidebarWords {
	startHere: string;
	referenceGroup: string;
	overview: string;
	/** Whether sections are named by their overview page (not by `sections`). */
	sectionsByTitle?: boolean;
}

/** The sidebar's words in a language's dictionary; every dictionary has them all. */
export const sidebarWords = (dictionary: Record<string, string>): SidebarWords => ({
	startHere: dictionary['handbook.startHere']!,
	referenceGroup: dictionary['handbook.referenceGroup']!,
	overview: dictionary['handbook.pageType.overview']!,
});

/** The default language's. */
const defaultSidebarWords = sidebarWords(english);

/** What the sidebar needs to know about a page: its URL and its frontmatter. */
export interface SidebarPage {
	url: string;
	frontmatter?: Record<string, unknown>;
}

/**
 * Starlight's sidebar configuration items that the handbook uses (see Starlight's `sidebar` option). Pages are
 * listed as links with their label, not by entry id (`slug`): Starlight looks an id up on every request and
 * throws when the entry is gone, so in `npm run dev` deleting or renaming a page made every page fail until
 * the server restarted.
 */
export type SidebarItem =
	| { label: string; link: string; badge?: SidebarBadge; attrs?: Record<string, string | number | boolean | undefined> }
	| { label: string; collapsed?: boolean; items: SidebarItem[] };

/** A folder of pages: its own index page, its pages and its sub-folders. */
interface Folder {
	path: string;
	index?: SidebarPage;
	pages: SidebarPage[];
	folders: Map<string, Folder>;
}

const collator = new Intl.Collator('en-CA');

const sidebarField = (page: SidebarPage) => (page.frontmatter?.sidebar ?? {}) as Record<string, unknown>;
const orderOf = (page: SidebarPage) => {
	const order = sidebarField(page).order;
	return typeof order === 'number' ? order : Number.MAX_SAFE_INTEGER;
};
const titleOf = (page: SidebarPage) => String(sidebarLabel(page) ?? page.frontmatter?.title ?? page.url);
function sidebarLabel(page: SidebarPage): string | undefined {
	const label = sidebarField(page).label;
	return typeof label === 'string' ? label : undefined;
}

/** A badge beside a sidebar link (Starlight's `sidebar.badge` frontmatter field). */
type SidebarBadge =
	string | { text: string; variant?: 'note' | 'danger' | 'success' | 'caution' | 'tip' | 'default'; class?: string };

/** A page's sidebar link: its label, badge and attributes from its `sidebar` field, as Starlight gives them. */
function linkTo(page: SidebarPage, label = titleOf(page)): SidebarItem {
	const { badge, attrs } = sidebarField(page);
	return {
		label,
		link: page.url,
		// The frontmatter schema has checked both fields' shapes.
		...(badge !== undefined ? { badge: badge as SidebarBadge } : {}),
		...(attrs && typeof attrs === 'object'
			? { attrs: attrs as Record<string, string | number | boolean | undefined> }
			: {}),
	};
}

/** Starlight's entry id for a page URL: `/` is `index`, `/a/b/` is `a/b`. */
export const slugOf = (url: string) => url.replace(/^\/|\/$/g, '') || 'index';

/** Reading order: the frontmatter's `sidebar.order`, then the title. */
const byReadingOrder = (a: SidebarPage, b: SidebarPage) =>
	orderOf(a) - orderOf(b) || collator.compare(titleOf(a), titleOf(b));

/** Sorts pages into the folder tree their URLs describe. */
function folderTree(pages: SidebarPage[]): Folder {
	const root: Folder = { path: '', pages: [], folders: new Map() };
	for (const page of pages) {
		if (sidebarField(page).hidden === true) continue;
		const segments = slugOf(page.url).split('/');
		let folder = root;
		for (const [i, segment] of segments.entries()) {
			const isLast = i === segments.length - 1;
			if (isLast && page.url !== '/') {
				// A page is the index of its folder when other pages live below its URL; decided after the loop.
				folder.pages.push(page);
				break;
			}
			if (isLast) break;
			if (!folder.folders.has(segment))
				folder.folders.set(segment, { path: segments.slice(0, i + 1).join('/'), pages: [], folders: new Map() });
			folder = folder.folders.get(segment)!;
		}
	}
	// `/practices/` is both a page of the root and the index of the `practices` folder.
	const adopt = (folder: Folder) => {
		folder.pages = folder.pages.filter((page) => {
			const child = folder.folders.get(slugOf(page.url).split('/').at(-1)!);
			if (!child) return true;
			child.index = page;
			return false;
		});
		folder.folders.forEach(adopt);
	};
	adopt(root);
	return root;
}

/** A folder as a sidebar group: its overview page first, then its pages and sub-folders in reading order. */
function groupOf(folder: Folder, label: string, words: SidebarWords): SidebarItem {
	const children: { sortKey: SidebarPage; item: SidebarItem }[] = [
		...folder.pages.map((page) => ({ sortKey: page, item: linkTo(page) })),
		...[...folder.folders.values()].map((sub) => ({
			sortKey: sub.index ?? { url: `/${sub.path}/`, frontmatter: { title: sub.path } },
			item: groupOf(sub, sub.index ? titleOf(sub.index) : (sub.path.split('/').at(-1) ?? sub.path), words),
		})),
	];
	children.sort((a, b) => byReadingOrder(a.sortKey, b.sortKey));
	const overview: SidebarItem[] = folder.index
		? [linkTo(folder.index, sidebarLabel(folder.index) ?? words.overview)]
		: [];
	return { label, collapsed: true, items: [...overview, ...children.map((c) => c.item)] };
}

/**
 * The sidebar for a content set, as explicit Starlight items generated from its pages: every
 * section folder becomes a group listing its pages in reading order (Starlight's `autogenerate`
 * only looks in `src/content/docs/`, and the handbook's pages live in `content/docs/`).
 * Starlight then marks the current page, opens its group, and derives Previous/Next from this order.
 */
export function sidebarFor(pages: SidebarPage[], words: SidebarWords = defaultSidebarWords): SidebarItem[] {
	const root = folderTree(pages);
	const topPage = (name: string) => root.pages.find((page) => slugOf(page.url) === name);
	const items: SidebarItem[] = [];
	const start = startPages.flatMap((name) => {
		const page = topPage(name);
		return page ? [linkTo(page)] : [];
	});
	if (start.length) items.push({ label: words.startHere, items: start });
	const known = new Map<string, string>(sections.map((s) => [s.directory, s.label]));
	const titled = (folder: Folder) => (folder.index ? titleOf(folder.index) : undefined);
	const folders = [...root.folders.keys()].sort((a, b) => {
		const rank = (dir: string) => [...known.keys()].indexOf(dir);
		return (rank(a) < 0 ? 99 : rank(a)) - (rank(b) < 0 ? 99 : rank(b)) || collator.compare(a, b);
	});
	for (const dir of folders) {
		const folder = root.folders.get(dir)!;
		const label = words.sectionsByTitle
			? (titled(folder) ?? known.get(dir) ?? dir)
			: (known.get(dir) ?? titled(folder) ?? dir);
		items.push(groupOf(folder, label, words));
	}
	const others = root.pages
		.filter((page) => !startPages.includes(slugOf(page.url)))
		.sort((a, b) => {
			const rank = (page: SidebarPage) => {
				const i = referencePages.indexOf(slugOf(page.url));
				return i < 0 ? 99 : i;
			};
			return rank(a) - rank(b) || byReadingOrder(a, b);
		});
	if (others.length) items.push({ label: words.referenceGroup, items: others.map((page) => linkTo(page)) });
	return items;
}

/** Each folder's overview URL with the pages directly inside it, in reading order: made once per list of pages. */
const childrenByPages = new WeakMap<readonly SidebarPage[], Map<string, SidebarPage[]>>();

/**
 * The pages directly inside the section whose overview page is at `url`, in reading order (the
 * sidebar's): its own pages, and the overview page of each sub-folder. Empty for a page that is not
 * the overview of a folder. The folder tree is built once for a list of pages (the content model's,
 * which changes only with the content), so each page looks its section up in constant time.
 */
export function sectionChildren<Page extends SidebarPage>(url: string, pages: Page[]): Page[] {
	let byOverview = childrenByPages.get(pages);
	if (!byOverview) {
		byOverview = new Map();
		const visit = (folder: Folder) => {
			if (folder.index && !byOverview!.has(folder.index.url)) {
				const children = [
					...folder.pages,
					...[...folder.folders.values()].flatMap((sub) => (sub.index ? [sub.index] : [])),
				];
				byOverview!.set(folder.index.url, children.sort(byReadingOrder));
			}
			folder.folders.forEach(visit);
		};
		visit(folderTree(pages));
		childrenByPages.set(pages, byOverview);
	}
	// A copy: the list is shared by every page of the section.
	return [...((byOverview.get(url) ?? []) as Page[])];
}

/** The label of the section (top-level group) a URL belongs to, for breadcrumbs. */
export function sectionLabel(directory: string): string | undefined {
	return sections.find((s) => s.directory === directory)?.label;
}

/** Every page the sidebar lists, as URLs, in its order (the reading order of the whole handbook, for `/print/`). */
export function readingOrder(pages: SidebarPage[]): string[] {
	const urls = (items: SidebarItem[]): string[] =>
		items.flatMap((item) => ('link' in item ? [item.link] : urls(item.items)));
	return urls(sidebarFor(pages));
}
