/**
 * The page-type registry: everything the handbook does differently for a kind of page, in one
 * entry per type. Lists of types elsewhere (tagged types, short links, catalog, backlink groups,
 * templates, social cards) are derived from here, so a new type is one entry plus, where needed,
 * its component.
 */
export interface PageTypeEntry {
	/** Whether pages of this type must carry capability tags and sources (and cite them). */
	tagged: boolean;
	/** Whether its pages are reader pages: each gets a short link `/go/<id>/`, a "Use in training" box and an embed view. */
	shortLink: boolean;
	/** Whether the catalog (`/catalog.json`, `/catalog.csv`) lists its pages. */
	catalog: boolean;
	/**
	 * Under which heading its pages appear in a capability's "Pages that serve this capability" (the heading's
	 * words are `handbook.pageGroup.<group>` in each language's dictionary), and the headings' order.
	 */
	backlinks?: { group: BacklinkGroup; order: number };
	/** The `##` headings each page of this type must have, in this order. */
	template?: readonly string[];
	/** Whether its pages are columns of the capability map (practice and case study). */
	capabilityMap?: boolean;
	/** Whether its pages are the framework itself (listed from the taxonomy, not as uses of it). */
	framework?: boolean;
	/** Whether its pages open with three to five "In brief" points (`inBrief:`), for leaders looking for what to do. */
	inBrief?: boolean;
	/** Whether its pages have an embed view (`/embed/<id>/`) for learning systems (reader pages only). */
	embed?: boolean;
	/**
	 * Whether readers act on what its pages state, so every paragraph, list item, quotation, table cell and "In brief"
	 * point must cite its source or say it is the handbook's reading (rule `untraced-statement`).
	 */
	traced?: boolean;
}

/**
 * The groups of "Pages that serve this capability". A page type's words (`handbook.pageType.<type>`) and a
 * group's (`handbook.pageGroup.<group>`) are in the dictionaries of `src/content/i18n/`, one per language.
 */
export const backlinkGroupIds = ['practices', 'caseStudies', 'reflection', 'otherPages'] as const;
export type BacklinkGroup = (typeof backlinkGroupIds)[number];

/** The nine headings of the case-study template, in order. */
export const caseStudyHeadings = [
	'Context',
	'Who was involved',
	'Purpose',
	'What happened',
	'What the research found',
	'LEADS capabilities in action',
	'Lessons',
	'Questions for discussion',
	'Sources',
] as const;

export const pageTypeRegistry = {
	home: { tagged: false, shortLink: false, catalog: false },
	// A guide tagged with capabilities (Find help by challenge) serves them like an overview does.
	guide: {
		tagged: false,
		shortLink: false,
		catalog: false,
		backlinks: { group: 'otherPages', order: 4 },
	},
	overview: {
		tagged: true,
		shortLink: true,
		catalog: true,
		backlinks: { group: 'otherPages', order: 4 },
	},
	domain: {
		tagged: true,
		shortLink: true,
		catalog: true,
		framework: true,
		backlinks: { group: 'otherPages', order: 4 },
	},
	capability: {
		tagged: true,
		shortLink: true,
		catalog: true,
		framework: true,
		embed: true,
		traced: true,
	},
	topic: {
		tagged: true,
		shortLink: true,
		catalog: true,
		backlinks: { group: 'otherPages', order: 4 },
		inBrief: true,
		embed: true,
		traced: true,
	},
	practice: {
		tagged: true,
		shortLink: true,
		catalog: true,
		backlinks: { group: 'practices', order: 1 },
		capabilityMap: true,
		inBrief: true,
		embed: true,
		traced: true,
	},
	'case-study': {
		tagged: true,
		shortLink: true,
		catalog: true,
		backlinks: { group: 'caseStudies', order: 2 },
		template: caseStudyHeadings,
		capabilityMap: true,
		inBrief: true,
		embed: true,
		traced: true,
	},
	lesson: {
		tagged: true,
		shortLink: true,
		catalog: true,
		backlinks: { group: 'otherPages', order: 4 },
		inBrief: true,
		embed: true,
		traced: true,
	},
	reflection: {
		tagged: true,
		shortLink: true,
		catalog: true,
		backlinks: { group: 'reflection', order: 3 },
		embed: true,
	},
	source: {
		tagged: true,
		shortLink: true,
		catalog: true,
		backlinks: { group: 'otherPages', order: 4 },
	},
	glossary: { tagged: false, shortLink: false, catalog: false },
	reference: { tagged: false, shortLink: false, catalog: false },
} as const satisfies Record<string, PageTypeEntry>;

export type PageType = keyof typeof pageTypeRegistry;
export const pageTypes = Object.keys(pageTypeRegistry) as [PageType, ...PageType[]];

/** The registry entry of a type (undefined for a type that is not registered). */
export const pageType = (type: unknown): PageTypeEntry | undefined =>
	typeof type === 'string' && Object.hasOwn(pageTypeRegistry, type)
		? (pageTypeRegistry as Record<string, PageTypeEntry>)[type]
		: undefined;

/** Types for which `test` holds, in registry order. */
export const typesWhere = (test: (entry: PageTypeEntry) => boolean): PageType[] =>
	pageTypes.filter((type) => test(pageTypeRegistry[type]));

/**
 * The pages readers (and trainers) link to: every page but the home page and the guides about
 * the handbook itself. Each has a short link, a catalog entry and a "Use in training" box
 * (the types whose registry entry says `shortLink`).
 */
export const readerPageTypes: readonly PageType[] = typesWhere((entry) => entry.shortLink);

/**
 * Whether a page serves a capability: it is tagged with it, and its type is one the registry lists under
 * "Pages that serve this capability", other than the framework's own pages (capability and domain pages
 * describe the capabilities; they are not uses of them). The one definition behind every count and list:
 * the LEADS tables, the domain and capability pages, the capability map (src/site/page-graph.ts `pagesServing`).
 */
export function servesCapability(page: { type: string; capabilities: readonly string[] }, capabilityId: string) {
	const entry = pageType(page.type);
	return Boolean(entry?.backlinks) && !entry?.framework && page.capabilities.includes(capabilityId);
}

/** The backlink groups, in order, each with the types listed under it. */
export function backlinkGroups(): { group: BacklinkGroup; types: PageType[] }[] {
	const groups = new Map<BacklinkGroup, { group: BacklinkGroup; order: number; types: PageType[] }>();
	for (const type of pageTypes) {
		const backlinks = (pageTypeRegistry[type] as PageTypeEntry).backlinks;
		if (!backlinks) continue;
		const group = groups.get(backlinks.group) ?? { group: backlinks.group, order: backlinks.order, types: [] };
		group.types.push(type);
		groups.set(backlinks.group, group);
	}
	return [...groups.values()].sort((a, b) => a.order - b.order).map(({ group, types }) => ({ group, types }));
}
