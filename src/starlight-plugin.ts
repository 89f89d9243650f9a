import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { UserConfig as ViteUserConfig } from 'vite';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import { handbookConfig, handbookFolders } from './config.ts';
import { docsFolder } from './model/project.ts';
import type { Handbook } from './handbook/handbook.ts';
import { storeFor, type HandbookStore } from './handbook/store.ts';
import { redirectsFor } from './model/short-links.ts';
import { uiStringsSchema } from './schemas/ui-strings.ts';
import { buildOnly } from './integrations/build-only.ts';
import { citeFiles } from './integrations/cite-files.ts';
import { handbookIntegration } from './integrations/handbook.ts';
import { postBuild } from './integrations/post-build.ts';
import { scriptStrings } from './integrations/script-strings.ts';
import { profilePhases } from './integrations/profile.ts';
import { searchAudience } from './integrations/search-audience.ts';
import { securityHeaders } from './integrations/security-headers.ts';
import { siteOutput } from './integrations/site-output.ts';
import { socialCards } from './integrations/social-cards.ts';
import { handbookHeadingIds } from './plugins/handbook-heading-ids.ts';
import { handbookLinks } from './plugins/handbook-links.ts';
import { handbookPreviews } from './plugins/handbook-previews.ts';
import { handbookReading } from './plugins/handbook-reading.ts';
import { handbookTables } from './plugins/handbook-tables.ts';
import { inStarlightFolder, type MarkdownPages } from './plugins/starlight-folder.ts';

// The handbook as a Starlight plugin: everything the handbook adds to Starlight and Astro, so that a site's
// astro.config.ts is `starlight({ title, plugins: [handbook()] })` plus its address and folders. Files are named
// from this module's folder, not the project's, so another Starlight site can use the plugin as it is; it then
// also needs the handbook's content collections (src/content.config.ts) and routes (src/pages/), which Astro reads
// from the site's own src/ folder and a plugin cannot add.

/** This module's folder (`src/`): the handbook's components, styles and middleware are named from it. */
const srcFolder = path.dirname(fileURLToPath(import.meta.url));
const own = (file: string) => path.join(srcFolder, file);

// Starlight's package folder: its components' inline scripts are part of the security policy.
const starlightFolder = path.resolve(fileURLToPath(import.meta.resolve('@astrojs/starlight')), '..', '..');

/** The Starlight components the handbook replaces. */
export const componentOverrides = {
	PageTitle: own('components/overrides/PageTitle.astro'),
	MarkdownContent: own('components/overrides/MarkdownContent.astro'),
	Search: own('components/overrides/Search.astro'),
	Head: own('components/overrides/Head.astro'),
};

/** The handbook's UI strings (`handbook.*`), one dictionary per language tag, read from src/content/i18n/. */
export const uiStringsFolder = own('content/i18n');

export interface HandbookPluginOptions {
	/**
	 * The content set: by default `content/`, or `HANDBOOK_CONTENT_DIR` (see src/folders.ts). It must be the folder
	 * the content collections read (`contentDir()` in src/content.config.ts), which follows the same variable.
	 */
	content?: string;
	/** Origins allowed to frame the embed views: by default handbook.config.json's `embedOrigins`. */
	embedOrigins?: readonly string[];
}

/**
 * The handbook's Starlight plugin. Its `config:setup` hook:
 * - reads and checks the handbook once (the store), and derives the redirects (short links, old addresses);
 * - sets the Starlight options the handbook needs (component overrides, its CSS, an empty sidebar, its own 404,
 *   plain code blocks, which folders Starlight's Markdown features touch) and adds its route middleware;
 * - adds the handbook's Astro integrations, in the order `handbookIntegrations` explains, among them one that
 *   applies the Astro settings (Markdown plugins, security policy, Vite's warnings).
 * Its `i18n:setup` hook gives Starlight the handbook's UI strings, so that a site without the handbook's
 * src/content/i18n/ dictionaries has them too.
 */
