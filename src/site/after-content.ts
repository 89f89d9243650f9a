import type { Handbook } from '../handbook/handbook.ts';
import { partAnchor, partLabel } from '../citations/locators.ts';
import { pageReferenceKeys } from '../citations/citation-style.ts';
import { pageType, typesWhere } from '../model/page-types.ts';
import type { UiStringKey } from '../schemas/ui-strings.ts';
import { pageCapabilities, pageInfo, pageSummaries, relatedPages, type PageSummary } from './page-graph.ts';
import { sectionChildren } from './sidebar.ts';

/** A section the handbook adds after a page's own content, as "On this page" lists it. */
export interface AddedSection {
	/** The section heading's `id`. */
	id: string;
	/** Its heading's words: a key of the UI dictionaries, or the words themselves (a part of a source). */
	label: { key: UiStringKey } | { text: string };
	/** Its `###` headings, for the parts of a source. */
	children: AddedSection[];
}

const section = (id: string, key: UiStringKey): AddedSection => ({ id, label: { key }, children: [] });

/**
 * Whether an overview page gets "In this section" after its content: it does not place `<SectionPages />` itself,
 * and it has pages under it other than the framework's (which the LEADS pages' capability tables list).
 */
export function listsSectionPages(handbook: Handbook, page: PageSummary): boolean {
	const frameworkTypes: string[] = typesWhere((entry) => Boolean(entry.framework));
	const summaries = pageSummaries(handbook);
	return (
		!pageInfo(handbook, page.url)?.elements.some(({ value }) => value.name === 'SectionPages') &&
		sectionChildren(page.url, handbook.model.pages).some(
			(child) => !frameworkTypes.includes(summaries.get(child.url)!.type),
		)
	);
}

/**
 * The sections `MarkdownContent.astro` adds after a page's content, in the order it shows them, each only when it
 * has something to show (as each component decides): so that "On this page" reaches the references a citation
 * links to, and the parts of a source a pinpoint citation links to, as it reaches the page's own headings.
 */
export function sectionsAfterContent(handbook: Handbook, page: PageSummary): AddedSection[] {
	if (page.type === 'home') return [];
	const sections: AddedSection[] = [];
	if (listsSectionPages(handbook, page)) sections.push(section('in-this-section', 'handbook.inThisSection'));
	const source = [...handbook.model.structure.values()].find((entry) => entry.page === page.url);
	if (source)
		sections.push({
			...section('source-parts', 'handbook.partsOfDocument'),
			children: source.parts.map((part) => ({ id: partAnchor(part), label: { text: partLabel(part) }, children: [] })),
		});
	if (pageCapabilities(handbook, page))
		sections.push(
			section('backlinks', page.type === 'domain' ? 'handbook.pagesServingDomain' : 'handbook.pagesServingCapability'),
		);
	if (!pageType(page.type)?.framework && relatedPages(handbook, page).length)
		sections.push(section('related-pages', 'handbook.relatedPages'));
	const cited = pageInfo(handbook, page.url)?.citations.map((c) => c.value.key) ?? [];
	if (page.type !== 'reference' && pageReferenceKeys(handbook.citationStyle, handbook.bibliography, cited).length)
		sections.push(section('references', 'handbook.references'));
	sections.push(section('cite-this-page', 'handbook.citeThisPage'));
	return sections;
}
