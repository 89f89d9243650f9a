import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import { handbookConfig, handbookFolders } from './src/config.ts';
import { storeFor } from './src/handbook/store.ts';
import { siteTitle } from './src/model/labels.ts';
import { redirectsFor } from './src/model/short-links.ts';
import { citeFiles } from './src/integrations/cite-files.ts';
import { handbookIntegration } from './src/integrations/handbook.ts';
import { profilePhases } from './src/integrations/profile.ts';
import { buildOnly } from './src/integrations/build-only.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { searchAudience } from './src/integrations/search-audience.ts';
import { siteOutput } from './src/integrations/site-output.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { handbookHeadingIds } from './src/plugins/handbook-heading-ids.ts';
import { handbookLinks } from './src/plugins/handbook-links.ts';
import { handbookPreviews } from './src/plugins/handbook-previews.ts';
import { handbookReading } from './src/plugins/handbook-reading.ts';
import { handbookTables } from './src/plugins/handbook-tables.ts';

// Hosting: the published origin and base path come from handbook.config.json (or HANDBOOK_SITE and
// HANDBOOK_BASE for one build; see src/config.ts). Without an origin, Astro gets none, so nothing it
// writes (canonical tags, sitemap) carries an address, and the handbook's own files use site paths.
const { site, base } = handbookConfig;
// scripts/build.ts builds into a staging folder and swaps it in only when the build succeeds.
const folders = handbookFolders();
// Each content set (the handbook, a test fixture, a synthetic benchmark) keeps its own cache,
// so building one never serves stale entries of another.
// The handbook, read and checked once per Astro process (and again after each change in `npm run dev`),
// passed explicitly to everything that needs it: the integrations, the Markdown plugins, the sidebar.
const store = storeFor(folders.content);
const handbook = () => store.current();
const content = handbook().model;
// Starlight's package folder: its components' inline scripts are part of the security policy.
const starlightFolder = path.resolve(fileURLToPath(import.meta.resolve('@astrojs/starlight')), '..', '..');
// Short links (/go/<id>/) and renamed pages' old addresses.
const redirects = redirectsFor(content, base);
const cacheKey = createHash('sha1').update(folders.content).digest('hex').slice(0, 10);

export default defineConfig({
	site: site ?? undefined,
	base,
	outDir: folders.out,
	cacheDir: folders.cache ?? `./node_modules/.astro/${cacheKey}`,
	trailingSlash: 'always',
	// A content security policy in every page, with hashes for each script and style: no 'unsafe-inline'.
	security: { csp: true },
	// Sätteri (Astro's default Markdown processor) parses natively; the handbook's link and preview
	// plugins are Sätteri plugins, so large handbooks build about as fast as plain Starlight.
	markdown: {
		// Code blocks stay plain: Shiki's inline styles would need 'unsafe-inline' in the security policy.
		syntaxHighlight: false,
		processor: satteri({
			mdastPlugins: [handbookHeadingIds(), handbookLinks({ base, handbook })],
			hastPlugins: [handbookPreviews({ handbook }), handbookTables(), handbookReading({ base })],
		}),
	},
	vite: {
		build: {
			rollupOptions: {
				// Every MDX page with a component import carries Astro's "use astro:head-inject" directive,
				// which the bundler warns about once per page; the directive does its job, so the warning goes.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
	integrations: [
		// Marks the build's phases when `npm run bench` asks for a profile (HANDBOOK_PROFILE); does nothing otherwise.
		profilePhases('first'),
		// No dev-only work (Vite's dependency optimizer) in a production build.
		buildOnly(),
		handbookIntegration(store),
		// The sitemap (indexable pages only) and robots.txt; before the security headers, which list the
		// site's top-level files.
		siteOutput({ handbook }),
		// The policy allows only the inline code these components ship (Starlight's and the handbook's).
		securityHeaders({
			componentFolders: [starlightFolder, path.resolve('src')],
			embedOrigins: handbookConfig.embedOrigins,
			// The top-level folders the post-build pass writes after this one: the short links', the old
			// addresses' and the QR images'.
			laterTopLevel: [...new Set([...Object.keys(redirects).map((from) => from.split('/')[1]!), 'qr'])],
		}),
		citeFiles({ handbook }),
		socialCards({ handbook }),
		starlight({
			title: siteTitle,
			description:
				'Collaborative leadership in health care: the LEADS Develop Coalitions capabilities, the practices that put them to work, and the cases that show them.',
			lastUpdated: false,
			// One language tag on every page, with the handbook's spelling: Canadian English.
			locales: { root: { label: 'English', lang: 'en-CA' } },
			// Plain code blocks: Expressive Code adds script and styles to every page and puts <div>s inside <code>.
			expressiveCode: false,
			pagination: true,
			// The handbook's own 404 page (src/pages/404.astro) offers search, sections and short-link suggestions.
			disable404Route: true,
			customCss: ['./src/styles/handbook.css'],
			// Keeps each page's sidebar small however many pages the handbook has.
			routeMiddleware: './src/route-data.ts',
			components: {
				PageTitle: './src/components/overrides/PageTitle.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Search: './src/components/overrides/Search.astro',
				Head: './src/components/overrides/Head.astro',
			},
			// Starlight's own Markdown features (heading anchor links, asides) only touch the folders it knows.
			markdown: { processedDirs: [path.join(folders.content, 'docs')] },
			// Empty here: each page's sidebar (every section listing its pages in reading order, `sidebar.order` then
			// title, trimmed around the page) and its Previous/Next links are set by the route data middleware from
			// one structure made once per version of the content (src/site/page-sidebar.ts). Starlight would
			// build and copy the whole sidebar for every page, work that grows with the handbook.
			sidebar: [],
		}),
		// After Starlight's: its build:done hook runs Pagefind, whose index this reads.
		searchAudience(),
		// Last: short links, QR images and embed views, written from what the build made (see the integration).
		postBuild({ handbook, redirects }),
		profilePhases('last'),
	],
});
