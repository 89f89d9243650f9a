import { pageTypeLabels, type PageType } from '../schemas/page.ts';
import { loadBibliography, provenance } from './bibliography.ts';
import { loadFramework } from './taxonomy.ts';

/**
 * The search filters, with the ids used in search URLs (`/search/?type=practice&domain=develop-coalitions`)
 * and the labels readers see. Pagefind filters on the labels; the search page maps ids to labels.
 */
export function searchFacets() {
	const framework = loadFramework();
	const bibliography = loadBibliography();
	const sources = bibliography.order.filter((key) => provenance(bibliography.entries.get(key)!).kind === 'source');
	return {
		type: Object.fromEntries(Object.entries(pageTypeLabels).filter(([id]) => !['home'].includes(id))) as Record<
			string,
			string
		>,
		domain: Object.fromEntries(framework.domains.map((d) => [d.id, d.name])),
		capability: Object.fromEntries([...framework.capabilities.values()].map((c) => [c.id, c.name])),
		source: Object.fromEntries(sources.map((key) => [key, sourceLabel(key)])),
	};
}

/** "Vaidya & Osborne (2017)": how a source document is named in the source filter. */
export function sourceLabel(key: string): string {
	const { author, year } = loadBibliography().label(key);
	return `${author} (${year})`;
}

/** The filter values of a page: its type, the domains and capabilities it serves, its source documents. */
export function pageFacets(type: PageType, capabilities: string[], sources: string[]) {
	const framework = loadFramework();
	const caps = capabilities.map((id) => framework.capabilities.get(id)).filter((c) => c !== undefined);
	return {
		type: [pageTypeLabels[type]],
		domain: [...new Set(caps.map((c) => c.domainName))],
		capability: caps.map((c) => c.name),
		source: sources.map(sourceLabel),
	};
}
