import type { PageType } from '../schemas/page.ts';
import { urlOfId } from '../model/identity.ts';
import { localeOf } from '../model/locales.ts';
import { backlinkGroups as registryBacklinkGroups, pageType, servesCapability } from '../model/page-types.ts';
import type { Handbook } from '../handbook/handbook.ts';
import type { PageInfo } from '../model/pages.ts';

/** What lists and cross-links need to know about a page. */
export interface PageSummary {
	url: string;
	title: string;
	description: string;
	type: PageType;
	capabilities: string[];
	/** When the page was last reviewed (`YYYY-MM-DD`), if known. */
	reviewed?: string;
}

// Keyed by the content model, so a changed model (an edit in `npm run dev`) gets fresh summaries.
const summariesByContent = new WeakMap<object, Map<string, PageSummary>>();

/** Every page of the handbook by URL (without base), computed once per version of the content. */
export function pageSummaries({ model: content }: Handbook): Map<string, PageSummary> {
	let summaries = summariesByContent.get(content);
	if (!summaries) {
		summaries = new Map(
			content.pages.map((page) => {
				const fm = page.frontmatter ?? {};
				return [
					page.url,
					{
						url: page.url,
						title: String(fm.title ?? page.url),
						description: String(fm.description ?? ''),
						type: fm.type as PageType,
						capabilities: Array.isArray(fm.capabilities) ? (fm.capabilities as string[]) : [],
						reviewed: page.reviewed,
					},
				] as const;
			}),
		);
		summariesByContent.set(content, summaries);
	}
	return summaries;
}

const infoByContent = new WeakMap<object, Map<string, PageInfo>>();

/** A page of the content model by its URL (without base), looked up in constant time. */
export function pageInfo({ model }: Handbook, url: string): PageInfo | undefined {
	let byUrl = infoByContent.get(model);
	if (!byUrl) {
		// The first page with a URL wins, as `pages.find` did.
		byUrl = new Map();
		for (const page of model.pages) if (!byUrl.has(page.url)) byUrl.set(page.url, page);
		infoByContent.set(model, byUrl);
	}
	return byUrl.get(url);
}

/** The URL (without base) of a Starlight entry id: `index` is `/`, `a/b` is `/a/b/`. */
export const entryUrl = urlOfId;

/** How many pages a backlink group lists before it links to the search page for the rest. */
export const backlinkLimit = 25;

/** Groups of pages shown under "Pages that serve this capability", in order (from the page-type registry). */
export const backlinkGroups = registryBacklinkGroups();

/** The locale a page is in (`root`, or its language's folder such as `fr`): lists stay within it. */
export const pageLocale = ({ model }: Handbook, url: string) => localeOf(url, model.locales);

/** The language tag of a page (`en-CA`, `fr-CA`): its `<html lang>`, and which dictionary its words come from. */
export const pageLang = (handbook: Handbook, url: string) => handbook.model.locales[pageLocale(handbook, url)]!.lang;

/**
 * The language of the reflection questions (content/reflection/questions.yaml, written in the handbook's default
 * language) where it is not the page's (`shownIn`, a language tag), for their `lang`: a French page says that the
 * questions it quotes are English (WCAG 2.2, 3.1.2 Language of Parts). Undefined on a page in that language.
 */
export function questionsLang({ model }: Handbook, shownIn: string): string | undefined {
	const lang = model.locales.root!.lang;
	return lang === shownIn ? undefined : lang;
}

// Keyed by the content model, like the summaries: each capability's pages, found in one pass over the pages
// (by locale, then capability).
const servingByContent = new WeakMap<object, Map<string, Map<string, PageSummary[]>>>();

/**
 * The pages that serve a capability. The one definition behind every count and list of them: the
 * LEADS tables (CapabilityTable), the capability map, and "Pages that serve this capability" on
 * capability and domain pages, so the numbers agree wherever they are shown. In the handbook's page
 * order; computed for every capability at once, once per version of the content (a page asks in
 * constant time, however many pages there are). Only the pages of one language (`locale`: `root` unless
 * given) are counted and listed. The list is shared: callers must not change it.
 */
export function pagesServing(handbook: Handbook, capabilityId: string, locale = 'root'): readonly PageSummary[] {
	let serving = servingByContent.get(handbook.model);
	if (!serving) {
		serving = new Map();
		for (const page of pageSummaries(handbook).values()) {
			const inLocale = serving.get(pageLocale(handbook, page.url)) ?? new Map<string, PageSummary[]>();
			serving.set(pageLocale(handbook, page.url), inLocale);
			// A page tagged twice with one capability is listed once; the registry says which types serve.
			for (const id of new Set(page.capabilities)) {
				if (!servesCapability(page, id)) continue;
				const list = inLocale.get(id);
				if (list) list.push(page);
				else inLocale.set(id, [page]);
			}
		}
		servingByContent.set(handbook.model, serving);
	}
	return serving.get(locale)?.get(capabilityId) ?? [];
}

/**
 * The pages that serve any of `capabilityIds` (see `pagesServing`), other than `selfUrl`, grouped by type: the
 * pages in `locale`, `selfUrl`'s language unless given.
 */
