import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { handbookTitle } from '../lib/cite-page.ts';
import { pageSummaries } from '../lib/page-graph.ts';
import { pageFacets } from '../lib/search-facets.ts';
import { cardSvg, drawCards } from '../lib/social-card.ts';
import { pageTypeLabels } from '../schemas/page.ts';

/** Where a page's card is published, without base: `/cards/coalitions/trust.png`, `/cards/home.png`. */
export const cardPath = (url: string) => `/cards/${url === '/' ? 'home' : url.slice(1, -1)}.png`;

/**
 * Draws a social-card image for every page after the build (title, type, domain), so a
 * link pasted into a course or a chat shows a preview. A card is kept in Astro's cache
 * under a hash of what it shows, so a rebuild only draws the cards that changed.
 */
export function socialCards(): AstroIntegration {
	let cacheDir = '';
	return {
		name: 'handbook-social-cards',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = path.join(fileURLToPath(config.cacheDir), 'social-cards');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				fs.mkdirSync(cacheDir, { recursive: true });
				const toDraw = new Map<string, string>();
				const copies: [from: string, to: string][] = [];
				for (const page of pageSummaries().values()) {
					const domain = pageFacets(page.type, page.capabilities, []).domain.join(' · ') || undefined;
					const text = { title: page.title, type: pageTypeLabels[page.type], domain, site: handbookTitle };
					const cached = path.join(cacheDir, `${createHash('sha1').update(JSON.stringify(text)).digest('hex')}.png`);
					if (!fs.existsSync(cached)) toDraw.set(cached, cardSvg(text));
					copies.push([cached, path.join(root, cardPath(page.url))]);
				}
				await drawCards([...toDraw].map(([file, svg]) => ({ file, svg })));
				for (const [from, to] of copies) {
					fs.mkdirSync(path.dirname(to), { recursive: true });
					fs.copyFileSync(from, to);
				}
				logger.info(`Social cards: ${toDraw.size} drawn, the rest of ${copies.length} reused from the cache.`);
			},
		},
	};
}
