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
});
