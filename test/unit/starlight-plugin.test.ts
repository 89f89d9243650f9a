// The handbook as a Starlight plugin (issue #24): what its hooks register, and the order Astro runs the handbook's
// integrations in once the real Starlight integration has inserted them. The build's output with the plugin is
// compared with the hand-wired configuration's by `node scripts/compare-builds.ts` (byte-identical when the
// plugin was made); test/browser/output.test.ts checks that output.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { describe, expect, test } from 'vitest';
import { componentOverrides, handbook, readUiStrings, uiStringsFolder } from '../../src/starlight-plugin.ts';
import { uiStringsSchema } from '../../src/schemas/ui-strings.ts';
import { validFixture } from '../helpers/fixtures.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

type Hook = (params: Record<string, unknown>) => unknown;
const hookOf = (integration: AstroIntegration, name: string) =>
	(integration.hooks as Record<string, Hook | undefined>)[name];

const silentLogger = {
	info() {},
	warn() {},
	error() {},
	debug() {},
	fork() {
		return silentLogger;
	},
};

/** An Astro configuration as Starlight's setup reads it, for this project. */
function astroConfig(integrations: AstroIntegration[], overrides: Record<string, unknown> = {}) {
	return {
		root: pathToFileURL(`${process.cwd()}/`),
		srcDir: pathToFileURL(`${path.resolve('src')}/`),
		base: '/',
		trailingSlash: 'always',
		build: { format: 'directory' },
		legacy: {},
		markdown: { processor: satteri() },
		integrations,
		...overrides,
	};
}

/** The plugin's `config:setup` hook called with recording stubs, as Starlight calls it. */
async function pluginSetup(astro: Record<string, unknown> = astroConfig([])) {
	const recorded = {
		starlight: [] as Record<string, unknown>[],
		integrations: [] as AstroIntegration[],
		routeMiddleware: [] as { entrypoint: string; order?: string }[],
	};
	const plugin = handbook({ content: validFixture });
	await plugin.hooks['config:setup']!({
		config: { title: 'Test', components: { Footer: './Footer.astro' }, customCss: ['./site.css'] },
		updateConfig: (update: Record<string, unknown>) => recorded.starlight.push(update),
		addIntegration: (integration: AstroIntegration) => recorded.integrations.push(integration),
		addRouteMiddleware: (middleware: { entrypoint: string; order?: string }) =>
			recorded.routeMiddleware.push(middleware),
		astroConfig: astro,
		command: 'build',
		isRestart: false,
		logger: silentLogger,
		useTranslations: () => () => '',
		absolutePathToLang: () => 'en',
	} as never);
	return recorded;
}

/**
 * Astro's setup of a configuration whose only integration is Starlight with the plugin: each integration's
 * `astro:config:setup` by position in the list, re-reading the list after each one (as Astro's
 * runHookConfigSetup does), so that integrations inserted or moved by an earlier one are set up in their place.
 */
async function astroSetup() {
	const list: AstroIntegration[] = [
		starlight({
			title: 'Test',
			locales: { root: { label: 'English', lang: 'en-CA' } },
			plugins: [handbook({ content: validFixture })],
		}),
	];
	const config = astroConfig(list);
	const updates: { name: string; update: Record<string, unknown> }[] = [];
	const setUp: string[] = [];
	for (let i = 0; i < config.integrations.length; i++) {
		const integration = config.integrations[i]!;
		setUp.push(integration.name);
		const noop = () => {};
		await hookOf(
			integration,
			'astro:config:setup',
		)?.({
			config,
			command: 'build',
			isRestart: false,
			logger: silentLogger,
			updateConfig: (update: Record<string, unknown>) => updates.push({ name: integration.name, update }),
			addMiddleware: noop,
			injectRoute: noop,
			injectScript: noop,
			addRenderer: noop,
			addWatchFile: noop,
			addClientDirective: noop,
			addDevToolbarApp: noop,
			addPageExtension: noop,
			addContentEntryType: noop,
			addDataEntryType: noop,
			createCodegenDir: () => new URL('file:///tmp/'),
		});
	}
	return { config, updates, setUp, names: config.integrations.map((integration) => integration.name) };
}

