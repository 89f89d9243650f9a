import { z } from 'zod';

import { backlinkGroupIds, pageTypes, type BacklinkGroup, type PageType } from '../model/page-types.ts';

/**
 * A label for each page type (`handbook.pageType.practice`: badges, lists, search results) and each group of
 * "Pages that serve this capability" (`handbook.pageGroup.practices`), from the page-type registry: a new type
 * or group is a new required key in every dictionary.
 */
function typeKeys() {
	const label = z.string().min(1);
	return {
		...(Object.fromEntries(pageTypes.map((type) => [`handbook.pageType.${type}`, label])) as Record<
			`handbook.pageType.${PageType}`,
			typeof label
		>),
		...(Object.fromEntries(backlinkGroupIds.map((group) => [`handbook.pageGroup.${group}`, label])) as Record<
			`handbook.pageGroup.${BacklinkGroup}`,
			typeof label
		>),
	};
}

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

	// The strings below hold `{{name}}` placeholders that components fill with links, dates or code
	// (`textParts` in src/site/ui-text.ts): the sentence's word order is the translation's.

	/** Under a page's title: the capability tags' accessible name, and each tag's tooltip (`{{domain}}`). */
	'handbook.capabilitiesServed': z.string().min(1),
	'handbook.domainOf': z.string().min(1),
	/** On a capability page, under its title: its domain and short id (`{{domain}}`, `{{id}}`). */
	'handbook.capabilityDomainAndId': z.string().min(1),
	/** The page's review date (`{{date}}`), under its title and at the top of a printed handout. */
	'handbook.lastReviewed': z.string().min(1),
	/** The short link (`{{link}}`) at the top of a printed handout and under an embed view. */
	'handbook.shortLinkIs': z.string().min(1),
	/** "Use in training": what the short link is for, the slide button and what the slide holds, the QR code's caption. */
	'handbook.shortLinkHint': z.string().min(1),
	'handbook.downloadSlide': z.string().min(1),
	'handbook.slideHint': z.string().min(1),
	'handbook.qrCaption': z.string().min(1),
	/** How to embed the page in a course (`{{embedView}}` and `{{howToAsk}}`: links whose words are the next two). */
	'handbook.embedHelp': z.string().min(1),
	'handbook.embedView': z.string().min(1),
	'handbook.howToAskEmbed': z.string().min(1),
	/** What a printed handout holds. */
	'handbook.handoutHelp': z.string().min(1),
	/** Heading of the numbered link addresses at the end of a printed page. */
	'handbook.linkAddresses': z.string().min(1),
	/** On capability and domain pages: the pages tagged with it, or none yet, and where the domain page lists it (`{{domain}}`). */
	'handbook.pagesServingCapability': z.string().min(1),
	'handbook.pagesServingDomain': z.string().min(1),
	'handbook.noPagesServingCapability': z.string().min(1),
	'handbook.noPagesServingDomain': z.string().min(1),
	'handbook.domainPageListsIt': z.string().min(1),
	/** A backlink group's link to the search page when it has more pages than it lists (`{{count}}`, `{{group}}`). */
	'handbook.allInGroup': z.string().min(1),
	/** Heading of the reflection questions that exercise a capability. */
	'handbook.reflectionQuestions': z.string().min(1),
	/** The site-wide reference list: a work known only through another (`{{work}}`), a source document, how many pages cite it, its key (`{{key}}`). */
	'handbook.knownOnlyAsCitedIn': z.string().min(1),
	'handbook.sourceDocument': z.string().min(1),
	'handbook.citedOnOne': z.string().min(1),
	'handbook.citedOnOther': z.string().min(1),
	'handbook.referenceKey': z.string().min(1),
	/** A source document's page: its parts, what they are, and a part no page cites. */
	'handbook.partsOfDocument': z.string().min(1),
	'handbook.partsIntro': z.string().min(1),
	'handbook.partNotCited': z.string().min(1),
	/** The reflection questions: the capabilities a question exercises, and where the questions come from (`{{source}}`). */
	'handbook.exercises': z.string().min(1),
	'handbook.questionsQuotedFrom': z.string().min(1),
	/** The glossary: a term's page, and its related terms. */
	'handbook.inDepth': z.string().min(1),
	'handbook.seeAlso': z.string().min(1),
	/** A section's list of its pages: the capabilities a page serves. */
	'handbook.serves': z.string().min(1),
	/** The LEADS capability tables: caption (`{{domain}}` for one domain's), column headings. */
	'handbook.capabilityTableCaption': z.string().min(1),
	'handbook.capabilityTableCaptionDomain': z.string().min(1),
	'handbook.domain': z.string().min(1),
	'handbook.capability': z.string().min(1),
	'handbook.shortId': z.string().min(1),
	'handbook.pages': z.string().min(1),
	/** The capability map: how to read it, its caption, its last two columns, a cell's accessible name. */
	'handbook.capabilityMapHelp': z.string().min(1),
	'handbook.capabilityMapCaption': z.string().min(1),
	'handbook.allPages': z.string().min(1),
	'handbook.yes': z.string().min(1),
	'handbook.no': z.string().min(1),
	/** An embed view's line under its title (`{{type}}`, `{{handbook}}`; `{{date}}` in the second), and its link to the full page (`{{link}}`: the next string, with `{{title}}`). */
	'handbook.embedMeta': z.string().min(1),
	'handbook.embedMetaReviewed': z.string().min(1),
	'handbook.embedReadFull': z.string().min(1),
	'handbook.embedReadIn': z.string().min(1),
	/** The sidebar: its first group, the group of reference pages, and a trimmed section's link to all its pages (`{{count}}`, `{{section}}`). */
	'handbook.startHere': z.string().min(1),
	'handbook.referenceGroup': z.string().min(1),
	'handbook.allPagesIn': z.string().min(1),
	/** The search page: its title and description, how to use it (`{{word}}`, `{{phrase}}`, `{{question}}`: the next three, emphasized). */
	'handbook.searchPageTitle': z.string().min(1),
	'handbook.searchPageDescription': z.string().min(1),
	'handbook.searchPageIntro': z.string().min(1),
	'handbook.searchExampleWord': z.string().min(1),
	'handbook.searchExamplePhrase': z.string().min(1),
	'handbook.searchExampleQuestion': z.string().min(1),
	/** The search page without JavaScript, and its link to the A–Z index (`{{azLink}}`: the link, whose words are `allPagesAzLink`). */
	'handbook.searchNoscript': z.string().min(1),
	'handbook.searchBrowseAz': z.string().min(1),
	'handbook.allPagesAzLink': z.string().min(1),
	/** The search page's filters: each one's heading, and what one of its values is called in messages (`Noun`). */
	'handbook.filterType': z.string().min(1),
	'handbook.filterTypeNoun': z.string().min(1),
	'handbook.filterDomain': z.string().min(1),
	'handbook.filterDomainNoun': z.string().min(1),
	'handbook.filterCapability': z.string().min(1),
	'handbook.filterCapabilityNoun': z.string().min(1),
	'handbook.filterSource': z.string().min(1),
	'handbook.filterSourceNoun': z.string().min(1),
	'handbook.filterAudience': z.string().min(1),
	'handbook.filterAudienceNoun': z.string().min(1),
	/** The values of the "Written for" filter. */
	'handbook.audienceReaders': z.string().min(1),
	'handbook.audienceEditors': z.string().min(1),
	/** The A–Z index: title, description (`{{count}}` pages), introduction (`{{searchLink}}`: a link whose words are `azSearchLink`), the letters' accessible name, the heading of titles that start with no letter. */
	'handbook.azTitle': z.string().min(1),
	'handbook.azDescription': z.string().min(1),
	'handbook.azIntro': z.string().min(1),
	'handbook.azSearchLink': z.string().min(1),
	'handbook.azLetters': z.string().min(1),
	'handbook.azOther': z.string().min(1),
	/** After a page's title and type in the A–Z index: what it gives the reader (`{{description}}`). */
	'handbook.azEntryDescription': z.string().min(1),
	/** The reading list page: its title (also a course pack's title when its list has none) and description. */
	'handbook.readingListTitle': z.string().min(1),
	'handbook.readingListDescription': z.string().min(1),
	/** How to use the reading list (`{{add}}`: the words of `addToReadingList`, `{{box}}`: of `useInTraining`, both in bold). */
	'handbook.readingListIntro': z.string().min(1),
	/** The reading list without JavaScript (`{{box}}`: `useInTraining` in bold; `{{catalogLink}}`: a link whose words are `catalogLink`). */
	'handbook.readingListNoscript': z.string().min(1),
	'handbook.catalogLink': z.string().min(1),
	/** A shared list beside the reader's own: the notice (in bold), its question and its choices. */
	'handbook.sharedListNotice': z.string().min(1),
	'handbook.sharedListQuestion': z.string().min(1),
	'handbook.saveAsSeparateList': z.string().min(1),
	'handbook.replaceMyList': z.string().min(1),
	'handbook.mergeIntoMyList': z.string().min(1),
	'handbook.showMyOwnList': z.string().min(1),
	'handbook.undoPreviousList': z.string().min(1),
	/** The list's form: the title field, the list's accessible name, the page chooser and its button. */
	'handbook.listTitleLabel': z.string().min(1),
	'handbook.listPagesLabel': z.string().min(1),
	'handbook.addPageLabel': z.string().min(1),
	'handbook.addButton': z.string().min(1),
	/** The list's actions, and the heading of the lists kept beside the reader's own. */
	'handbook.copyListLink': z.string().min(1),
	'handbook.printCoursePack': z.string().min(1),
	'handbook.clearList': z.string().min(1),
	'handbook.savedListsHeading': z.string().min(1),
	/** What the reading list calls a catalog entry that is not a page: a reflection question, a glossary term. */
	'handbook.entryReflectionQuestion': z.string().min(1),
	'handbook.entryGlossaryTerm': z.string().min(1),
	/** The course pack page: title, description, introduction (`{{link}}`: a link to the reading list whose words are `readingListLinkText`), and what the document is called. */
	'handbook.coursePackTitle': z.string().min(1),
	'handbook.coursePackDescription': z.string().min(1),
	'handbook.coursePackIntro': z.string().min(1),
	'handbook.readingListLinkText': z.string().min(1),
	'handbook.coursePackName': z.string().min(1),
	/** The whole handbook in print: title, description, introduction (`{{count}}` pages; `{{link}}`: the reading list), what the document is called, its print button. */
	'handbook.printTitle': z.string().min(1),
	'handbook.printDescription': z.string().min(1),
	'handbook.printIntroOne': z.string().min(1),
	'handbook.printIntroOther': z.string().min(1),
	'handbook.printName': z.string().min(1),
	'handbook.printHandbook': z.string().min(1),
	/** A course pack or the whole handbook without JavaScript (`{{name}}`: what the document is called; `{{azLink}}`: a link whose words are `packAzLink`), and while its pages load. */
	'handbook.packNoscript': z.string().min(1),
	'handbook.packAzLink': z.string().min(1),
	'handbook.packLoading': z.string().min(1),
	/** The worksheet without JavaScript: its first words (in bold), then what follows. */
	'handbook.worksheetNoscriptLead': z.string().min(1),
	'handbook.worksheetNoscript': z.string().min(1),
	/** The worksheet's filter: its label, its first choice, a domain's choice (`{{domain}}`) and a capability's (`{{capability}}`, with `{{count}}` questions); what the handout and the count call a domain's choice. */
	'handbook.worksheetFilterLabel': z.string().min(1),
	'handbook.worksheetAllCapabilities': z.string().min(1),
	'handbook.worksheetWholeDomain': z.string().min(1),
	'handbook.worksheetDomainChoice': z.string().min(1),
	'handbook.worksheetCapabilityOne': z.string().min(1),
	'handbook.worksheetCapabilityOther': z.string().min(1),
	/** The worksheet's buttons, and what it says of where answers are kept. */
	'handbook.worksheetPrint': z.string().min(1),
	'handbook.worksheetDownloadMarkdown': z.string().min(1),
	'handbook.worksheetDownloadText': z.string().min(1),
	'handbook.worksheetExport': z.string().min(1),
	'handbook.worksheetImport': z.string().min(1),
	'handbook.worksheetClear': z.string().min(1),
	'handbook.worksheetPrivacy': z.string().min(1),
	/** The printed worksheet's lines to fill in by hand, and which questions it holds (`{{count}}`). */
	'handbook.worksheetName': z.string().min(1),
	'handbook.worksheetDate': z.string().min(1),
	'handbook.worksheetAllQuestionsOne': z.string().min(1),
	'handbook.worksheetAllQuestionsOther': z.string().min(1),
	...typeKeys(),

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
	/** What a screen reader hears when the page was not added: the list holds `{{count}}` pages, its most. */
	'handbook.readingListFull': z.string().min(1),
	/** What a screen reader hears when the browser refused to keep the list (storage full or turned off). */
	'handbook.readingListRefused': z.string().min(1),
	/** What a screen reader hears when the list's code could not be loaded (offline): `{{title}}`. */
	'handbook.readingListUnavailable': z.string().min(1),
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
	/** The search page's filter panel: its heading, with how many values are chosen (`{{count}}`), and its button that clears them. */
	'handbook.filters': z.string().min(1),
	'handbook.filtersChosenOne': z.string().min(1),
	'handbook.filtersChosenOther': z.string().min(1),
	'handbook.clearAllFilters': z.string().min(1),
	/** A chosen filter's button: its text and its accessible name (`{{filter}}`: the filter's heading, `{{value}}`: the value). */
	'handbook.filterChip': z.string().min(1),
	'handbook.removeFilter': z.string().min(1),
	/** Under the "Written for" filter. */
	'handbook.audienceNote': z.string().min(1),
	/** A filter value in the search page's address that names nothing (`{{value}}`), in the filter `{{filter}}` (`{{noun}}`: what one of its values is called), with the nearest value (`{{suggestion}}`) or without. */
	'handbook.unknownFilterSuggest': z.string().min(1),
	'handbook.unknownFilterChoose': z.string().min(1),
	/** The reading list page's script: the page chooser's first line, and what a screen reader hears after each change (`{{title}}`: a page; `{{count}}`: the most pages a list holds). */
	'handbook.choosePage': z.string().min(1),
	'handbook.alreadyOnList': z.string().min(1),
	'handbook.listFull': z.string().min(1),
	'handbook.pageAdded': z.string().min(1),
	'handbook.listLinkCopied': z.string().min(1),
	'handbook.confirmClearList': z.string().min(1),
	'handbook.listEmptied': z.string().min(1),
	'handbook.listNotKept': z.string().min(1),
	'handbook.savedSeparately': z.string().min(1),
	'handbook.replaceRefused': z.string().min(1),
	'handbook.listReplaced': z.string().min(1),
	'handbook.mergeRefused': z.string().min(1),
	/** After "Add these pages to my list": what was done, how many pages did not fit (`{{count}}`, of at most `{{limit}}`), and how to undo it. */
	'handbook.listsMerged': z.string().min(1),
	'handbook.mergeLeftOne': z.string().min(1),
	'handbook.mergeLeftOther': z.string().min(1),
	'handbook.mergeUndo': z.string().min(1),
	'handbook.previousListBack': z.string().min(1),
	/** A saved list: its name when it has no title, and after it how many pages it has and when it was saved (`{{count}}`, `{{date}}`). */
	'handbook.untitledList': z.string().min(1),
	'handbook.savedListPagesOne': z.string().min(1),
	'handbook.savedListPagesOther': z.string().min(1),
	'handbook.listNotSaved': z.string().min(1),
	/** The list's status line: how many pages (`{{count}}`), whose list it is (`{{whose}}`: one of the next two, or nothing), and the pages of the address the handbook no longer has (`{{ids}}`). */
	'handbook.listCountOne': z.string().min(1),
	'handbook.listCountOther': z.string().min(1),
	'handbook.listWhoseShared': z.string().min(1),
	'handbook.listWhoseAdopting': z.string().min(1),
	'handbook.listEmpty': z.string().min(1),
	'handbook.listMissingOne': z.string().min(1),
	'handbook.listMissingOther': z.string().min(1),
	/** A list item: what a screen reader hears after a move (`{{position}}` of `{{count}}`), its QR code's text, its note's label, its buttons and their accessible names (`{{action}}`: the button's words). */
	'handbook.movedTo': z.string().min(1),
	'handbook.qrCodeOf': z.string().min(1),
	'handbook.noteFor': z.string().min(1),
	'handbook.noteSaved': z.string().min(1),
	'handbook.moveUp': z.string().min(1),
	'handbook.moveDown': z.string().min(1),
	'handbook.removeFromList': z.string().min(1),
	'handbook.itemAction': z.string().min(1),
	'handbook.removedFromList': z.string().min(1),
	/** A course pack or the whole handbook, made in the browser: a page's trainer's note, a page that could not be loaded (`{{link}}`: its short link), the cover's parts, the contents, and the status line (`{{done}}`, `{{count}}` pages). */
	'handbook.packNoteLabel': z.string().min(1),
	'handbook.packPageNotLoaded': z.string().min(1),
	'handbook.packTrainerNotes': z.string().min(1),
	'handbook.packOnline': z.string().min(1),
	'handbook.packContents': z.string().min(1),
	'handbook.packNoPages': z.string().min(1),
	'handbook.packWholeHandbook': z.string().min(1),
	'handbook.packDocumentTitle': z.string().min(1),
	'handbook.packLoadingPage': z.string().min(1),
	'handbook.packKindHandbook': z.string().min(1),
	'handbook.packKindCourse': z.string().min(1),
	'handbook.packCoverCountOne': z.string().min(1),
	'handbook.packCoverCountOther': z.string().min(1),
	'handbook.packReadyOne': z.string().min(1),
	'handbook.packReadyOther': z.string().min(1),
	/** The worksheet's script: how many questions the filter shows (`{{shown}}` of `{{count}}`, for `{{choice}}`), and the title and empty answers of a download. */
	'handbook.worksheetShowing': z.string().min(1),
	'handbook.worksheetQuestionsFor': z.string().min(1),
	'handbook.worksheetTitle': z.string().min(1),
	'handbook.worksheetNoAnswerMarkdown': z.string().min(1),
	'handbook.worksheetNoAnswerText': z.string().min(1),
	/** Clearing the answers, and the notices about answers kept in this browser (`{{key}}`: where unreadable data was kept; `{{reason}}`: why storage refused, one of the two reasons below). */
	'handbook.worksheetConfirmClear': z.string().min(1),
	'handbook.worksheetCleared': z.string().min(1),
	'handbook.worksheetSetAsideTitle': z.string().min(1),
	'handbook.worksheetSetAsideText': z.string().min(1),
	'handbook.worksheetSetAsideFoundOne': z.string().min(1),
	'handbook.worksheetSetAsideFoundOther': z.string().min(1),
	'handbook.worksheetSetAsideFoundNone': z.string().min(1),
	'handbook.worksheetDownloadKept': z.string().min(1),
	'handbook.worksheetKeptTitle': z.string().min(1),
	'handbook.worksheetKeptText': z.string().min(1),
	'handbook.worksheetUnavailableTitle': z.string().min(1),
	'handbook.worksheetUnavailableText': z.string().min(1),
	'handbook.worksheetBlocked': z.string().min(1),
	'handbook.worksheetReasonFull': z.string().min(1),
	'handbook.worksheetReasonRefused': z.string().min(1),
	/** Saving: saved again, not saved (`{{reason}}`), and what that means. */
	'handbook.worksheetSavedAgainTitle': z.string().min(1),
	'handbook.worksheetSavedAgainText': z.string().min(1),
	'handbook.worksheetNotSaved': z.string().min(1),
	'handbook.worksheetNotSavingTitle': z.string().min(1),
	'handbook.worksheetNotSavingText': z.string().min(1),
	/** Export and import (`{{count}}` answers; `{{file}}`: the file's name; `{{problem}}`: what is wrong with it, one of the problems below). */
	'handbook.worksheetExportedOne': z.string().min(1),
	'handbook.worksheetExportedOther': z.string().min(1),
	'handbook.worksheetExportedText': z.string().min(1),
	'handbook.worksheetNothingImported': z.string().min(1),
	'handbook.worksheetImportRefused': z.string().min(1),
	'handbook.worksheetConfirmImportOne': z.string().min(1),
	'handbook.worksheetConfirmImportOther': z.string().min(1),
	'handbook.worksheetAnswersUnchanged': z.string().min(1),
	'handbook.worksheetImportedOne': z.string().min(1),
	'handbook.worksheetImportedOther': z.string().min(1),
	'handbook.worksheetImportedText': z.string().min(1),
	'handbook.worksheetElsewhereOne': z.string().min(1),
	'handbook.worksheetElsewhereOther': z.string().min(1),
	'handbook.worksheetProblemTooLarge': z.string().min(1),
	'handbook.worksheetProblemNotJson': z.string().min(1),
	'handbook.worksheetProblemNotExport': z.string().min(1),
	'handbook.worksheetProblemNoVersion': z.string().min(1),
	'handbook.worksheetProblemUnknownVersion': z.string().min(1),
	'handbook.worksheetProblemNoAnswers': z.string().min(1),
	'handbook.worksheetProblemBadAnswersOne': z.string().min(1),
	'handbook.worksheetProblemBadAnswersOther': z.string().min(1),
	/**
	 * The 404 page, one per language: title, description, introduction; its search form's label, button and note
	 * without JavaScript; a mistyped short link's heading, the sentence before the nearest ones (`{{id}}`: the
	 * address typed) and the one after (`{{linkingLink}}`: a link to the page that lists every short link); the
	 * heading of the sections listed.
	 */
	'handbook.notFoundTitle': z.string().min(1),
	'handbook.notFoundDescription': z.string().min(1),
	'handbook.notFoundIntro': z.string().min(1),
	'handbook.notFoundSearchLabel': z.string().min(1),
	'handbook.notFoundSearchButton': z.string().min(1),
	'handbook.notFoundNoscript': z.string().min(1),
	'handbook.notFoundShortLinkHeading': z.string().min(1),
	'handbook.notFoundShortLinkIntro': z.string().min(1),
	'handbook.notFoundShortLinkList': z.string().min(1),
	'handbook.notFoundSections': z.string().min(1),
	/** The list of renamed pages on "Linking to the handbook": its lead-in and its columns' headings. */
	'handbook.movedPagesIntro': z.string().min(1),
	'handbook.movedPagesFrom': z.string().min(1),
	'handbook.movedPagesTo': z.string().min(1),
	/**
	 * The search vocabulary's table in the authoring guide: its caption, its columns' headings, and what each kind
	 * of target is (a term of the pages, a glossary term, a LEADS capability, a practice), and a target as listed
	 * (`{{kind}}`: one of those, `{{name}}`: the handbook's name for it).
	 */
	'handbook.vocabularyCaption': z.string().min(1),
	'handbook.vocabularyWords': z.string().min(1),
	'handbook.vocabularyTargets': z.string().min(1),
	'handbook.vocabularyTerm': z.string().min(1),
	'handbook.vocabularyGlossaryTerm': z.string().min(1),
	'handbook.vocabularyCapability': z.string().min(1),
	'handbook.vocabularyPractice': z.string().min(1),
	'handbook.vocabularyTarget': z.string().min(1),
	/**
	 * The authoring guide's list of check errors (CheckErrors): the labels before each rule's example of the
	 * mistake and its fix. The rules' own text is the check's, in English, and is marked so on other languages' pages.
	 */
	'handbook.checkRuleExample': z.string().min(1),
	'handbook.checkRuleFix': z.string().min(1),
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
	training: ['copied', 'copiedText', 'copyRefused', 'slideDownloading', 'slideFailed', 'readingListUnavailable'],
	/** src/scripts/add-to-list.ts: what "Add to reading list" says, loaded with the list's store on the first click. */
	addToList: ['onReadingList', 'addedToReadingList', 'alreadyOnReadingList', 'readingListFull', 'readingListRefused'],
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
	/** src/scripts/search-filters.ts and the search page's own script: its filters and what it says of an address. */
	searchPage: [
		'filters',
		'filtersChosenOne',
		'filtersChosenOther',
		'clearAllFilters',
		'filterChip',
		'removeFilter',
		'audienceNote',
		'unknownFilterSuggest',
		'unknownFilterChoose',
	],
	/** src/scripts/reading-list.ts: the reading list page's status line and messages. */
	readingList: [
		'choosePage',
		'alreadyOnList',
		'listFull',
		'pageAdded',
		'listLinkCopied',
		'confirmClearList',
		'listEmptied',
		'listNotKept',
		'savedSeparately',
		'replaceRefused',
		'listReplaced',
		'mergeRefused',
		'listsMerged',
		'mergeLeftOne',
		'mergeLeftOther',
		'mergeUndo',
		'previousListBack',
		'untitledList',
		'savedListPagesOne',
		'savedListPagesOther',
		'listNotSaved',
		'listCountOne',
		'listCountOther',
		'listWhoseShared',
		'listWhoseAdopting',
		'listEmpty',
		'listMissingOne',
		'listMissingOther',
		'movedTo',
		'qrCodeOf',
		'noteFor',
		'noteSaved',
		'moveUp',
		'moveDown',
		'removeFromList',
		'itemAction',
		'removedFromList',
		'copyFromAddressBar',
		'shortLinkIs',
	],
	/** src/scripts/course-pack.ts: a course pack or the whole handbook, put together in the browser. */
	coursePack: [
		'packNoteLabel',
		'packPageNotLoaded',
		'packTrainerNotes',
		'packOnline',
		'packContents',
		'packNoPages',
		'packWholeHandbook',
		'packDocumentTitle',
		'packLoadingPage',
		'packKindHandbook',
		'packKindCourse',
		'packCoverCountOne',
		'packCoverCountOther',
		'packReadyOne',
		'packReadyOther',
		'shortLinkIs',
		'readingListTitle',
	],
	/** src/scripts/worksheet.ts: the reflection worksheet's count, notices, downloads, export and import. */
	worksheet: [
		'worksheetShowing',
		'worksheetQuestionsFor',
		'worksheetTitle',
		'worksheetNoAnswerMarkdown',
		'worksheetNoAnswerText',
		'worksheetConfirmClear',
		'worksheetCleared',
		'worksheetSetAsideTitle',
		'worksheetSetAsideText',
		'worksheetSetAsideFoundOne',
		'worksheetSetAsideFoundOther',
		'worksheetSetAsideFoundNone',
		'worksheetDownloadKept',
		'worksheetKeptTitle',
		'worksheetKeptText',
		'worksheetUnavailableTitle',
		'worksheetUnavailableText',
		'worksheetBlocked',
		'worksheetReasonFull',
		'worksheetReasonRefused',
		'worksheetSavedAgainTitle',
		'worksheetSavedAgainText',
		'worksheetNotSaved',
		'worksheetNotSavingTitle',
		'worksheetNotSavingText',
		'worksheetExportedOne',
		'worksheetExportedOther',
		'worksheetExportedText',
		'worksheetNothingImported',
		'worksheetImportRefused',
		'worksheetConfirmImportOne',
		'worksheetConfirmImportOther',
		'worksheetAnswersUnchanged',
		'worksheetImportedOne',
		'worksheetImportedOther',
		'worksheetImportedText',
		'worksheetElsewhereOne',
		'worksheetElsewhereOther',
		'worksheetProblemTooLarge',
		'worksheetProblemNotJson',
		'worksheetProblemNotExport',
		'worksheetProblemNoVersion',
		'worksheetProblemUnknownVersion',
		'worksheetProblemNoAnswers',
		'worksheetProblemBadAnswersOne',
		'worksheetProblemBadAnswersOther',
		'worksheetAllQuestionsOne',
		'worksheetAllQuestionsOther',
	],
} as const satisfies Record<string, readonly (UiStringKey extends `handbook.${infer Name}` ? Name : never)[]>;

/** A group's strings in one language, by name. */
export type ScriptWords<Group extends keyof typeof scriptStringGroups> = Record<
	(typeof scriptStringGroups)[Group][number],
	string
>;
