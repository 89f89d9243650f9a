import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { outputWriter, writeEmbedViews, writeQrImages, writeRedirects } from '../build/post-build.ts';
import type { Handbook } from '../handbook/handbook.ts';
import { maxRedirectRules } from '../site/redirects.ts';

/**
 * The post-build pass (src/build/post-build.ts): short-link and old-address redirect pages with `_redirects`,
 * QR images and embed views, written straight to the output after every other integration, so that the
 * sitemap, the security policy's pass and Pagefind read only the pages Astro rendered. In `npm run dev` there
 * is no build output: the redirects are Astro's, and the QR and embed routes serve every page
 * (src/pages/qr/, src/pages/embed/).
 */
export function postBuild({
	handbook,
	redirects,
}: {
	handbook: () => Handbook;
	redirects: Record<string, string>;
}): AstroIntegration {
	let site: string | undefined;
	let base = '/';
	return {
		name: 'handbook-post-build',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command === 'dev') updateConfig({ redirects });
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
				const views = await writeEmbedViews(outDir, out, handbook());
				await out.done();
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
