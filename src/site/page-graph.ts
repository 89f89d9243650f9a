import type { PageType } from '../schemas/page.ts';
import { urlOfId } from '../model/identity.ts';
import { backlinkGroups as registryBacklinkGroups, pageType, servesCapability } from '../model/page-types.ts';
import type { Handbook } from '../handbook/handbook.ts';

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

/** The URL (without base) of a Starlight entry id: `index` is `/`, `a/b` is `/a/b/`. */
export const entryUrl = urlOfId;

/** How many pages a backlink group lists before it links to the search page for the rest. */
export const backlinkLimit = 25;

/** Groups of pages shown under "Pages that serve this capability", in order (from the page-type registry). */
export const backlinkGroups = registryBacklinkGroups();

/**
 * The pages that serve a capability. The one definition behind every count and list of them: the
 * LEADS tables (CapabilityTable), the capability map, and "Pages that serve this capability" on
 * capability and domain pages, so the numbers agree wherever they are shown.
 */
export function pagesServing(handbook: Handbook, capabilityId: string): PageSummary[] {
	return [...pageSummaries(handbook).values()].filter((p) => servesCapability(p, capabilityId));
}

/** The pages that serve any of `capabilityIds` (see `pagesServing`), other than `selfUrl`, grouped by type. */
export function backlinks(handbook: Handbook, capabilityIds: string[], selfUrl: string) {
	const tagged = [...new Set(capabilityIds.flatMap((id) => pagesServing(handbook, id)))].filter(
		(p) => p.url !== selfUrl,
	);
	return backlinkGroups
		.map((group) => ({
			label: group.label,
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

/** Pages that share capabilities with `page`, most shared first (cosine of the tag sets), at most `limit`. */
export function relatedPages(handbook: Handbook, page: PageSummary, limit = 5): PageSummary[] {
	if (!page.capabilities.length) return [];
	const mine = new Set(page.capabilities);
	return [...pageSummaries(handbook).values()]
		.filter((other) => other.url !== page.url && other.capabilities.length && !pageType(other.type)?.framework)
		.map((other) => {
			const shared = other.capabilities.filter((c) => mine.has(c)).length;
			return { other, score: shared / Math.sqrt(mine.size * other.capabilities.length) };
		})
		.filter(({ score }) => score > 0)
		.sort((a, b) => b.score - a.score || a.other.title.localeCompare(b.other.title))
		.slice(0, limit)
		.map(({ other }) => other);
}