export function handbook(options: HandbookPluginOptions = {}): StarlightPlugin {
	return {
		name: 'coalitions-handbook',
		hooks: {
			'i18n:setup': async ({ injectTranslations }) => {
				injectTranslations(readUiStrings(uiStringsFolder));
			},
			'config:setup': async ({ config, updateConfig, addIntegration, addRouteMiddleware, astroConfig }) => {
				// Starlight writes Astro's trailingSlash into its own modules when its setup runs, before any integration
				// this plugin adds could set it; the handbook's links and base path all end with a slash.
				if (astroConfig.trailingSlash !== 'always')
					throw new Error(
						`The handbook's Starlight plugin needs \`trailingSlash: 'always'\` in astro.config.ts (it is "${astroConfig.trailingSlash}"): every address the handbook writes ends with a slash.`,
					);
				const content = options.content ?? handbookFolders().content;
				// The handbook, read and checked once per Astro process (and again after each change in `npm run dev`),
				// passed explicitly to everything that needs it: the integrations, the Markdown plugins, the sidebar.
				const store = storeFor(path.resolve(content));
				// The pages' folder, for Starlight's Markdown features (see `processedDirs` and `inStarlightFolder`).
				const pagesFolder = path.resolve(content, docsFolder);
				// The Markdown plugins configured before Starlight adds its own (it does so after running its plugins).
				const processor = astroConfig.markdown.processor;
				const earlier = isSatteriProcessor(processor)
					? new Set([...processor.options.mdastPlugins, ...processor.options.hastPlugins])
					: new Set();
				updateConfig({
					lastUpdated: false,
					// Plain code blocks: Expressive Code adds script and styles to every page and puts <div>s inside <code>.
					expressiveCode: false,
					pagination: true,
					// The handbook's own 404 page (src/pages/404.astro) offers search, sections and short-link suggestions.
					disable404Route: true,
					customCss: [...(config.customCss ?? []), own('styles/handbook.css')],
					components: { ...config.components, ...componentOverrides },
					// Starlight's own Markdown features (heading anchor links, asides) only touch the folders it knows.
					markdown: {
						...config.markdown,
						processedDirs: [...(config.markdown?.processedDirs ?? []), pagesFolder],
					},
					// Empty here: each page's sidebar (every section listing its pages in reading order, `sidebar.order`
					// then title, trimmed around the page) and its Previous/Next links are set by the route data
					// middleware from one structure made once per version of the content (src/site/page-sidebar.ts).
					// Starlight would build and copy the whole sidebar for every page, work that grows with the handbook.
					sidebar: [],
				});
				// Keeps each page's sidebar small however many pages the handbook has.
				addRouteMiddleware({ entrypoint: own('route-data.ts') });
				for (const integration of handbookIntegrations({
					store,
					base: astroConfig.base,
					// The languages' tags, the default (`root`) first: the browser scripts get their strings in these.
					languages: Object.entries(config.locales ?? {})
						.sort(([a], [b]) => Number(b === 'root') - Number(a === 'root'))
						.map(([key, locale]) => locale.lang ?? key),
					embedOrigins: options.embedOrigins ?? handbookConfig.embedOrigins,
					markdownPages: {
						folder: pagesFolder,
						starlightFolder: fileURLToPath(new URL('content/docs/', astroConfig.srcDir)),
						earlier,
					},
				}))
					addIntegration(integration);
			},
		},
	};
}

/**
 * The handbook's Astro integrations, in the order Astro runs their hooks. Starlight puts the integrations its
 * plugins add right after itself in Astro's list (followed by MDX and its directive restoration, which have only
 * setup hooks), so without `starlightAfter` Starlight's `astro:build:done`, where Pagefind indexes the site, would
 * run before all of them. The build's last steps depend on each other:
 * - siteOutput (sitemap, robots.txt) before securityHeaders, whose `_headers` lists the site's top-level files;
 * - securityHeaders before citeFiles, socialCards and Pagefind, as always: their folders get no rule of their own
 *   (`/*` covers them);
 * - Pagefind (Starlight) before searchAudience, which reads its index;
 * - postBuild last: the redirect pages, QR images and embed views are never read by the passes before it;
 * - profilePhases first and last, so each hook is marked before and after the handbook's work in it.
 */
export function handbookIntegrations({
	store,
	base,
	embedOrigins,
	languages = [],
	markdownPages,
}: {
	store: HandbookStore;
	base: string;
	embedOrigins: readonly string[];
	/** The site's language tags, the default first. */
	languages?: readonly string[];
	markdownPages?: MarkdownPages;
}): AstroIntegration[] {
	const current = () => store.current();
	const dictionaries = readUiStrings(uiStringsFolder);
	// Short links (/go/<id>/) and renamed pages' old addresses.
	const redirects = redirectsFor(current().model, base);
	return [
		// Marks the build's phases when `npm run bench` asks for a profile (HANDBOOK_PROFILE); does nothing otherwise.
		profilePhases('first'),
		astroSettings({ base, handbook: current, languages, markdownPages, dictionaries }),
		// No dev-only work (Vite's dependency optimizer) in a production build.
		buildOnly(),
		handbookIntegration(store),
		// The sitemap (indexable pages only) and robots.txt; before the security headers, which list the
		// site's top-level files.
		siteOutput({ handbook: current }),
		// The policy allows only the inline code these components ship (Starlight's and the handbook's).
		securityHeaders({
			componentFolders: [starlightFolder, srcFolder],
			embedOrigins,
			// The top-level folders the post-build pass writes after this one: the short links', the old
			// addresses' and the QR images'.
			laterTopLevel: [...new Set([...Object.keys(redirects).map((from) => from.split('/')[1]!), 'qr'])],
		}),
		citeFiles({ handbook: current }),
		socialCards({ handbook: current }),
		starlightAfter(),
		// After Starlight's: its build:done hook runs Pagefind, whose index this reads.
		searchAudience(),
		// Last: short links, QR images and embed views, written from what the build made (see the integration).
		postBuild({ handbook: current, latest: () => store.peek(), redirects, dictionaries }),
		profilePhases('last'),
	];
}

