import { z } from 'zod';

/**
 * The handbook's own UI strings (headings, labels and buttons its components add to Starlight's pages), as
 * an extension of Starlight's i18n schema. Each language's dictionary is a file in `src/content/i18n/`, named
 * by its language tag (`en-CA.json`, `fr-CA.json`); components read a string with
 * `Astro.locals.t('handbook.inBrief')`. Every string is required in every dictionary, so a missing
 * translation stops the build with the file and key. The dictionaries are code, not content: they live
 * under `src/` (trusted), and the strings are rendered as text, never as HTML.
 */
export const uiStringsSchema = z.object({
	/** Heading of the "In brief" box at the top of a page. */
	'handbook.inBrief': z.string().min(1),
	/** Heading of a page's own reference list. */
	'handbook.references': z.string().min(1),
	/** Link from a page's reference to its entry in the site-wide list. */
	'handbook.fullReference': z.string().min(1),
	/** Accessible name of that link, before the work's author and year. */
	'handbook.fullReferenceLabel': z.string().min(1),
	/** Heading of the page's own reference ("Cite this page"). */
	'handbook.citeThisPage': z.string().min(1),
	/** Button that copies the page's reference. */
	'handbook.copyCitation': z.string().min(1),
	/** Before the links to the page's reference as BibTeX and CSL-JSON. */
	'handbook.downloadReference': z.string().min(1),
	/** Heading of the pages that share the most capabilities with this one. */
	'handbook.relatedPages': z.string().min(1),
	/** Heading of a section overview's list of its pages. */
	'handbook.inThisSection': z.string().min(1),
	/** Heading of the trainers' box. */
	'handbook.useInTraining': z.string().min(1),
	/** Its parts' headings and buttons. */
	'handbook.shortLink': z.string().min(1),
	'handbook.copyShortLink': z.string().min(1),
	'handbook.cite': z.string().min(1),
	'handbook.embedInCourse': z.string().min(1),
	'handbook.copyEmbedCode': z.string().min(1),
	'handbook.handoutAndReadingList': z.string().min(1),
	'handbook.printHandout': z.string().min(1),
	'handbook.addToReadingList': z.string().min(1),
	'handbook.openReadingList': z.string().min(1),
	/** The first link of the breadcrumbs: the home page of the page's language. */
	'handbook.home': z.string().min(1),
	/** Accessible name of the breadcrumbs. */
	'handbook.breadcrumb': z.string().min(1),
	/** The button beside each section heading that copies the section's address, and its text once copied. */
	'handbook.copyLink': z.string().min(1),
	'handbook.copied': z.string().min(1),
	/** That button's accessible name, before the heading's text. */
	'handbook.copyLinkTo': z.string().min(1),
	/** What a screen reader hears after a copy, before the address; and when the browser refused the copy. */
	'handbook.linkCopied': z.string().min(1),
	'handbook.copyFromAddressBar': z.string().min(1),
	/** The header search's link to the search page, under its results. */
	'handbook.filterOnSearchPage': z.string().min(1),

	// The strings below are the browser scripts'. `{{name}}` is filled in by the script (`fill` in
	// src/scripts/ui-strings.ts); a pair ending in `One` and `Other` is chosen by the count's plural form in
	// the page's language (`Intl.PluralRules`: French says "1 résultat" and "0 résultat").

	/** A reference or glossary preview opened by touch: its link to the full entry. */
	'handbook.fullGlossaryEntry': z.string().min(1),
	/** What a screen reader hears after a "Copy" button of "Use in training" or "Cite this page" copied `{{text}}`. */
	'handbook.copiedText': z.string().min(1),
	/** What a screen reader hears when the browser refused the copy and the text was selected instead. */
	'handbook.copyRefused': z.string().min(1),
	/** "Add to reading list" once the page is on the list, and what a screen reader hears (`{{title}}`: the page). */
	'handbook.onReadingList': z.string().min(1),
	'handbook.addedToReadingList': z.string().min(1),
	'handbook.alreadyOnReadingList': z.string().min(1),
	/** What a screen reader hears after "Download slide" (`{{title}}`: the page), or when it failed (`{{error}}`). */
	'handbook.slideDownloading': z.string().min(1),
	'handbook.slideFailed': z.string().min(1),
	/** The search's button under its results, and the one that empties its box. */
	'handbook.moreResults': z.string().min(1),
	'handbook.clearSearch': z.string().min(1),
	/** A search term in a message: `{{text}}` in the language's quotation marks. */
	'handbook.quoted': z.string().min(1),
	/** How many results, for which query (`{{count}}`, `{{query}}`, already in quotation marks). */
	'handbook.resultsOne': z.string().min(1),
	'handbook.resultsOther': z.string().min(1),
	'handbook.noResults': z.string().min(1),
	/** On the search page, with filters and no query: how many pages the filters leave. */
	'handbook.filterMatchesOne': z.string().min(1),
	'handbook.filterMatchesOther': z.string().min(1),
	/** Added to the results message when only the authoring guide (for content editors) matches. */
	'handbook.onlyAuthoring': z.string().min(1),
	/** A misspelled query searched as corrected: `{{corrected}}` (emphasized) and a button to search `{{query}}` as typed. */
	'handbook.showingResultsFor': z.string().min(1),
	/** What the handbook's sources do not cover: a known need (`{{need}}`), or words no reader page has (`{{words}}`). */
	'handbook.gapNeed': z.string().min(1),
	'handbook.gapNothing': z.string().min(1),
	/** Some of the query's words (`{{words}}`) match nothing, and the results match the others. */
	'handbook.gapSomeOne': z.string().min(1),
	'handbook.gapSomeOther': z.string().min(1),
	/** After a gap: links to the nearest topics (`{{topics}}`), and to the challenges page (`{{link}}`). */
	'handbook.nearestTopics': z.string().min(1),
	'handbook.startFromSituation': z.string().min(1),
	'handbook.findHelpByChallenge': z.string().min(1),
});

