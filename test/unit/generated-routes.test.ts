// The addresses the site publishes besides its pages: links to them pass the check, and no page may take one. The
// expected addresses are read from the route files under src/pages/ (a new route file without its address here
// fails) and written out for the fixture's short links, not computed with the code under test.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { generatedRoutes, sitePagePaths, sitePageUrl } from '../../src/model/generated-routes.ts';
import { loadHandbook } from '../../src/model/load.ts';
import { validFixture } from '../helpers/fixtures.ts';

const locales = { root: { label: 'English', lang: 'en-CA' }, fr: { label: 'Français', lang: 'fr-CA' } };
// Made in each test, not when the file loads: mutation testing counts only what a test runs (TESTING.md).
const siteRoutes = () => generatedRoutes(loadHandbook(validFixture, locales));

/** A route file's address: `reading-list.astro` is `/reading-list/`, `catalog.json.ts` is `/catalog.json`. */
const addressOf = (file: string) => {
	const name = file.replace(/\.(astro|ts)$/, '');
	return name.includes('.') ? `/${name}` : `/${name}/`;
};

describe('the routes under src/pages/', () => {
	const pages = path.resolve('src/pages');
	const files = fs.readdirSync(pages, { recursive: true }) as string[];

	test('every route file of one address has its address', () => {
		const routes = siteRoutes();
		const single = files.filter((file) => /\.(astro|ts)$/.test(file) && !file.includes('['));
		expect(single.length).toBeGreaterThanOrEqual(5);
		for (const file of single) expect(routes.has(addressOf(file)), file).toBe(true);
	});

	test("the pages each language has are at the site's root and in each language's folder", () => {
		const routes = siteRoutes();
		const perLanguage = files.filter((file) => file.startsWith('[...locale]/') && file.endsWith('.astro'));
		expect(perLanguage.map((file) => addressOf(path.basename(file))).sort()).toEqual([
			'/a-z/',
			'/course-pack/',
			'/print/',
			'/reading-list/',
			'/search/',
		]);
		for (const file of perLanguage) {
			const address = addressOf(path.basename(file));
			expect(routes.has(address), address).toBe(true);
			expect(routes.has(`/fr${address}`), `/fr${address}`).toBe(true);
		}
		// The 404 page of each language (src/pages/404.astro and [locale]/404.astro).
		expect(routes.has('/fr/404/')).toBe(true);
		// A language the configuration does not have has none.
		expect(routes.has('/de/search/')).toBe(false);
	});

	test('their paths: one per language, the root language without a folder', () => {
		expect(sitePagePaths(locales)).toEqual([{ params: { locale: undefined } }, { params: { locale: 'fr' } }]);
		expect(sitePagePaths({ root: locales.root })).toEqual([{ params: { locale: undefined } }]);
		expect(sitePageUrl('/search/', 'root')).toBe('/search/');
		expect(sitePageUrl('/a-z/', 'fr')).toBe('/fr/a-z/');
	});
});

test("each short link, its QR code and each page's reference files are addresses of the site", () => {
	const routes = siteRoutes();
	for (const address of ['/go/example/', '/qr/example.svg', '/cite/cases/example.bib', '/cite/cases/example.json'])
		expect(routes.has(address), address).toBe(true);
	expect(routes.has('/go/nothing-here/')).toBe(false);
});
