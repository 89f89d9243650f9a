import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import GithubSlugger from 'github-slugger';
import { siteTitle } from '../model/labels.ts';
import type { Handbook } from '../handbook/handbook.ts';
import { pageSummaries, type PageSummary } from '../site/page-graph.ts';
import { pageFacets } from '../search/facets.ts';
import { cardSvg, drawCards, type CardText } from '../site/social-card.ts';
import { pageTypeLabels } from '../schemas/page.ts';

/** What the home page's card says the handbook is about. */
const homeHeading = 'Collaborative leadership in health care';

/**
 * The card a page shares: one per kind of page ("Practice", "Case study"), and for the
 * LEADS domain and capability pages one per domain ("LEADS capability", "Develop
 * Coalitions"); not one per page. Link previews show the page's own title (og:title) next to the
 * image, and a bounded set of cards (at most 21) keeps the build's cost flat as pages are added.
 */
export function cardFor(
	handbook: Handbook,
	page: Pick<PageSummary, 'type' | 'capabilities'>,
): { path: string; text: CardText } {
	const framework = page.type === 'domain' || page.type === 'capability';
	const domain = framework ? pageFacets(handbook, page.type, page.capabilities, []).domain[0] : undefined;
	const heading = page.type === 'home' ? homeHeading : pageTypeLabels[page.type];
	const name = new GithubSlugger().slug([page.type, domain].filter(Boolean).join(' '));
	return { path: `/cards/${name}.png`, text: { heading, domain, site: siteTitle } };
}

/**
 * Draws the social-card images, so a link pasted into a course or a chat shows a preview.
 * Drawing starts with the build, in worker threads, while Astro bundles and renders the
 * pages; the cards are copied in when the build is done. A card is kept in Astro's cache
 * under a hash of what it shows, so a rebuild only draws cards whose text changed.
 */
export function socialCards({ handbook }: { handbook: () => Handbook }): AstroIntegration {
	let cacheDir = '';
	let cards = new Map<string, CardText>();
	let drawing: Promise<number> = Promise.resolve(0);
	const cached = (text: CardText) =>
		path.join(cacheDir, `${createHash('sha1').update(JSON.stringify(text)).digest('hex')}.png`);
	return {
		name: 'handbook-social-cards',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = path.join(fileURLToPath(config.cacheDir), 'social-cards');
			},
			'astro:build:start': () => {
				fs.mkdirSync(cacheDir, { recursive: true });
				cards = new Map(
					[...pageSummaries(handbook()).values()]
						.map((page) => cardFor(handbook(), page))
						.map((card) => [card.path, card.text]),
				);
				const toDraw = [...cards.values()]
					.filter((text) => !fs.existsSync(cached(text)))
					.map((text) => ({ file: cached(text), svg: cardSvg(text) }));
				drawing = drawCards(toDraw).then(() => toDraw.length);
				// Awaited in astro:build:done; until then a failure must not count as unhandled.
				drawing.catch(() => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const drawn = await drawing;
				for (const [cardPath, text] of cards) {
					const to = path.join(fileURLToPath(dir), cardPath);
					fs.mkdirSync(path.dirname(to), { recursive: true });
					fs.copyFileSync(cached(text), to);
				}
				logger.info(
					`Social cards: ${cards.size} for ${pageSummaries(handbook()).size} pages; ${drawn} drawn, the rest reused from the cache.`,
				);
			},
		},
	};
}
