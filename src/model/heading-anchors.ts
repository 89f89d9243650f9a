// The id of each heading, made in one place for the check and the build. Astro's own heading ids slug the
// rendered text, which holds what the handbook's plugins add (a citation's formatted text and its preview, a
// term's definition), so a heading with a citation got an id the check could not know, and `#anchors` the check
// approved led nowhere. The build now gives every Markdown heading the id this module makes from the source.
import GithubSlugger from 'github-slugger';
import { findCitations } from '../citations/citations.ts';

/** The parts of an mdast node this module reads (the check's and Sätteri's plugin nodes have the same shape). */
interface Node {
	type: string;
	value?: unknown;
	children?: readonly Node[];
}

/** Text an anchor is made of: a text node without its citations (`[@key]`, `@key`). */
function withoutCitations(text: string): string {
	let kept = '';
	let cursor = 0;
	for (const citation of findCitations(text)) {
		kept += text.slice(cursor, citation.start);
		cursor = citation.end;
	}
	return kept + text.slice(cursor);
}

/**
 * A heading's text as its anchor reads it: its words and inline code, without citations, images (their
 * alternative text is not shown), raw HTML or MDX expressions (code, not words).
 */
export function headingText(heading: Node): string {
	const walk = (node: Node): string => {
		if (node.type === 'text') return withoutCitations(String(node.value ?? ''));
		if (node.type === 'inlineCode') return String(node.value ?? '');
		return (node.children ?? []).map(walk).join('');
	};
	return walk(heading).replace(/\s+/g, ' ').trim();
}

/**
 * The ids a reader page holds outside its own content: Starlight's (its title is `_top`) and those of the sections
 * and tools the handbook adds (src/site/after-content.ts, src/components/). A page's heading is never given one
 * (`## References` is `references-1`), so no page holds an id twice, and `#references` reaches the list the handbook
 * adds. A test keeps the list whole (heading-anchors.test.ts).
 */
export const reservedIds: readonly string[] = [
	'_top',
	'starlight__mobile-toc',
	'starlight__on-this-page',
	'starlight__on-this-page--mobile',
	'starlight__search',
	'starlight__sidebar',
	'theme-icons',
	'in-brief',
	'in-this-section',
	'source-parts',
	'backlinks',
	'related-pages',
	'references',
	'cite-this-page',
	'cite-apa',
	'capability-map-caption',
	'embed-snippet',
	'not-found-query',
	'short-link-heading',
	'short-link-help',
	'short-link-text',
	'training-apa',
	'training-cite',
	'training-embed',
	'training-handout',
	'training-short-link',
	'worksheet-filter',
];

/**
 * The anchor maker of one page: GitHub's slugs (lowercase, punctuation dropped, spaces to hyphens), with
 * `-1`, `-2`... for a repeated heading, in the order the headings come, or for one whose slug is a reserved id. A
 * heading with no words gets `section`, so its id is never empty.
 */
export function pageAnchors(): (heading: Node) => string {
	const slugger = new GithubSlugger();
	for (const id of reservedIds) slugger.slug(id);
	return (heading) => slugger.slug(headingText(heading) || 'section');
}