export type UiStringKey = keyof z.infer<typeof uiStringsSchema>;

/**
 * The strings each browser script needs, by the name the script imports from `virtual:handbook/ui-strings`
 * (made by src/integrations/script-strings.ts): only these are sent to the browser, and each group goes only
 * into the script that imports it (the search's strings load with the search). Names are keys without
 * `handbook.`.
 */
export const scriptStringGroups = {
	/** src/scripts/handbook.ts: the copy-link buttons beside section headings, and previews opened by touch. */
	reading: [
		'copyLink',
		'copied',
		'copyLinkTo',
		'linkCopied',
		'copyFromAddressBar',
		'fullReference',
		'fullGlossaryEntry',
	],
	/** src/scripts/training.ts: "Use in training" and "Cite this page". */
	training: [
		'copied',
		'copiedText',
		'copyRefused',
		'onReadingList',
		'addedToReadingList',
		'alreadyOnReadingList',
		'slideDownloading',
		'slideFailed',
	],
	/** src/scripts/search.ts: the search's messages. */
	search: [
		'moreResults',
		'clearSearch',
		'quoted',
		'resultsOne',
		'resultsOther',
		'noResults',
		'filterMatchesOne',
		'filterMatchesOther',
		'onlyAuthoring',
		'showingResultsFor',
		'gapNeed',
		'gapNothing',
		'gapSomeOne',
		'gapSomeOther',
		'nearestTopics',
		'startFromSituation',
		'findHelpByChallenge',
	],
} as const satisfies Record<string, readonly (UiStringKey extends `handbook.${infer Name}` ? Name : never)[]>;

/** A group's strings in one language, by name. */
export type ScriptWords<Group extends keyof typeof scriptStringGroups> = Record<
	(typeof scriptStringGroups)[Group][number],
	string
>;
