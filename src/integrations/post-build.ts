import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import {
	moveNotFoundPages,
	outputWriter,
	writeEmbedViews,
	writeQrImages,
	writeRedirects,
	type Dictionaries,
} from '../build/post-build.ts';
import type { Handbook } from '../handbook/handbook.ts';
import { redirectsFor } from '../model/short-links.ts';
import { maxRedirectRules } from '../site/redirects.ts';

/**
 * The post-build pass (src/build/post-build.ts): short-link and old-address redirect pages with `_redirects`,
 * QR images and embed views, written straight to the output after every other integration, so that the
 * sitemap, the security policy's pass and Pagefind read only the pages Astro rendered; then each language's
 * 404 page is moved where hosts look for it (`fr/404.html`). In `npm run dev` there is no build output: the dev
 * server answers the redirects from the content as it is now (`redirectsInDev`), and the QR and embed routes
 * serve every page (src/pages/qr/, src/pages/embed/).
 */
export function postBuild({
	handbook,
	latest,
	redirects,
	dictionaries,
}: {
	handbook: () => Handbook;
	/** The UI dictionaries, by language tag: the embed views' words in each page's language. */
	dictionaries: Dictionaries;
	/** In `npm run dev`, the handbook as last read, if it has been read since the last change (`HandbookStore.peek`). */
	latest: () => Handbook | undefined;
	redirects: Record<string, string>;
}): AstroIntegration {
	let site: string | undefined;
	let base = '/';
	return {
		name: 'handbook-post-build',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command === 'dev') updateConfig({ vite: { plugins: [redirectsInDev(latest, () => base)] } });
			},
			'astro:config:done': ({ config }) => {
				site = config.site?.replace(/\/+$/, '');
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = path.resolve(fileURLToPath(dir));
				const out = outputWriter(outDir);
				const pages = await writeRedirects(out, redirects, base, site);
				// The addresses as Astro writes them (its site and base come from the same configuration).
				const images = await writeQrImages(out, handbook());
				const views = await writeEmbedViews(outDir, out, handbook(), dictionaries);
				await out.done();
				moveNotFoundPages(outDir, Object.keys(handbook().model.locales));
				if (pages > maxRedirectRules)
					logger.warn(
						`_redirects has ${pages} lines, more than the ${maxRedirectRules} Cloudflare Pages reads: the rest of the short links answer with their redirect pages there.`,
					);
				logger.info(
					`${pages} redirect pages (and _redirects), ${images} QR images and ${views} embed views in ${Math.round(performance.now() - started)} ms.`,
				);
			},
		},
	};
}

/**
 * In `npm run dev`, the short links (`/go/<id>/`) and old addresses of the content as it is now: a new page's
 * short link works after one save, and a deleted page's stops. Astro's `redirects` option would hold those of the
 * content when the server started. A Vite middleware, so it answers before Astro's (which would show the 404 page
 * for an address it has no page for); anything else goes on to Astro. It looks only at page addresses (ending in
 * `/`), never at the server's module requests, and never reads the content itself: between a change and the
 * loader's next reading (the same turn of the event loop) it answers from the reading before.
 */
export function redirectsInDev(latest: () => Handbook | undefined, base: () => string): Plugin {
	let made: { from: Handbook; redirects: Record<string, string> } | undefined;
	const redirectsNow = () => {
		const current = latest();
		if (current && made?.from !== current) made = { from: current, redirects: redirectsFor(current.model, base()) };
		return made?.redirects ?? {};
	};
	return {
		name: 'handbook-dev-redirects',
		configureServer(server) {
			server.middlewares.use((request, response, next) => {
				const prefix = base().endsWith('/') ? base() : `${base()}/`;
				const pathname = new URL(request.url ?? '/', 'http://dev.invalid').pathname;
				if (!pathname.startsWith(prefix) || !pathname.endsWith('/')) return next();
				const target = redirectsNow()[`/${pathname.slice(prefix.length)}`];
				if (!target) return next();
				response.writeHead(301, { location: target });
				response.end();
			});
		},
	};
}