export function backlinks(
	handbook: Handbook,
	capabilityIds: string[],
	selfUrl: string,
	locale = pageLocale(handbook, selfUrl),
) {
	const tagged = [...new Set(capabilityIds.flatMap((id) => pagesServing(handbook, id, locale)))].filter(
		(p) => p.url !== selfUrl,
	);
	return backlinkGroups
		.map((group) => ({
			group: group.group,
			types: group.types,
			pages: tagged
				.filter((p) => (group.types as readonly string[]).includes(p.type))
				.sort((a, b) => a.title.localeCompare(b.title)),
		}))
		.filter((group) => group.pages.length);
}

/** The capability ids a capability or domain page stands for, if it is one. */
export function pageCapabilities({ framework }: Handbook, page: PageSummary): string[] | undefined {
	if (page.type === 'capability') return page.capabilities.slice(0, 1);
	if (page.type === 'domain') {
		const domainId = page.url.split('/')[2] ?? '';
		return framework.domainsById.get(domainId)?.capabilities.map((c) => c.id);
	}
	return undefined;
}

/** The pages that related-page lists may name, grouped by their exact tag list (sorted, repeats kept). */
interface TagGroup {
	capabilities: string[];
	/** In the handbook's page order. */
	pages: PageSummary[];
}

const groupsByContent = new WeakMap<object, Map<string, TagGroup[]>>();
const relatedByContent = new WeakMap<object, Map<string, PageSummary[]>>();

/**
 * Pages are grouped by their tags: every page of a group has the same score against any page, so
 * a page's related pages are found by scoring the groups (their number is bounded by the taxonomy,
 * not by the number of pages). Once per version of the content.
 */
function tagGroups(handbook: Handbook, locale: string): TagGroup[] {
	let byLocale = groupsByContent.get(handbook.model);
	if (!byLocale) groupsByContent.set(handbook.model, (byLocale = new Map()));
	let groups = byLocale.get(locale);
	if (!groups) {
		const byKey = new Map<string, TagGroup>();
		for (const page of pageSummaries(handbook).values()) {
			if (!page.capabilities.length || pageType(page.type)?.framework) continue;
			if (pageLocale(handbook, page.url) !== locale) continue;
			const capabilities = [...page.capabilities].sort();
			const key = capabilities.join(' ');
			const group = byKey.get(key) ?? { capabilities, pages: [] };
			group.pages.push(page);
			byKey.set(key, group);
		}
		groups = [...byKey.values()];
		byLocale.set(locale, groups);
	}
	return groups;
}

/**
 * The best `count` candidates for pages tagged with `mine`, self included: highest score first (the cosine of
 * the tag sets), then by title, then in the handbook's page order (the order a stable sort of all pages gives).
 */
function bestCandidates(handbook: Handbook, locale: string, mine: Set<string>, count: number): PageSummary[] {
	const order = pageOrder(handbook);
	const scored = tagGroups(handbook, locale)
		.map((group) => {
			const shared = group.capabilities.filter((c) => mine.has(c)).length;
			return { group, score: shared / Math.sqrt(mine.size * group.capabilities.length) };
		})
		.filter(({ score }) => score > 0)
		.sort((a, b) => b.score - a.score);
	const best: PageSummary[] = [];
	// Groups of equal score are merged: their pages are ordered by title across the groups.
	for (let i = 0; i < scored.length && best.length < count;) {
		let j = i;
		while (j < scored.length && scored[j]!.score === scored[i]!.score) j++;
		// Each group's first `count` pages by title are enough: no later page of a group can come before them.
		const tied = scored
			.slice(i, j)
			.flatMap(({ group }) => byTitle(group.pages).slice(0, count))
			.sort((a, b) => a.title.localeCompare(b.title) || order.get(a.url)! - order.get(b.url)!);
		best.push(...tied.slice(0, count - best.length));
		i = j;
	}
	return best;
}

const sortedGroups = new WeakMap<PageSummary[], PageSummary[]>();
/** A group's pages by title (then page order, as a stable sort keeps it), sorted once. */
function byTitle(pages: PageSummary[]): PageSummary[] {
	let sorted = sortedGroups.get(pages);
	if (!sorted) {
		sorted = [...pages].sort((a, b) => a.title.localeCompare(b.title));
		sortedGroups.set(pages, sorted);
	}
	return sorted;
}

const orderByContent = new WeakMap<object, Map<string, number>>();
/** Each page's position in the handbook's page order. */
function pageOrder(handbook: Handbook): Map<string, number> {
	let order = orderByContent.get(handbook.model);
	if (!order) {
		order = new Map([...pageSummaries(handbook).keys()].map((url, i) => [url, i]));
		orderByContent.set(handbook.model, order);
	}
	return order;
}

/**
 * Pages that share capabilities with `page`, most shared first (cosine of the tag sets), at most `limit`.
 * Pages with the same tags share one list of candidates, computed once per version of the content. Only pages in
 * `page`'s language are candidates.
 */
export function relatedPages(handbook: Handbook, page: PageSummary, limit = 5): PageSummary[] {
	if (!page.capabilities.length) return [];
	const mine = new Set(page.capabilities);
	const locale = pageLocale(handbook, page.url);
	const key = `${locale} ${limit} ${[...mine].sort().join(' ')}`;
	let cache = relatedByContent.get(handbook.model);
	if (!cache) relatedByContent.set(handbook.model, (cache = new Map()));
	let candidates = cache.get(key);
	if (!candidates) {
		// One more than asked for, in case the page itself is among them.
		candidates = bestCandidates(handbook, locale, mine, limit + 1);
		cache.set(key, candidates);
	}
	return candidates.filter((other) => other.url !== page.url).slice(0, limit);
}
