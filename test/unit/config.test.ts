import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	configFile,
	configFileOf,
	handbookFolders,
	loadHandbookConfig,
	parseBase,
	parseOrigin,
	productionProblem,
	publicUrl,
} from '../../src/config.ts';
import { configuredLocales } from '../../src/model/locales.ts';
import { csvCell } from '../../src/site/catalog.ts';
import { buildEnv } from '../helpers/fixtures.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

const committed = JSON.parse(fs.readFileSync(configFile, 'utf8')) as Record<string, unknown>;

/** A configuration file in a temporary folder, from the committed one with `changes`. */
function configWith(changes: Record<string, unknown>): string {
	const file = path.join(temporaryFolder('handbook-config-'), 'handbook.config.json');
	fs.writeFileSync(file, JSON.stringify({ ...committed, ...changes }));
	return file;
}

describe('the publishing configuration', () => {
	test('the committed file has no published origin, no framing origins, and the editors as a group', () => {
		const config = loadHandbookConfig({});
		expect(config).toEqual({
			site: null,
			base: '/',
			editors: 'The Coalitions Handbook editors',
			publisher: 'The Coalitions Handbook',
			embedOrigins: [],
			citationStyle: 'apa',
			locales: { root: { label: 'English', lang: 'en-CA' } },
		});
		expect(publicUrl('/go/trust/', config)).toBe('/go/trust/');
	});

	test('the languages are English at the root when left out, and what the file declares when set', () => {
		const locales = { root: { label: 'English', lang: 'en-CA' }, fr: { label: 'Français', lang: 'fr-CA' } };
		expect(loadHandbookConfig({}, configWith({ locales })).locales).toEqual(locales);
		expect(configuredLocales({ HANDBOOK_CONFIG: configWith({ locales }) })).toEqual(locales);
		expect(configuredLocales({ HANDBOOK_CONFIG: configWith({}) })).toEqual({
			root: { label: 'English', lang: 'en-CA' },
		});
	});

	test('languages without a root, with a folder that is not one, or with a bad tag are refused, by field', () => {
		const root = { label: 'English', lang: 'en-CA' };
		const refused: [unknown, RegExp][] = [
			[{ fr: { label: 'Français', lang: 'fr-CA' } }, /"locales" in .* has no "root" locale/],
			[
				{ root, 'Fr/': { label: 'Français', lang: 'fr-CA' } },
				/"locales.Fr\/" in .* has the key "Fr\/", which is not a locale folder/,
			],
			[{ root, fr: { label: 'Français', lang: 'fr CA' } }, /"locales.fr.lang" in .*\("fr CA"\) is not a language tag/],
			[{ root, fr: { label: '', lang: 'fr-CA' } }, /"locales.fr.label" in /],
			[{ root, fr: { label: 'Français', lang: 'fr-CA', dir: 'ltr', extra: 1 } }, /"locales.fr" in /],
		];
		for (const [locales, message] of refused)
			expect(() => loadHandbookConfig({}, configWith({ locales })), JSON.stringify(locales)).toThrow(message);
		// `npm run check` reads them on their own, and falls back to English only rather than stop.
		expect(configuredLocales({ HANDBOOK_CONFIG: configWith({ locales: refused[0]![0] }) })).toEqual({ root });
	});

	test('the citation style is "apa" when left out, and "vancouver" when set', () => {
		const { citationStyle: _left, ...withoutStyle } = committed;
		const file = configWith({});
		fs.writeFileSync(file, JSON.stringify(withoutStyle));
		expect(loadHandbookConfig({}, file).citationStyle).toBe('apa');
		expect(loadHandbookConfig({}, configWith({ citationStyle: 'vancouver' })).citationStyle).toBe('vancouver');
	});

	test('an unknown citation style is refused with the field, the value and the styles there are', () => {
		for (const value of ['chicago', 'APA', '', 7, null]) {
			expect(() => loadHandbookConfig({}, configWith({ citationStyle: value })), String(value)).toThrow(
				/"citationStyle" in .* is not a citation style the handbook knows/,
			);
		}
		expect(() => loadHandbookConfig({}, configWith({ citationStyle: 'chicago' }))).toThrow(
			/"citationStyle" in .*\("chicago"\) is not a citation style the handbook knows; write one of "apa" or "vancouver" \("apa" when left out\)/,
		);
	});

	test('HANDBOOK_CONFIG names another configuration file for one build; errors name that file', () => {
		const file = configWith({ citationStyle: 'vancouver', editors: 'Fixture editors' });
		const config = loadHandbookConfig({ HANDBOOK_CONFIG: file });
		expect(config.citationStyle).toBe('vancouver');
		expect(config.editors).toBe('Fixture editors');
		expect(configFileOf({ HANDBOOK_CONFIG: file })).toBe(file);
		expect(configFileOf({})).toBe(configFile);
		expect(() => loadHandbookConfig({ HANDBOOK_CONFIG: configWith({ citationStyle: 'harvard1' }) })).toThrow(
			/"citationStyle" in \/.*handbook\.config\.json \("harvard1"\)/,
		);
	});

	test('the environment overrides the origin, base path and framing origins', () => {
		const config = loadHandbookConfig({
			HANDBOOK_SITE: 'https://handbook.example.org/',
			HANDBOOK_BASE: 'handbook',
			HANDBOOK_EMBED_ORIGINS: 'https://moodle.example.edu, https://canvas.example.edu/',
		});
		expect(config.site).toBe('https://handbook.example.org');
		expect(config.base).toBe('/handbook/');
		expect(config.embedOrigins).toEqual(['https://moodle.example.edu', 'https://canvas.example.edu']);
		expect(publicUrl('/go/trust/', config)).toBe('https://handbook.example.org/handbook/go/trust/');
	});

	test('an origin with a path, or a framing origin that is not an origin, is refused with the field named', () => {
		expect(() => loadHandbookConfig({ HANDBOOK_SITE: 'https://example.org/handbook/' })).toThrow(
			/HANDBOOK_SITE \("https:\/\/example.org\/handbook\/"\) must be an origin only/,
		);
		expect(() => loadHandbookConfig({}, configWith({ embedOrigins: ['moodle'] }))).toThrow(
			/"embedOrigins.0" in handbook.config.json/,
		);
	});

	test('an origin is scheme, host and optional port: wildcards, other directives, quotes and paths are refused', () => {
		for (const origin of [
			'https://*',
			'https://*.example.edu',
			'https://a.example;script-src',
			"https://a.example 'unsafe-inline'",
			'"https://a.example"',
			'https://a.example/path',
			'https://a.example?x',
			'https://user@a.example',
			'https:\\\\a.example',
			'https://a..example',
			'https://-a.example',
			'javascript:alert(1)',
			'ftp://a.example',
			'https://a.exa\tmple',
		]) {
			// In the variable, spaces and commas separate origins: each piece is checked on its own.
			expect(() => loadHandbookConfig({ HANDBOOK_EMBED_ORIGINS: origin }), origin).toThrow(
				/HANDBOOK_EMBED_ORIGINS .*Fix the value and build again/s,
			);
			expect(() => loadHandbookConfig({}, configWith({ embedOrigins: [origin] })), origin).toThrow(
				/"embedOrigins.0" in handbook.config.json/,
			);
			expect(() => loadHandbookConfig({ HANDBOOK_SITE: origin }), origin).toThrow(/HANDBOOK_SITE/);
		}
		expect(() => loadHandbookConfig({ HANDBOOK_SITE: 'https://*.example.org' })).toThrow(
			/HANDBOOK_SITE \("https:\/\/\*\.example\.org"\) contains "\*", which an origin cannot hold/,
		);
		expect(parseOrigin('https://Moodle.Example.edu:8443/')).toEqual({ origin: 'https://moodle.example.edu:8443' });
		expect(parseOrigin('http://[::1]:4321')).toEqual({ origin: 'http://[::1]:4321' });
	});

	test('a base path has no dot segments and no character outside a URL path segment', () => {
		for (const base of [
			'/a/../b/',
			'..',
			'/./',
			'a/./b',
			'/a//b/',
			'/a b/',
			'/a%2e%2e/',
			'/a?b/',
			'/a#b/',
			'/é/',
			"/a'/",
		])
			expect(() => loadHandbookConfig({ HANDBOOK_BASE: base }), base).toThrow(/HANDBOOK_BASE .*Fix the value/s);
		expect(() => loadHandbookConfig({ HANDBOOK_BASE: '/a/../b/' })).toThrow(/has a "\.\." segment/);
		expect(loadHandbookConfig({ HANDBOOK_BASE: '//handbook/v1.2//' }).base).toBe('/handbook/v1.2/');
		expect(loadHandbookConfig({ HANDBOOK_BASE: '///' }).base).toBe('/');
	});

	test('validating a long value takes linear time (a 10,000-character value in well under a second)', () => {
		// A base of about 26 characters ending in a bad character took exponential time with the former pattern.
		const values = [`/${'a'.repeat(9_998)}!`, `${'a/'.repeat(5_000)}!`, `https://${'a.'.repeat(4_996)}*`];
		const started = performance.now();
		for (const value of values) {
			expect(() => loadHandbookConfig({ HANDBOOK_BASE: value, HANDBOOK_SITE: value })).toThrow();
			expect(() => loadHandbookConfig({ HANDBOOK_EMBED_ORIGINS: value })).toThrow();
			parseBase(value.slice(0, 27));
		}
		expect(performance.now() - started).toBeLessThan(50);
	});

	test('a production build refuses this computer in every spelling', () => {
		for (const site of [
			'http://localhost',
			'http://localhost.',
			'http://LOCALHOST:4321',
			'http://preview.localhost',
			'http://127.0.0.1:4321',
			'http://127.1',
			'http://127.255.1.2',
			'http://2130706433',
			'http://0x7f.1',
			'http://0.0.0.0',
			'http://0',
			'http://[::1]',
			'http://[0:0:0:0:0:0:0:1]',
			'http://[::]',
			'http://[::ffff:127.0.0.1]',
			'http://[::ffff:7f00:1]',
			'http://[::127.0.0.1]',
		])
			expect(productionProblem(loadHandbookConfig({ HANDBOOK_SITE: site })), site).toMatch(/is this computer/);
		for (const site of [
			'https://handbook.example.org',
			'https://128.0.0.1',
			'http://[::ffff:8.8.8.8]',
			'https://localhost.example.org',
		])
			expect(productionProblem(loadHandbookConfig({ HANDBOOK_SITE: site })), site).toBeUndefined();
	});

	test('a production build needs a real origin: none, or this computer, is a problem', () => {
		expect(productionProblem(loadHandbookConfig({}))).toMatch(/published address is not configured/);
		expect(productionProblem(loadHandbookConfig({ HANDBOOK_SITE: 'http://127.0.0.1:4321' }))).toMatch(
			/is this computer/,
		);
		expect(productionProblem(loadHandbookConfig({ HANDBOOK_SITE: 'https://handbook.example.org' }))).toBeUndefined();
	});

	test('`npm run build:production` without a configured origin stops with the message and builds nothing', () => {
		const dist = path.join(temporaryFolder('handbook-prod-'), 'dist');
		const env = buildEnv({ HANDBOOK_DIST: dist });
		delete env.HANDBOOK_SITE;
		const result = spawnSync(process.execPath, ['scripts/build.ts', '--production'], { env, encoding: 'utf8' });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain("the handbook's published address is not configured");
		expect(result.stderr).toContain('Set "site" in handbook.config.json');
		expect(fs.existsSync(dist)).toBe(false);
	});

	test.each(['HANDBOOK_TEST_UNCHECKED_MARKUP', 'HANDBOOK_TEST_AUDIT_REPORT_ONLY'])(
		'`npm run build:production` refuses the tests-only switch %s and builds nothing',
		(name) => {
			const dist = path.join(temporaryFolder('handbook-prod-'), 'dist');
			const env = buildEnv({ HANDBOOK_DIST: dist, HANDBOOK_SITE: 'https://handbook.example.org', [name]: '1' });
			const result = spawnSync(process.execPath, ['scripts/build.ts', '--production'], { env, encoding: 'utf8' });
			expect(result.status).toBe(1);
			expect(result.stderr).toContain(`${name} is for the tests only`);
			expect(fs.existsSync(dist)).toBe(false);
		},
	);
});

describe('catalog CSV cells', () => {
	test('cells a spreadsheet would run as a formula are neutralized and stay readable', () => {
		expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		for (const start of ['+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1`).replace(/^"/, '')).toMatch(/^'/);
		expect(csvCell('Trust')).toBe('Trust');
		expect(csvCell('Trust, and conflict')).toBe('"Trust, and conflict"');
	});
});

describe('the folders of a run', () => {
	test('content, output and cache folders come from the environment, with the project defaults', () => {
		const defaults = handbookFolders({});
		expect(defaults).toEqual({ content: path.join(process.cwd(), 'content'), out: './dist', cache: undefined });
		const set = handbookFolders({
			HANDBOOK_CONTENT_DIR: 'test/fixtures/valid',
			HANDBOOK_OUT_DIR: '/tmp/out',
			HANDBOOK_CACHE_DIR: '/tmp/c',
		});
		expect(set).toEqual({ content: path.resolve('test/fixtures/valid'), out: '/tmp/out', cache: '/tmp/c' });
	});
});
