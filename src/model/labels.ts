// Words the site shows in more than one place, kept here once: the site's title, and the labels of the catalog's
// entries that are not pages (the page types' labels are in the page-type registry, src/model/page-types.ts).
// No imports, so browser scripts may import it too.

/** The handbook's name: Starlight's site title, the print and embed headers, citations, cards, slides and packs. */
export const siteTitle = 'The Coalitions Handbook';

/** Labels of the catalog's entries that are anchors on a page rather than pages (see `ShortLinkKind`). */
export const anchorEntryLabels = {
	'reflection-question': 'Reflection question',
	'glossary-term': 'Glossary term',
} as const;
