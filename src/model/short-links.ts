import { readerPageTypes, type PageType } from './page-types.ts';
import type { HandbookModel } from './load.ts';
import { reflectionPath, shortPath, termPath, withBase } from './routes.ts';

/** What a short link leads to. */
export type ShortLinkKind = 'page' | 'reflection-question' | 'glossary-term';

export interface ShortLink {
	/** The `<id>` of `/go/<id>/`: permanent once published. */
	id: string;
	/** Where `/go/<id>/` leads, without base. */
	target: string;
	kind: ShortLinkKind;
}

/** A page's own short id: its `shortId` field, else the last part of its path (for domains and capabilities, their taxonomy id). */
export function pageShortId(page: { url: string; frontmatter?: Record<string, unknown> }): string | undefined {
	const own = page.frontmatter?.shortId;
	if (typeof own === 'string' && own) return own;
	return page.url.split('/').filter(Boolean).at(-1);
}

/** Whether a page is a reader page (and so has a short link). */
export const isReaderPage = (page: { frontmatter?: Record<string, unknown> }) =>
	(readerPageTypes as readonly string[]).includes(String(page.frontmatter?.type));

/** The kinds of page whose short links were published first, with the glossary terms'. */
const firstLinkedTypes: readonly PageType[] = ['domain', 'capability', 'practice', 'case-study'];

/**
 * Short links for training material, in one id space: `/go/<id>/` for every reader page, every
 * reflection question (an anchor on the reflection page) and every glossary term (an anchor on the
 * glossary). `npm run check` refuses two links with one id (see the short-link-collision rule).
 * The links published first (domains, capabilities, practices, case studies, glossary terms) come
 * first, so that a clash is reported at the newcomer, which is the one to rename.
 */
export function shortLinks(content: HandbookModel): ShortLink[] {
	const pageLinks = (first: boolean) =>
		content.pages
			.filter((page) => isReaderPage(page))
			.filter((page) => firstLinkedTypes.includes(page.frontmatter?.type as PageType) === first)
			.flatMap((page): ShortLink[] => {
				const id = pageShortId(page);
				return id ? [{ id, target: page.url, kind: 'page' }] : [];
			});
	return [
		...pageLinks(true),
		...[...content.glossary.values()].map((term): ShortLink => ({
			id: term.id,
			target: termPath(term.id),
			kind: 'glossary-term',
		})),
		...pageLinks(false),
		...content.reflection.map((question): ShortLink => ({
			id: question.id,
			target: reflectionPath(question.id),
			kind: 'reflection-question',
		})),
	];
}

/** The short link id of every target (page URL or anchor), for pages and lists that show it. */
export function shortIdsByTarget(content: HandbookModel): Map<string, string> {
	const ids = new Map<string, string>();
	for (const link of shortLinks(content)) if (!ids.has(link.target)) ids.set(link.target, link.id);
	return ids;
}

/**
 * Astro's `redirects` for a content set: short links, and renamed pages' old addresses.
 * Astro puts the base path in front of the source but not the destination, so it is added here.
 */
export function redirectsFor(content: HandbookModel, base: string): Record<string, string> {
	const redirects: Record<string, string> = {};
	for (const link of shortLinks(content)) redirects[shortPath(link.id)] ??= withBase(base, link.target);
	for (const redirect of content.redirects) redirects[redirect.from] ??= withBase(base, redirect.to);
	return redirects;
}
