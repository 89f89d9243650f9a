// Words the site shows in more than one place, kept here once: the site's title (the page types' labels are in
// the page-type registry, src/model/page-types.ts, and every other string of the site's UI in its dictionaries,
// src/content/i18n/). No imports, so browser scripts may import it too.

/** The handbook's name: Starlight's site title, the print and embed headers, citations, cards, slides and packs. */
export const siteTitle = 'The Coalitions Handbook';