describe("the handbook's Starlight plugin", () => {
	test('adds its integrations in order, one of them placing Starlight (Pagefind) before the search pass', async () => {
		const { integrations } = await pluginSetup();
		expect(integrations.map((integration) => integration.name)).toEqual([
			'handbook-profile-first',
			'handbook-astro-settings',
			'handbook-build-only',
			'handbook',
			'@astrojs/sitemap',
			'handbook-security-headers',
			'handbook-cite-files',
			'handbook-social-cards',
			'handbook-starlight-after',
			'handbook-search-audience',
			'handbook-post-build',
			'handbook-profile-last',
		]);
	});

	test("sets Starlight's options and its route middleware, keeping the site's own overrides and CSS", async () => {
		const { starlight: updates, routeMiddleware } = await pluginSetup();
		expect(updates).toHaveLength(1);
		const update = updates[0]!;
		expect(update).toMatchObject({
			lastUpdated: false,
			expressiveCode: false,
			pagination: true,
			disable404Route: true,
			sidebar: [],
			customCss: ['./site.css', path.resolve('src/styles/handbook.css')],
			components: {
				Footer: './Footer.astro',
				PageTitle: path.resolve('src/components/overrides/PageTitle.astro'),
				MarkdownContent: path.resolve('src/components/overrides/MarkdownContent.astro'),
				Search: path.resolve('src/components/overrides/Search.astro'),
				Head: path.resolve('src/components/overrides/Head.astro'),
			},
			markdown: { processedDirs: [path.join(validFixture, 'docs')] },
		});
		// Starlight refuses `routeMiddleware` from a plugin: it comes through addRouteMiddleware.
		expect(update).not.toHaveProperty('routeMiddleware');
		expect(routeMiddleware).toEqual([{ entrypoint: path.resolve('src/route-data.ts') }]);
		for (const file of [...Object.values(componentOverrides), routeMiddleware[0]!.entrypoint])
			expect(fs.existsSync(file), file).toBe(true);
	});

	test('Astro runs the build:done passes in the order the output depends on', async () => {
		const { names, setUp } = await astroSetup();
		// Starlight inserts the plugin's integrations right after itself, then MDX and its directive restoration;
		// the handbook then moves Starlight to just before the search pass.
		expect(names).toEqual([
			'handbook-profile-first',
			'handbook-astro-settings',
			'handbook-build-only',
			'handbook',
			'@astrojs/sitemap',
			'handbook-security-headers',
			'handbook-cite-files',
			'handbook-social-cards',
			'handbook-starlight-after',
			'@astrojs/starlight',
			'handbook-search-audience',
			'handbook-post-build',
			'handbook-profile-last',
			'astro-expressive-code-shim',
			'@astrojs/mdx',
			'starlight-directives-restoration',
		]);
		// Each integration was set up once: moving Starlight skipped none and repeated none.
		expect([...setUp].sort()).toEqual([...names].sort());
		const { config } = await astroSetup();
		const buildDone = config.integrations
			.filter((integration) => hookOf(integration, 'astro:build:done'))
			.map((integration) => integration.name);
		expect(buildDone).toEqual([
			'handbook-profile-first',
			'@astrojs/sitemap',
			'handbook-security-headers',
			'handbook-cite-files',
			'handbook-social-cards',
			'@astrojs/starlight',
			'handbook-search-audience',
			'handbook-post-build',
			'handbook-profile-last',
		]);
	});

	test("applies the handbook's Astro settings, and its Markdown plugins before Starlight's", async () => {
		const { config, updates } = await astroSetup();
		const settings = updates.filter(({ name }) => name === 'handbook-astro-settings').map(({ update }) => update);
		expect(settings).toHaveLength(1);
		expect(settings[0]).toMatchObject({ security: { csp: true }, markdown: { syntaxHighlight: false } });
		const onwarn = (
			settings[0] as { vite: { build: { rollupOptions: { onwarn: (w: object, warn: (w: object) => void) => void } } } }
		).vite.build.rollupOptions.onwarn;
		const passed: object[] = [];
		onwarn({ code: 'MODULE_LEVEL_DIRECTIVE' }, (warning) => passed.push(warning));
		onwarn({ code: 'CIRCULAR_DEPENDENCY' }, (warning) => passed.push(warning));
		expect(passed).toEqual([{ code: 'CIRCULAR_DEPENDENCY' }]);
		type Entry = { name?: string } | (() => { name?: string });
		const { mdastPlugins, hastPlugins } = config.markdown.processor.options as {
			mdastPlugins: Entry[];
			hastPlugins: Entry[];
		};
		// A plugin or a factory Sätteri calls once per document.
		const nameOf = (entry: Entry) => (typeof entry === 'function' ? entry() : entry).name;
		// The handbook's first (as when they were the processor's own), Starlight's after, the directive restoration last.
		expect(mdastPlugins.slice(0, 2).map(nameOf)).toEqual(['handbook-heading-ids', 'handbook-links']);
		expect(mdastPlugins.length).toBeGreaterThan(2);
		expect(hastPlugins.slice(0, 3).map(nameOf)).toEqual(['handbook-previews', 'handbook-tables', 'handbook-reading']);
		expect(hastPlugins.length).toBeGreaterThan(3);
	});

	test('says what to change when the Astro configuration does not suit it', async () => {
		await expect(pluginSetup(astroConfig([], { trailingSlash: 'ignore' }))).rejects.toThrow(
			/needs `trailingSlash: 'always'` in astro\.config\.ts/,
		);
		const { integrations } = await pluginSetup();
		const settings = integrations.find((integration) => integration.name === 'handbook-astro-settings')!;
		const unified = { name: 'unified', options: {} };
		expect(() =>
			hookOf(settings, 'astro:config:setup')!({ config: { markdown: { processor: unified } }, updateConfig() {} }),
		).toThrow(/need Astro's Sätteri processor, but `markdown.processor` is "unified"/);
	});

	test("gives Starlight the handbook's UI strings, from the dictionaries in src/content/i18n/", async () => {
		const injected: Record<string, Record<string, string>>[] = [];
		await handbook().hooks['i18n:setup']!({ injectTranslations: (strings) => injected.push(strings) });
		expect(injected).toHaveLength(1);
		const read = (lang: string) => JSON.parse(fs.readFileSync(path.join(uiStringsFolder, `${lang}.json`), 'utf8'));
		expect(injected[0]).toEqual({ 'en-CA': read('en-CA'), 'fr-CA': read('fr-CA') });
		expect(Object.keys(injected[0]!['en-CA']!).sort()).toEqual(Object.keys(uiStringsSchema.shape).sort());
	});

	test('a dictionary missing a string stops the build, naming the file and the key', () => {
		const folder = temporaryFolder('handbook-ui-strings-');
		const strings = JSON.parse(fs.readFileSync(path.join(uiStringsFolder, 'en-CA.json'), 'utf8'));
		delete strings['handbook.inBrief'];
		fs.writeFileSync(path.join(folder, 'de-DE.json'), JSON.stringify(strings));
		expect(() => readUiStrings(folder)).toThrow(/de-DE\.json: "handbook\.inBrief"/);
	});
});
