import { pageTypeLabels, type PageType } from '../schemas/page.ts';
import { provenance, type Bibliography } from '../citations/bibliography.ts';
import type { Framework } from '../model/framework.ts';
import { isAuthoringUrl } from './vocabulary.ts';

/**
 * The search filters, with the ids used in search URLs (`/search/?type=practice&domain=develop-coalitions`)
 * and the labels readers see. Pagefind filters on the labels; the search page maps ids to labels.
 */
export function searchFacets({ framework, bibliography }: { framework: Framework; bibliography: Bibliography }) {
	const sources = bibliography.order.filter((key) => provenance(bibliography.entries.get(key)!).kind === 'source');
	return {
		type: Object.fromEntries(Object.entries(pageTypeLabels).filter(([id]) => !['home'].includes(id))) as Record<
			string,
			string
		>,
		domain: Object.fromEntries(framework.domains.map((d) => [d.id, d.name])),
		capability: Object.fromEntries([...framework.capabilities.values()].map((c) => [c.id, c.name])),
		source: Object.fromEntries(sources.map((key) => [key, sourceLabel(bibliography, key)])),
		audience: audienceLabels as Record<string, string>,
	};
}

/**
 * Who a page is written for. Readers' search leaves out the authoring guide (for content editors)
 * unless the reader chooses it with this filter or asks about authoring.
 */
export const audienceLabels = { readers: 'Readers', editors: 'Content editors' } as const;

/**
 * The heading under which a page says what its sources do not cover. A page that has it records
 * that the sources little more than name its subject, so search ranks it below pages with substance.
 */
export const briefPageHeading = 'What the sources do not cover';

/** Filters that shape readers' results rather than narrow them: the page's audience, and whether it is brief. */
export function rankingFacets(url: string, h2: string[]) {
	return {
		audience: [isAuthoringUrl(url) ? audienceLabels.editors : audienceLabels.readers],
		depth: h2.includes(briefPageHeading) ? ['Brief'] : [],
	};
}

/** "Vaidya & Osborne (2017)": how a source document is named in the source filter. */
export function sourceLabel(bibliography: Bibliography, key: string): string {
	const { author, year } = bibliography.label(key);
	return `${author} (${year})`;
}

/** The filter values of a page: its type, the domains and capabilities it serves, its source documents. */
export function pageFacets(
	{ framework, bibliography }: { framework: Framework; bibliography: Bibliography },
	type: PageType,
	capabilities: string[],
	sources: string[],
) {
	const caps = capabilities.map((id) => framework.capabilities.get(id)).filter((c) => c !== undefined);
	return {
		type: [pageTypeLabels[type]],
		domain: [...new Set(caps.map((c) => c.domainName))],
		capability: caps.map((c) => c.name),
		source: sources.map((key) => sourceLabel(bibliography, key)),
	};
}
