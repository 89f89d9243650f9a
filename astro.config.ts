import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { handbookConfig, handbookFolders } from './src/config.ts';
import { siteTitle } from './src/model/labels.ts';
import { handbook } from './src/starlight-plugin.ts';

// Hosting: the published origin and base path come from handbook.config.json (or HANDBOOK_SITE and
// HANDBOOK_BASE for one build; see src/config.ts). Without an origin, Astro gets none, so nothing it
// writes (canonical tags, sitemap) carries an address, and the handbook's own files use site paths.
const { site, base } = handbookConfig;
// scripts/build.ts builds into a staging folder and swaps it in only when the build succeeds.
const folders = handbookFolders();
// Each content set (the handbook, a test fixture, a synthetic benchmark) keeps its own cache,
// so building one never serves stale entries of another.
const cacheKey = createHash('sha1').update(folders.content).digest('hex').slice(0, 10);

// Everything else the handbook adds to Starlight and Astro (its store, Markdown plugins, security policy,
// integrations and their order, component overrides, UI strings) is its Starlight plugin: src/starlight-plugin.ts.
export default defineConfig({
	site: site ?? undefined,
	base,
	outDir: folders.out,
	cacheDir: folders.cache ?? `./node_modules/.astro/${cacheKey}`,
	// Here, not in the plugin: Starlight reads it when its own setup runs, before any integration a plugin adds.
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: siteTitle,
			description:
				'Collaborative leadership in health care: the LEADS Develop Coalitions capabilities, the practices that put them to work, and the cases that show them.',
			// The handbook's languages (handbook.config.json): by default one language tag on every page, with
			// the handbook's spelling, Canadian English; each other language's pages live in its folder of docs/.
			locales: handbookConfig.locales,
			plugins: [handbook()],
		}),
	],
});