/**
 * The Astro settings the handbook needs, applied when Astro sets up this integration (after Starlight's own
 * setup, which runs the plugins). Each is read by Astro only after every integration's setup: the security
 * policy and Vite's options when the build starts, the Markdown options when the Markdown processor is created.
 */
export function astroSettings({
	base,
	handbook,
	languages = [],
	markdownPages,
	dictionaries = readUiStrings(uiStringsFolder),
}: {
	base: string;
	handbook: () => Handbook;
	/** The UI dictionaries, by language tag (`readUiStrings`). */
	dictionaries?: Record<string, Record<string, string>>;
	languages?: readonly string[];
	/** Where the pages are, for Starlight's own Markdown plugins (see `inStarlightFolder`). */
	markdownPages?: MarkdownPages;
}): AstroIntegration {
	return {
		name: 'handbook-astro-settings',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				// Sätteri (Astro's default Markdown processor) parses natively; the handbook's link and preview plugins
				// are Sätteri plugins, so large handbooks build about as fast as plain Starlight. Starlight has already
				// added its plugins to the configured processor: the handbook's go first, as they always have.
				const processor = config.markdown.processor;
				if (!isSatteriProcessor(processor))
					throw new Error(
						`The handbook's Markdown plugins need Astro's Sätteri processor, but \`markdown.processor\` is "${processor.name}": remove it from astro.config.ts (Sätteri is the default), or set it to \`satteri()\` from @astrojs/markdown-satteri.`,
					);
				if (markdownPages) {
					processor.options.mdastPlugins = inStarlightFolder(processor.options.mdastPlugins, markdownPages);
					processor.options.hastPlugins = inStarlightFolder(processor.options.hastPlugins, markdownPages);
				}
				processor.options.mdastPlugins.unshift(handbookHeadingIds(), handbookLinks({ base, handbook }));
				processor.options.hastPlugins.unshift(
					handbookPreviews({ handbook }),
					handbookTables(),
					handbookReading({ base }),
				);
				updateConfig({
					// A content security policy in every page, with hashes for each script and style: no 'unsafe-inline'.
					security: { csp: true },
					// Code blocks stay plain: Shiki's inline styles would need 'unsafe-inline' in the security policy.
					markdown: { syntaxHighlight: false },
					vite: { ...quietBundler, plugins: [scriptStrings(languages, dictionaries)] },
				});
			},
		},
	};
}

const quietBundler: ViteUserConfig = {
	build: {
		rollupOptions: {
			// Every MDX page with a component import carries Astro's "use astro:head-inject" directive, which the
			// bundler warns about once per page; the directive does its job, so the warning goes.
			onwarn(warning, warn) {
				if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
				warn(warning);
			},
		},
	},
};

/**
 * Moves Starlight in Astro's list of integrations to just after this one, so that its `astro:build:done`
 * (Pagefind) runs after the handbook's passes listed before this one and before those after it (see
 * `handbookIntegrations`). Astro sets the integrations up one at a time by position in that list, the way
 * Starlight itself inserts its plugins' integrations: Starlight, already set up, only moves from before this
 * one to after it, so no integration is set up twice or skipped.
 */
export function starlightAfter(): AstroIntegration {
	return {
		name: 'handbook-starlight-after',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const list = config.integrations;
				const starlight = list.findIndex((integration) => integration.name === '@astrojs/starlight');
				const self = list.findIndex((integration) => integration.name === 'handbook-starlight-after');
				if (starlight < 0 || self < 0 || starlight > self)
					throw new Error('The handbook expects Starlight before its own integrations in Astro’s list.');
				const [moved] = list.splice(starlight, 1);
				list.splice(self, 0, moved!);
			},
		},
	};
}

/**
 * The UI string dictionaries in `folder`, by language tag (the file name), each checked against the handbook's
 * schema: a missing or empty string stops the build with the file and key.
 */
export function readUiStrings(folder: string): Record<string, Record<string, string>> {
	const dictionaries: Record<string, Record<string, string>> = {};
	for (const file of fs
		.readdirSync(folder)
		.filter((name) => name.endsWith('.json'))
		.sort()) {
		const parsed = uiStringsSchema.safeParse(JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')));
		if (!parsed.success)
			throw new Error(
				`${path.join(folder, file)}: ${parsed.error.issues.map((issue) => `"${issue.path.join('.')}" ${issue.message}`).join('; ')}`,
			);
		dictionaries[path.basename(file, '.json')] = parsed.data;
	}
	return dictionaries;
}
