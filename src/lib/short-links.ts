import { typesWhere } from '../model/page-types.ts';
import type { ContentSet } from '../validation/validate.ts';
import { termAnchor, withBase } from './urls.ts';

/** The page types that get a short link `/go/<id>/` of their own (besides glossary terms), from the registry. */
const linkedTypes: readonly string[] = typesWhere((entry) => entry.shortLink);

export interface ShortLink {
	id: string;
	/** Where `/go/<id>/` leads, without base. */
	target: string;
}

/**
 * Short links for training material: `/go/<id>/` for every domain, capability,
 * practice, case study and glossary term. A page's id is the last part of its
 * path, which for domains and capabilities is their taxonomy id.
 */
export function shortLinks(content: ContentSet): ShortLink[] {
	const links: ShortLink[] = [];
	for (const page of content.pages) {
		const type = page.frontmatter?.type;
		if (typeof type !== 'string' || !linkedTypes.includes(type)) continue;
		const id = page.url.split('/').filter(Boolean).at(-1);
		if (id) links.push({ id, target: page.url });
	}
	for (const term of content.glossary.values()) {
		links.push({ id: term.id, target: `/glossary/#${termAnchor(term.id)}` });
	}
	return links;
}

/**
 * Astro's `redirects` for a content set: short links, and renamed pages' old addresses.
 * Astro puts the base path in front of the source but not the destination, so it is added here.
 */
export function redirectsFor(content: ContentSet, base: string): Record<string, string> {
	const redirects: Record<string, string> = {};
	for (const link of shortLinks(content)) redirects[`/go/${link.id}/`] = withBase(base, link.target);
	for (const redirect of content.redirects) redirects[redirect.from] = withBase(base, redirect.to);
	return redirects;
}
