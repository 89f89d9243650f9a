// A second language, proven on a fixture: the bilingual fixture (test/fixtures/bilingual: the valid fixture with
// a French part in `docs/fr/`, and a configuration declaring English at the root and French in `fr/`) builds,
// checks, links and searches within each language. The expected strings are written out by hand: the French
// ones from src/content/i18n/fr-CA.json and Starlight's French dictionary, the addresses from the fixture's files.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadHandbookConfig } from '../../src/config.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { bilingualFixture, frenchPages } from '../helpers/bilingual.ts';
import { buildContentSet } from '../helpers/builds.ts';
import { buildEnv, replaceOnce } from '../helpers/fixtures.ts';

const french = 'fr/pratiques/mettre-en-commun/index.html';
const frenchReferences = 'fr/references/index.html';
const english = ['leads/develop-coalitions/mobilize-knowledge/index.html', 'cases/example/index.html'];
const locales = {
	root: { label: 'English', lang: 'en-CA' },
	fr: { label: 'Français', lang: 'fr-CA' },
};

let dist: string;
let root: string;
let config: string;
let build: SpawnSyncReturns<string>;

beforeAll(() => {
	({ root, config } = bilingualFixture());
	({ dist, result: build } = buildContentSet(root, config));
}, 300_000);

const html = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');
const langOf = (page: string) => /<html lang="([^"]+)"/.exec(page)?.[1];
const headings = (page: string) =>
	[...page.matchAll(/<h[23][^>]*>([^<]*)<\/h[23]>/g)].map((match) => match[1]!.replace(/&#39;/g, "'"));
/** The addresses the page's sidebar links to. */
const sidebarLinks = (page: string) => {
	const sidebar = /<sl-sidebar-state-persist[\s\S]*?<\/sl-sidebar-state-persist>/.exec(page)![0];
	return [...sidebar.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]);
};
/** The page's Previous and Next links. */
const pagination = (page: string) =>
	Object.fromEntries([...page.matchAll(/<a href="([^"]*)" rel="(prev|next)"/g)].map((m) => [m[2], m[1]]));
const breadcrumbs = (page: string) => /<nav aria-label="[^"]*" class="breadcrumbs"[\s\S]*?<\/nav>/.exec(page)?.[0];

/** The addresses `page` links to, in its main part (not the header, sidebar or language picker). */
const mainLinks = (page: string) =>
	[.../<main[\s\S]*<\/main>/.exec(page)![0].matchAll(/<a href="([^"#]*)"/g)].map((match) => match[1]);

describe('the bilingual fixture', () => {
	test('its configuration declares both languages', () => {
		expect(loadHandbookConfig({ HANDBOOK_CONFIG: config }).locales).toEqual(locales);
	});

	test('the build succeeds', () => {
		expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
	});

	test("`npm run check` passes on it, with the fixture's languages", () => {
		const check = spawnSync(process.execPath, ['scripts/check.ts'], {
			env: buildEnv({ HANDBOOK_CONFIG: config, HANDBOOK_CONTENT_DIR: root }),
			encoding: 'utf8',
		});
		expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
		expect(check.stdout).toContain('No problems found.');
		expect(check.stdout).toContain('9 pages');
	});
});

describe('the French page', () => {
	test('is in French: `<html lang="fr-CA">`, as is the French home page', () => {
		expect(langOf(html(french))).toBe('fr-CA');
		expect(langOf(html('fr/index.html'))).toBe('fr-CA');
	});

	test("has the handbook's own headings and labels in French", () => {
		const page = html(french);
		expect(headings(page)).toEqual(
			expect.arrayContaining([
				'En bref',
				'Utiliser en formation',
				'Lien court',
				'Citer',
				'Intégrer dans un cours',
				'Références',
				'Citer cette page',
			]),
		);
		expect(headings(page)).not.toContain('In brief');
		expect(headings(page)).not.toContain('Cite this page');
		expect(page).toContain('>Copier la référence<');
	});

	test("has Starlight's French interface", () => {
		const page = html(french);
		expect(headings(page)).toContain('Sur cette page');
		expect(page).toMatch(/<span class="[^"]*">Rechercher<\/span>/);
		expect(page).toContain('>Aller au contenu</a>');
		expect(page).toContain('>Selectionner la langue<');
	});

	test('offers the language picker with both languages', () => {
		const page = html(french);
		expect(page).toMatch(/<starlight-lang-select>/);
		expect(page).toMatch(/<option value="\/pratiques\/mettre-en-commun\/"[^>]*>English<\/option>/);
		expect(page).toMatch(/<option value="\/fr\/pratiques\/mettre-en-commun\/"[^>]*selected[^>]*>Français<\/option>/);
	});
});

describe('the English pages', () => {
	test.each(english)('%s stays English', (file) => {
		const page = html(file);
		expect(langOf(page)).toBe('en-CA');
		expect(headings(page)).toContain('On this page');
		expect(headings(page)).toContain('References');
		expect(page).toMatch(/<span class="[^"]*">Search<\/span>/);
		expect(page).toContain('>Skip to content</a>');
		expect(headings(page)).not.toContain('Références');
	});

	test('the capability page keeps its In brief and citation headings in English', () => {
		const page = html(english[0]!);
		expect(headings(page)).toEqual(expect.arrayContaining(['In brief', 'Cite this page']));
	});
});

describe('links stay within a language', () => {
	test("the French pages' sidebar lists only the French pages", () => {
		for (const file of [french, frenchReferences, 'fr/index.html'])
			expect(sidebarLinks(html(file)), file).toEqual(['/fr/pratiques/mettre-en-commun/', '/fr/references/']);
	});

	test("the English pages' sidebar lists only the English pages", () => {
		for (const file of [...english, 'references/index.html'])
			expect(sidebarLinks(html(file)), file).toEqual([
				'/leads/develop-coalitions/mobilize-knowledge/',
				'/cases/example/',
				'/glossary/',
				'/references/',
				'/reflection/',
			]);
	});

	test('Previous and Next go from French page to French page, and from English page to English page', () => {
		expect(pagination(html(french))).toEqual({ next: '/fr/references/' });
		expect(pagination(html(frenchReferences))).toEqual({ prev: '/fr/pratiques/mettre-en-commun/' });
		expect(pagination(html(english[0]!))).toEqual({ next: '/cases/example/' });
		expect(pagination(html('reflection/index.html'))).toEqual({ prev: '/references/' });
	});

	test("the French page's breadcrumbs start at the French home page", () => {
		const trail = breadcrumbs(html(french))!;
		expect(trail).toContain('aria-label="Fil d\'Ariane"');
		expect(trail).toContain('<a href="/fr/">Accueil</a>');
		expect(trail).not.toContain('href="/"');
		const englishTrail = breadcrumbs(html(english[1]!))!;
		expect(englishTrail).toContain('<a href="/">Home</a>');
	});

	test("the French page's capability tag links to the capability page in the French folder", () => {
		expect(html(french)).toMatch(
			/<ul class="capability-tags"[^>]*>\s*<li><a href="\/fr\/leads\/develop-coalitions\/mobilize-knowledge\/"[^>]*>Mobilize knowledge<\/a>/,
		);
	});

	test('an untranslated page shown in the French folder has the French sidebar, breadcrumbs and backlinks', () => {
		// Starlight shows the English capability page there, with a notice, in the French interface.
		const page = html('fr/leads/develop-coalitions/mobilize-knowledge/index.html');
		expect(langOf(page)).toBe('fr-CA');
		expect(sidebarLinks(page)).toEqual(['/fr/pratiques/mettre-en-commun/', '/fr/references/']);
		expect(breadcrumbs(page)).toContain('<a href="/fr/">Accueil</a>');
		const backlinks = /<section class="backlinks"[\s\S]*?<\/section>/.exec(page)![0];
		expect([...backlinks.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
			'/fr/pratiques/mettre-en-commun/ Mettre le savoir en commun',
		]);
	});

	test("the English capability page's backlinks do not list the French practice tagged with it", () => {
		const page = html(english[0]!);
		const backlinks = /<section class="backlinks"[\s\S]*?<\/section>/.exec(page)![0];
		expect(backlinks).not.toContain('/fr/');
		expect(backlinks).toContain('No page of the handbook is tagged as serving this capability yet.');
	});
});

/** A page's text as a reader sees it (and a screen reader hears it): tags removed, spaces as one. */
const textOf = (page: string) =>
	page
		.replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/[ \t\n]+/g, ' ');

describe('the words the handbook adds speak the language of the page', () => {
	// Written out by hand from src/content/i18n/fr-CA.json and Starlight's French dictionary (no-break spaces as there).
	const frenchWords = [
		'Pratique',
		'Dernière révision\u00a0: 4 mai 2026',
		'Lien court\u00a0: https://handbook.example.org/go/mettre-en-commun/',
		'Pour les diapositives et les clavardages\u00a0: il ne change jamais, même si la page est déplacée.',
		'Télécharger la diapositive',
		'Code QR du lien court, pour les diapositives et les documents à distribuer',
		'Collez ce code dans l’éditeur HTML de votre plateforme d’apprentissage pour afficher la vue intégrable de cette page',
		'Imprimez cette page pour obtenir un document à distribuer épuré',
		'Section intitulée « Ce que disent les sources »',
	];
	// What the same parts said in English before (and still say on English pages).
	const englishWords = [
		'Practice',
		'Last reviewed',
		'Short link:',
		'For slides and chats',
		'Download slide',
		'QR code of the short link',
		'Paste this into',
		'Print this page for a clean handout',
		'Section titled',
		'Link addresses',
		'LEADS capabilities this page serves',
	];

	test('a French page: its type, review date, short link, "Use in training" and heading anchors are in French', () => {
		const text = textOf(html(french));
		for (const words of frenchWords) expect(text, words).toContain(words);
		for (const words of englishWords) expect(text, words).not.toContain(words);
		expect(html(french)).toContain('aria-label="Capacités LEADS que sert cette page"');
		expect(html(french)).toContain('aria-label="Adresses des liens"');
		// What the header search shows under the page's title in its results.
		expect(html(french)).toContain('data-pagefind-meta="type:Pratique"');
	});

	test('an English page keeps its English words', () => {
		const text = textOf(html(english[1]!));
		for (const words of ['Case study', 'For slides and chats', 'Download slide', 'Section titled'])
			expect(text).toContain(words);
		expect(text).not.toContain('Étude de cas');
		expect(html(english[1]!)).toContain('data-pagefind-meta="type:Case study"');
	});

	test("an untranslated capability page shown in the French folder: its type, domain line and backlinks' heading", () => {
		const text = textOf(html('fr/leads/develop-coalitions/mobilize-knowledge/index.html'));
		expect(text).toContain('Capacité LEADS');
		expect(text).toContain('Domaine Develop Coalitions, identifiant court mobilize-knowledge');
		expect(text).toContain('Pages qui servent cette capacité');
		expect(text).not.toContain('Pages that serve');
		expect(text).not.toContain('short id');
	});

	test('the French sidebar names its reference pages in French', () => {
		const sidebar = /<sl-sidebar-state-persist[\s\S]*?<\/sl-sidebar-state-persist>/.exec(html(french))![0];
		expect(textOf(sidebar)).toContain('Documents de référence');
		expect(textOf(sidebar)).not.toMatch(/\bReference\b/);
	});

	test("a French page's embed view is in French, and says so to screen readers (`<html lang>`)", () => {
		const view = html('embed/mettre-en-commun/index.html');
		expect(langOf(view)).toBe('fr-CA');
		const text = textOf(view);
		expect(text).toContain('Pratique, tiré de The Coalitions Handbook\u00a0; dernière révision\u00a0: 4 mai 2026');
		expect(text).toContain(
			'Lire «\u00a0Mettre le savoir en commun\u00a0» dans The Coalitions Handbook (s’ouvre dans un nouvel onglet).',
		);
		expect(text).toContain('Lien court\u00a0: https://handbook.example.org/go/mettre-en-commun/');
		const englishView = html('embed/example/index.html');
		expect(langOf(englishView)).toBe('en-CA');
		expect(textOf(englishView)).toContain('(opens in a new tab). Short link: https://handbook.example.org/go/example/');
	});
});

describe("the search page and the A–Z index have each language's version", () => {
	/** The `data-` attribute `name` of the search page's search, as JSON. */
	const searchData = (page: string, name: string) =>
		JSON.parse(
			new RegExp(`${name}="([^"]*)"`)
				.exec(page)![1]!
				.replace(/&quot;/g, '"')
				.replace(/&amp;/g, '&'),
		);

	test("a French page's header search leads to the French search page, with and without JavaScript", () => {
		const links = [...html(french).matchAll(/<a [^>]*href="([^"]*search\/)"/g)].map((match) => match[1]);
		// The link under the dialog's results, and the no-JavaScript link in its place.
		expect(links).toEqual(['/fr/search/', '/fr/search/']);
		expect([...html(english[1]!).matchAll(/<a [^>]*href="([^"]*search\/)"/g)].map((m) => m[1])).toEqual([
			'/search/',
			'/search/',
		]);
	});

	test('the French search page is in French, searches French pages, and links to the French A–Z index', () => {
		const page = html('fr/search/index.html');
		// Its `lang` is what makes Pagefind load the French index.
		expect(langOf(page)).toBe('fr-CA');
		const text = textOf(page);
		expect(text).toContain('Rechercher dans le manuel');
		expect(page).toContain(
			'Tapez un mot, une expression ou une question entière, par exemple <em>conflit</em>, <em>réseau de soins primaires</em> ou <em>comment bâtir la confiance avec une autre organisation</em>.',
		);
		expect(page).toMatch(/Ou parcourez <a href="\/fr\/a-z\/">toutes les pages, de A à Z<\/a>\./);
		expect(text).not.toMatch(/Type a word|Or browse|Search needs JavaScript/);
		expect(mainLinks(page)).toEqual(['/fr/a-z/', '/fr/a-z/']);
		// The filters' headings and the words messages use, in French; the page types as French readers read them,
		// while Pagefind's filters keep the index's labels (the same in both languages).
		expect(searchData(page, 'data-facet-names')).toEqual([
			['type', 'Type de page', 'type de page'],
			['domain', 'Domaine LEADS', 'domaine LEADS'],
			['capability', 'Capacité', 'capacité'],
			['source', 'Document source', 'document source'],
			['audience', 'Écrit pour', 'public'],
		]);
		const shown = searchData(page, 'data-facet-shown');
		expect(shown.type.practice).toBe('Pratique');
		expect(shown.type['case-study']).toBe('Étude de cas');
		expect(shown.audience).toEqual({ readers: 'Lectorat', editors: 'Responsables du contenu' });
		expect(searchData(page, 'data-facets').type.practice).toBe('Practice');
	});

	test("the English search page keeps its words, and shows the index's labels as they are", () => {
		const page = html('search/index.html');
		expect(langOf(page)).toBe('en-CA');
		expect(textOf(page)).toContain('Type a word, a phrase or a whole question, such as conflict');
		expect(mainLinks(page)).toEqual(['/a-z/', '/a-z/']);
		expect(searchData(page, 'data-facet-names')[0]).toEqual(['type', 'Page type', 'page type']);
		expect(searchData(page, 'data-facet-shown')).toEqual({ type: {}, audience: {} });
	});

	test("each A–Z index lists its own language's pages, in its words", () => {
		const frenchIndex = html('fr/a-z/index.html');
		expect(langOf(frenchIndex)).toBe('fr-CA');
		const text = textOf(frenchIndex);
		expect(text).toContain('Toutes les pages, de A à Z');
		expect(frenchIndex).toMatch(
			/Mettre le savoir en commun<\/a> <span class="page-type[^"]*">Pratique<\/span><span class="az-description[^"]*">\u00a0: Une pratique d’essai/,
		);
		expect(mainLinks(frenchIndex)).toEqual([
			'/fr/search/',
			'/fr/',
			'/fr/pratiques/mettre-en-commun/',
			'/fr/references/',
		]);
		expect(frenchIndex).toContain('aria-label="Lettres"');
		const englishIndex = html('a-z/index.html');
		expect(mainLinks(englishIndex).filter((url) => url!.startsWith('/fr/'))).toEqual([]);
		expect(mainLinks(englishIndex)).toContain('/cases/example/');
		expect(textOf(englishIndex)).toContain('Every page of the handbook by title');
	});

	test('links to the French search page and A–Z index pass the check', () => {
		const linked = bilingualFixture({
			[frenchPages.practice]: (text) => `${text}\n\nVoir [la recherche](/fr/search/) et [l’index](/fr/a-z/).\n`,
		});
		const { problems } = validateContent(linked.root, {}, locales);
		expect(problems.filter((p) => p.rule === 'broken-link' || p.rule === 'cross-locale-link')).toEqual([]);
		// Before each language had its own, a link to /fr/search/ named no page.
		const broken = validateContent(
			bilingualFixture({ [frenchPages.practice]: (text) => `${text}\n\n[Ailleurs](/fr/recherche/)\n` }).root,
			{},
			locales,
		).problems.filter((p) => p.rule === 'broken-link');
		expect(broken.map((p) => p.message).join()).toContain('/fr/recherche/');
	});
});

describe("the 404 page has each language's version", () => {
	test('/fr/404.html, which hosts serve for an unknown French address, is in French and leads within French', () => {
		const page = html('fr/404.html');
		expect(langOf(page)).toBe('fr-CA');
		expect(page).toContain('<title>Page introuvable | The Coalitions Handbook</title>');
		const text = textOf(page);
		expect(text).toContain('Il n’y a pas de page à cette adresse.');
		expect(text).toContain('Rechercher dans le manuel');
		expect(text).toContain('Les sections du manuel');
		expect(text).not.toMatch(/There is no page|Search the handbook|short link/);
		// Its search: the French A–Z index without JavaScript, the French search page with it.
		expect(page).toContain('<form class="not-found-search" action="/fr/a-z/" data-search-action="/fr/search/"');
		// Home, the A–Z index, then the French pages it has: a French folder with no overview page is not a section.
		expect(mainLinks(page)).toEqual(['/fr/', '/fr/a-z/', '/fr/references/']);
		// Short links are not under /fr/: the French page has no short-link help.
		expect(page).not.toContain('short-link-help');
		// Served at any address: no canonical address of its own, and kept out of search engines.
		expect(page).not.toContain('rel="canonical"');
		expect(page.match(/<meta name="robots" content="noindex">/g)).toHaveLength(1);
	});

	test('/404.html keeps its English words; neither language leaves a page at /404/ or /fr/404/', () => {
		const page = html('404.html');
		expect(langOf(page)).toBe('en-CA');
		expect(page).toContain('<title>Page not found | The Coalitions Handbook</title>');
		expect(textOf(page)).toContain('There is no page at this address.');
		expect(page).toContain('<form class="not-found-search" action="/a-z/" data-search-action="/search/"');
		expect(mainLinks(page)).toEqual(['/', '/a-z/', '/reflection/', '/glossary/', '/references/']);
		expect(page).toContain('id="short-link-help"');
		expect(fs.existsSync(path.join(dist, '404'))).toBe(false);
		expect(fs.existsSync(path.join(dist, 'fr/404'))).toBe(false);
		expect(fs.readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('404');
	});
});

describe("a trainer's pages (reading list, course pack, the handbook in print) have each language's version", () => {
	/** The addresses `page` links to in its main part. */
	const mainLinks = (page: string) =>
		[.../<main[\s\S]*<\/main>/.exec(page)![0].matchAll(/<a href="([^"#]*)"/g)].map((match) => match[1]);
	const attribute = (page: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(page)?.[1];

	test('"Open the reading list" on a French page leads to the French reading list, on an English page to the English one', () => {
		expect(html(french)).toContain('<a href="/fr/reading-list/">Ouvrir la liste de lectures</a>');
		expect(html(english[1]!)).toContain('<a href="/reading-list/">Open the reading list</a>');
	});

	test('the French reading list is in French: its words, its labels, its links and the page types it names', () => {
		const page = html('fr/reading-list/index.html');
		expect(langOf(page)).toBe('fr-CA');
		const text = textOf(page);
		for (const words of [
			'Liste de lectures',
			'Ajoutez des pages avec Ajouter à la liste de lectures , dans l’encadré Utiliser en formation de chaque page',
			'La liste de lectures a besoin de JavaScript',
			'Cette liste est partagée.',
			'Remplacer ma liste par celle-ci',
			'Annuler\u00a0: rétablir ma liste précédente',
			'Titre de la liste',
			'Ajouter une page',
			'Copier le lien vers cette liste',
			'Imprimer le recueil de cours',
			'Vider la liste',
			'Vos listes enregistrées',
		])
			expect(text).toContain(words);
		expect(text).not.toMatch(/Add pages with|Title of the list|Clear the list|Your saved lists/);
		expect(page).toContain('aria-label="Pages de la liste de lectures"');
		expect(mainLinks(page)).toEqual(['/catalog.csv', '/fr/reading-list/', '/fr/course-pack/']);
		expect(attribute(page, 'data-course-pack')).toBe('/fr/course-pack/');
		const labels = JSON.parse(attribute(page, 'data-type-labels')!.replace(/&quot;/g, '"'));
		expect(labels).toMatchObject({
			practice: 'Pratique',
			'case-study': 'Étude de cas',
			'reflection-question': 'Question de réflexion',
			'glossary-term': 'Terme du glossaire',
		});
	});

	test('the English reading list keeps its words and its links', () => {
		const page = html('reading-list/index.html');
		expect(langOf(page)).toBe('en-CA');
		expect(textOf(page)).toContain(
			"Add pages with Add to reading list in any page's Use in training box, or below. Put them in order",
		);
		expect(mainLinks(page)).toEqual(['/catalog.csv', '/reading-list/', '/course-pack/']);
		const labels = JSON.parse(attribute(page, 'data-type-labels')!.replace(/&quot;/g, '"'));
		expect(labels).toMatchObject({ practice: 'Practice', 'reflection-question': 'Reflection question' });
	});

	test('the French course pack and the French handbook in print are in French, and link within French', () => {
		const pack = html('fr/course-pack/index.html');
		expect(langOf(pack)).toBe('fr-CA');
		expect(textOf(pack)).toContain('Recueil de cours');
		expect(textOf(pack)).toContain('Faites la liste à la page liste de lectures , puis imprimez cette page');
		expect(textOf(pack)).toContain('Le recueil de cours est assemblé par JavaScript');
		expect(textOf(pack)).toContain('Chargement des pages…');
		expect(mainLinks(pack)).toEqual(['/fr/reading-list/', '/fr/a-z/']);
		// The cover's QR code leads to the list on the French reading list.
		expect(attribute(pack, 'data-reading-list')).toBe('/fr/reading-list/');
		const print = html('fr/print/index.html');
		expect(langOf(print)).toBe('fr-CA');
		expect(textOf(print)).toContain('Le manuel entier, à imprimer');
		// One French reader page: the singular.
		expect(textOf(print)).toContain('Toutes les pages du manuel (1 page) dans l’ordre de lecture');
		expect(textOf(print)).toContain('Imprimer le manuel');
		expect(mainLinks(print)).toEqual(['/fr/reading-list/', '/fr/a-z/']);
	});

	test('the handbook in print holds the pages of its own language', () => {
		expect(attribute(html('fr/print/index.html'), 'data-pages')).toBe('[&quot;mettre-en-commun&quot;]');
		expect(attribute(html('print/index.html'), 'data-pages')).toBe(
			'[&quot;mobilize-knowledge&quot;,&quot;example&quot;,&quot;reflection&quot;]',
		);
		expect(textOf(html('print/index.html'))).toContain('Every page of the handbook (3 pages) in reading order');
		expect(attribute(html('course-pack/index.html'), 'data-reading-list')).toBe('/reading-list/');
		// The whole handbook's cover leads to its language's home page.
		expect(attribute(html('fr/print/index.html'), 'data-home')).toBe('/fr/');
		expect(attribute(html('print/index.html'), 'data-home')).toBe('/');
	});

	test("the catalog gives each entry its page's language, which the reading list and course pack mark", () => {
		const catalog = JSON.parse(html('catalog.json')) as { entries: { id: string; lang: string }[] };
		const lang = Object.fromEntries(catalog.entries.map((entry) => [entry.id, entry.lang]));
		expect(lang).toMatchObject({
			'mettre-en-commun': 'fr-CA',
			'mobilize-knowledge': 'en-CA',
			example: 'en-CA',
			'key-partners': 'en-CA',
			coalition: 'en-CA',
			'kanter-1994-collaborative': 'en-CA',
		});
		const csv = html('catalog.csv').split('\r\n');
		expect(csv[0]).toBe('id,type,title,summary,capabilities,url,shortLink,reviewed,lang');
		expect(csv.find((row) => row.startsWith('mettre-en-commun,'))).toMatch(/,fr-CA$/);
	});

	test('links to the French reading list, course pack and print pass the check', () => {
		const linked = bilingualFixture({
			[frenchPages.practice]: (text) =>
				`${text}\n\nVoir [la liste](/fr/reading-list/), [le recueil](/fr/course-pack/) et [le manuel](/fr/print/).\n`,
		});
		const { problems } = validateContent(linked.root, {}, locales);
		expect(problems.filter((p) => p.rule === 'broken-link' || p.rule === 'cross-locale-link')).toEqual([]);
	});
});

/** The words of a Pagefind index file (its CBOR strings), to see which language's index holds a word. */
function indexHolds(file: string, word: string): boolean {
	const data = zlib.gunzipSync(fs.readFileSync(file));
	const bytes = Buffer.from(word, 'utf8');
	// A CBOR text string shorter than 24 bytes: its length in the first byte.
	return data.includes(Buffer.concat([Buffer.from([0x60 + bytes.length]), bytes]));
}

describe('search stays within a language', () => {
	const entry = () =>
		JSON.parse(fs.readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { hash: string; page_count: number }>;
		};
	const indexFile = (language: string) => {
		const files = fs.readdirSync(path.join(dist, 'pagefind/index')).filter((f) => f.startsWith(`${language}_`));
		expect(files, language).toHaveLength(1);
		return path.join(dist, 'pagefind/index', files[0]!);
	};

	test('Pagefind has a French index with the three French pages, and an English one', () => {
		const { languages } = entry();
		expect(Object.keys(languages).sort()).toEqual(['en-ca', 'fr-ca']);
		// The French home, practice and references pages: not the English pages Starlight shows in /fr/ untranslated.
		expect(languages['fr-ca']!.page_count).toBe(3);
		expect(languages['en-ca']!.page_count).toBe(6);
	});

	test('French words are found only in the French index, English words only in the English one', () => {
		const fr = indexFile('fr-ca');
		const en = indexFile('en-ca');
		// "savoir" (the French practice's title), and "osborn": the name Osborne, which only the English pages give,
		// as both languages' stemmers index it. The English pages Starlight shows untranslated under /fr/ would put
		// it in the French index.
		expect(indexHolds(fr, 'savoir')).toBe(true);
		expect(indexHolds(en, 'savoir')).toBe(false);
		expect(indexHolds(en, 'osborn')).toBe(true);
		expect(indexHolds(fr, 'osborn')).toBe(false);
	});
});

describe('a link between languages (cross-locale-link)', () => {
	const problems = (mutation: Parameters<typeof bilingualFixture>[0]) =>
		validateContent(bilingualFixture(mutation).root, {}, locales).problems.filter(
			(p) => p.rule === 'cross-locale-link',
		);

	test('from the French page to an English page with no French version: a warning, at the link', () => {
		const found = problems({
			[frenchPages.practice]: replaceOnce(
				'[Références](/fr/references/)',
				'[Références](/fr/references/) et [le cas](/cases/example/)',
			),
		});
		expect(found.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity}`)).toEqual([
			'content/docs/fr/pratiques/mettre-en-commun.mdx:16:34 warn',
		]);
		expect(found[0]!.message).toBe('`/cases/example/` links this page, in Français, to a page in English');
		expect(found[0]!.hint).toContain('There is no Français version of it yet (it would be at `/fr/cases/example/`');
	});

	test('from an English page to a French page that has an English version: the hint names it', () => {
		const found = problems({
			'docs/references.mdx': replaceOnce(
				'Entries are listed from data.',
				'Entries are listed from data. [En français](/fr/references/#top).',
			),
		});
		expect(found.map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual(['content/docs/references.mdx:7:31']);
		expect(found[0]!.hint).toBe('Link to `/references/#top`, the same page in English.');
	});

	test('is not reported when the handbook has one language (`docs/fr/` is then an English folder)', () => {
		const { root: single } = bilingualFixture({
			[frenchPages.practice]: replaceOnce('[Références](/fr/references/)', '[Le cas](/cases/example/)'),
		});
		const all = validateContent(single, {}, { root: locales.root }).problems;
		expect(all).toEqual([]);
	});
});
