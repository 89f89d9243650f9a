// Search within a language, in a real browser: the bilingual fixture (test/fixtures/bilingual) built with both
// languages, and the header search used as a reader uses it. On a French page, Pagefind reads the French index
// (the page's `lang`), so French words find French pages, and English words find nothing; on an English page, the
// reverse. The expected addresses are the fixture's files.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectFitsAndPassesAxe, screens } from '../helpers/axe.ts';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { bilingualFixture } from '../helpers/bilingual.ts';
import { buildContentSet } from '../helpers/builds.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

let server: StaticServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
	const { root, config } = bilingualFixture();
	const { dist, result: build } = buildContentSet(root, config);
	if (build.status !== 0) throw new Error(`The bilingual fixture did not build:\n${build.stdout}\n${build.stderr}`);
	server = await serveStatic(dist);
	({ browser, close: closeBrowser } = await launchBrowser());
});
afterAll(async () => {
	await closeBrowser?.();
	await server?.close();
});

/** Searches for `query` in the header search of the page at `pathname`; returns the results' paths. */
async function headerSearch(
	pathname: string,
	query: string,
): Promise<{ paths: string[]; message: string; clear: string; searchPageLink: string; contexts: string[] }> {
	const context = await browser.newContext();
	const { page } = await openPage(context);
	try {
		await page.goto(`${server.url}${pathname.slice(1)}`);
		await page.locator('button[data-open-modal]').click();
		await page.locator('dialog[open] .pagefind-ui__search-input').fill(query);
		// The message names the query, in either language's quotation marks, once its results (or their absence)
		// are shown.
		const message = page
			.locator('dialog[open] .pagefind-ui__message')
			.filter({ hasText: new RegExp(`(“|«\u00a0)${query}(”|\u00a0»)$`) });
		await message.waitFor({ timeout: 30_000 });
		return {
			paths: await resultPaths(page),
			message: (await message.textContent()) ?? '',
			clear: (await page.locator('dialog[open] .pagefind-ui__search-clear').textContent()) ?? '',
			searchPageLink: (await page.locator('dialog[open] [data-search-page-link]').textContent())?.trim() ?? '',
			// The line under each result's title: the page's type and domain.
			contexts: await page.locator('dialog[open] .search-result-context').allTextContents(),
		};
	} finally {
		await context.close();
	}
}

async function resultPaths(page: Page): Promise<string[]> {
	return page
		.locator('dialog[open] .pagefind-ui__result-link')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The search page's results, once shown: their paths. */
async function searchPageResults(page: Page): Promise<string[]> {
	const results = page.locator('#handbook-search .pagefind-ui__result-link');
	await results.first().waitFor({ timeout: 30_000 });
	return results.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The fixture's French search for "savoir": the French page, and only French pages. */
function expectFrenchResults(paths: string[]): void {
	expect(paths).toContain('/fr/pratiques/mettre-en-commun/');
	expect(paths.every((p) => p.startsWith('/fr/'))).toBe(true);
}

describe('the header search stays within the page’s language', () => {
	test('on the French page, a French word finds the French page, and the count is in French', async () => {
		const { paths, message, clear, searchPageLink, contexts } = await headerSearch(
			'/fr/pratiques/mettre-en-commun/',
			'savoir',
		);
		// The search box's button and the link under the results, in French too.
		expect(clear).toBe('Effacer');
		expect(searchPageLink).toBe('Filtrer par type, domaine, capacité ou source sur la page de recherche');
		expect(paths).toContain('/fr/pratiques/mettre-en-commun/');
		// French puts 0 and 1 in the singular.
		const count = Number(/^\d+/.exec(message)?.[0]);
		expect(count).toBeGreaterThan(0);
		expect(message).toBe(`${count} ${count > 1 ? 'résultats' : 'résultat'} pour «\u00a0savoir\u00a0»`);
		expect(paths.every((p) => p.startsWith('/fr/'))).toBe(true);
		// The result's type is in French too (the domain is the LEADS framework's own name).
		expect(contexts[paths.indexOf('/fr/pratiques/mettre-en-commun/')]).toBe('Pratique · Develop Coalitions');
		expect(contexts.join(' ')).not.toMatch(/Practice|Case study|Reference/);
	});

	test('on the French page, an English name finds nothing, and the search says so in French; on an English page, it finds English pages', async () => {
		expect((await headerSearch('/fr/pratiques/mettre-en-commun/', 'Osborne')).message).toBe(
			'Aucun résultat pour «\u00a0Osborne\u00a0»',
		);
		const english = await headerSearch('/cases/example/', 'Osborne');
		expect(english.paths.length).toBeGreaterThan(0);
		expect(english.paths.some((p) => p.startsWith('/fr/'))).toBe(false);
	});

	test('on an English page, the French word finds nothing', async () => {
		expect((await headerSearch('/cases/example/', 'savoir')).message).toBe('No results for “savoir”');
	});
});

describe('the search page of each language', () => {
	test("from a French page, the header's link leads to the French search page, which finds French pages, in French", async () => {
		const context = await browser.newContext();
		const { page } = await openPage(context);
		try {
			await page.goto(`${server.url}fr/pratiques/mettre-en-commun/`);
			await page.locator('button[data-open-modal]').click();
			await page.locator('dialog[open] .pagefind-ui__search-input').fill('savoir');
			await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor({ timeout: 30_000 });
			await page.locator('dialog[open] [data-search-page-link]').click();
			await page.waitForURL(/\/fr\/search\/\?q=savoir$/);
			// The search runs again on the search page, in the French index.
			const results = page.locator('#handbook-search .pagefind-ui__result-link');
			expectFrenchResults(await searchPageResults(page));
			expect(await page.locator('h1').textContent()).toBe('Rechercher dans le manuel');
			// The filters, in French: the panel, a filter's heading, and a page type as French readers name it.
			const summary = page.locator('.search-filters-summary');
			await expect.poll(() => summary.textContent()).toBe('Filtres');
			// Open beside the results on a wide screen, collapsed on a phone.
			if (!(await page.locator('.search-filters').evaluate((panel) => (panel as HTMLDetailsElement).open)))
				await summary.click();
			await page.locator('details[data-facet="type"] summary').click();
			const practice = page.locator('details[data-facet="type"] .pagefind-ui__filter-label', {
				hasText: 'Pratique',
			});
			await expect.poll(() => practice.textContent()).toBe('Pratique (1)');
			await practice.click();
			await expect.poll(() => summary.textContent()).toBe('Filtres (1 choisi)');
			const chip = page.locator('.search-chip');
			expect(await chip.getAttribute('aria-label')).toBe('Retirer le filtre Type de page\u00a0: Pratique');
			expect(await chip.textContent()).toBe('Type de page\u00a0: Pratique×');
			expect(await page.locator('.search-clear-all').textContent()).toBe('Tout effacer');
			// The address keeps the value's id, the same in every language.
			await page.waitForURL(/\/fr\/search\/\?q=savoir&type=practice$/);
			await expect.poll(async () => (await results.count()) > 0).toBe(true);
		} finally {
			await context.close();
		}
	});

	test('the French search page says in French that a filter value in its address names nothing', async () => {
		const context = await browser.newContext();
		const { page } = await openPage(context);
		try {
			await page.goto(`${server.url}fr/search/?type=practise&type=manuel`);
			const said = page.locator('#search-unknown p');
			await expect
				.poll(() => said.allTextContents())
				.toEqual([
					'Le filtre «\u00a0Type de page\u00a0» n’a pas de valeur «\u00a0practise\u00a0». Vouliez-vous dire «\u00a0practice\u00a0»\u00a0?',
					'Le filtre «\u00a0Type de page\u00a0» n’a pas de valeur «\u00a0manuel\u00a0». Choisissez-en une dans les filtres ci-dessous.',
				]);
			// And the English search page, in English.
			await page.goto(`${server.url}search/?type=practise`);
			await expect
				.poll(() => said.allTextContents())
				.toEqual(["No page type called 'practise'. Did you mean 'practice'?"]);
		} finally {
			await context.close();
		}
	});
});

describe.each(screens)("the French site's own pages on a %s in %s mode", (_name, colorScheme, viewport) => {
	test.each([
		'/fr/search/?q=savoir&type=practice',
		'/fr/a-z/',
		'/fr/reading-list/?p=mettre-en-commun,mobilize-knowledge&t=Atelier',
		'/fr/course-pack/?p=mettre-en-commun&t=Atelier',
		'/fr/pas-une-page/',
	])('%s has no axe violation (WCAG 2.2 A and AA) and fits the screen', async (pathname) => {
		// axe is injected as a script, which the page's own policy rightly refuses.
		const context = await browser.newContext({ viewport, colorScheme, bypassCSP: true });
		const { page } = await openPage(context);
		try {
			await page.goto(`${server.url}${pathname.slice(1)}`);
			// With its results, filters and chip on screen.
			if (pathname.includes('?q=')) await page.locator('.search-chip').waitFor({ timeout: 30_000 });
			// With the list's items, or the whole pack, on screen.
			if (pathname.includes('reading-list')) await page.locator('.reading-list-item').nth(1).waitFor();
			if (pathname.includes('course-pack'))
				await page.locator('[data-pack][data-ready]').waitFor({ state: 'attached', timeout: 60_000 });
			await expectFitsAndPassesAxe(page, viewport.width);
		} finally {
			await context.close();
		}
	});
});

describe('an unknown address in each language', () => {
	test('under /fr/, the French 404 page answers, and its search finds French pages on the French search page', async () => {
		const context = await browser.newContext();
		const { page } = await openPage(context);
		try {
			const response = await page.goto(`${server.url}fr/pratiques/pas-une-page/`);
			expect(response?.status()).toBe(404);
			expect(await page.locator('html').getAttribute('lang')).toBe('fr-CA');
			expect(await page.locator('h1').textContent()).toBe('Page introuvable');
			const query = page.getByLabel('Rechercher dans le manuel', { exact: true });
			await query.fill('savoir');
			await query.press('Enter');
			await page.waitForURL(/\/fr\/search\/\?q=savoir$/);
			expectFrenchResults(await searchPageResults(page));
		} finally {
			await context.close();
		}
	});

	test('elsewhere, the English 404 page answers, as before', async () => {
		const context = await browser.newContext();
		const { page } = await openPage(context);
		try {
			const response = await page.goto(`${server.url}pratiques/pas-une-page/`);
			expect(response?.status()).toBe(404);
			expect(await page.locator('html').getAttribute('lang')).toBe('en-CA');
			expect(await page.locator('h1').textContent()).toBe('Page not found');
		} finally {
			await context.close();
		}
	});
});

describe('the copy-link buttons speak the page’s language', () => {
	/** The first section heading's copy-link button: its text and accessible name. */
	async function copyButton(pathname: string): Promise<{ text: string; label: string }> {
		const context = await browser.newContext();
		const { page } = await openPage(context);
		try {
			await page.goto(`${server.url}${pathname.slice(1)}`);
			const button = page.locator('.sl-markdown-content .copy-link').first();
			return { text: (await button.textContent()) ?? '', label: (await button.getAttribute('aria-label')) ?? '' };
		} finally {
			await context.close();
		}
	}

	test('French on the French page, English on an English page', async () => {
		expect(await copyButton('/fr/pratiques/mettre-en-commun/')).toEqual({
			text: 'Copier le lien',
			label: 'Copier le lien vers la section\u00a0: Ce que disent les sources',
		});
		const english = await copyButton('/cases/example/');
		expect(english.text).toBe('Copy link');
		expect(english.label).toMatch(/^Copy link to section: \S/);
	});
});

describe('the trainers’ buttons speak the page’s language', () => {
	/**
	 * Clicks the button named `name` in the page's "Use in training" box; returns what the button then says
	 * (read at once: a copy button says "Copied" for two seconds) and what a screen reader heard.
	 */
	async function useInTraining(pathname: string, name: string): Promise<{ text: string; heard: string }> {
		const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const { page } = await openPage(context);
		try {
			await page.goto(`${server.url}${pathname.slice(1)}`, { waitUntil: 'networkidle' });
			await page.locator('.use-in-training summary').click();
			// Held by the element: once clicked, the button's name is no longer `name`.
			const button = await page.locator('.use-in-training').getByRole('button', { name }).elementHandle();
			await button!.click();
			const status = page.locator('#handbook-status');
			await expect.poll(() => status.textContent()).not.toBe('');
			return { text: (await button!.textContent()) ?? '', heard: (await status.textContent()) ?? '' };
		} finally {
			await context.close();
		}
	}

	test('"Copier le lien court" says "Copié" and announces the address in French', async () => {
		const { text, heard } = await useInTraining('/fr/pratiques/mettre-en-commun/', 'Copier le lien court');
		expect(text).toBe('Copié');
		expect(heard).toMatch(/^Copié\u00a0: https?:\/\/\S+\/go\/\S+\/$/);
	});

	test('"Ajouter à la liste de lectures" says the page is on the list, in French; the English page, in English', async () => {
		const french = await useInTraining('/fr/pratiques/mettre-en-commun/', 'Ajouter à la liste de lectures');
		expect(french).toEqual({
			text: 'Dans votre liste de lectures',
			heard: 'Ajouté à votre liste de lectures\u00a0: Mettre le savoir en commun.',
		});
		const english = await useInTraining('/leads/develop-coalitions/mobilize-knowledge/', 'Add to reading list');
		expect(english.text).toBe('On your reading list');
		expect(english.heard).toMatch(/^.+ was added to your reading list\.$/);
	});
});

describe('a trainer’s reading list and course pack, in French', () => {
	test('from a French page: add it to the list, open the French reading list, add and move a page, then print a course pack', async () => {
		const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const { page, consoleErrors } = await openPage(context);
		const heard = page.locator('#handbook-status');
		try {
			await page.goto(`${server.url}fr/pratiques/mettre-en-commun/`, { waitUntil: 'networkidle' });
			await page.locator('.use-in-training summary').click();
			await page.getByRole('button', { name: 'Ajouter à la liste de lectures' }).click();
			await expect
				.poll(() => heard.textContent())
				.toBe('Ajouté à votre liste de lectures\u00a0: Mettre le savoir en commun.');
			await page.getByRole('link', { name: 'Ouvrir la liste de lectures' }).click();
			await page.waitForURL(/\/fr\/reading-list\//);

			// The list holds the page, said and labelled in French.
			const status = page.locator('.reading-list-status');
			await expect.poll(() => status.textContent()).toBe('1 page dans cette liste.');
			const item = page.locator('.reading-list-item').first();
			expect(await item.locator('.reading-list-type').textContent()).toBe(' (Pratique)');
			expect(await item.locator('.reading-list-short').textContent()).toMatch(
				/^Lien court\u00a0: https?:\/\/\S+\/go\/mettre-en-commun\/$/,
			);
			expect(await item.locator('label').textContent()).toBe('Note pour «\u00a0Mettre le savoir en commun\u00a0»');
			expect(
				await item.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label'))),
			).toEqual([
				'Monter\u00a0: Mettre le savoir en commun',
				'Descendre\u00a0: Mettre le savoir en commun',
				'Retirer\u00a0: Mettre le savoir en commun',
			]);
			// A published build's QR code is the build's image of the short link.
			expect(await item.locator('.reading-list-qr').getAttribute('alt')).toBe(
				'Code QR du lien court vers Mettre le savoir en commun',
			);

			// The page chooser, in French, with each entry's type in French.
			const choice = page.getByLabel('Ajouter une page');
			const options = await choice.locator('option').allTextContents();
			expect(options[0]).toBe('Choisissez une page…');
			expect(options).toContain('Mettre le savoir en commun (Pratique)');
			expect(options).toContain('Mobilize knowledge (Capacité LEADS)');
			// Until it is added, the list's only page is French: nothing in it is marked as another language.
			expect(await page.locator('.reading-list-items [lang]').count()).toBe(0);
			await choice.selectOption({ label: 'Mobilize knowledge (Capacité LEADS)' });
			await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
			await expect
				.poll(() => heard.textContent())
				.toBe('Page ajoutée à la liste de lectures\u00a0: Mobilize knowledge.');
			await expect.poll(() => status.textContent()).toBe('2 pages dans cette liste.');
			// The English page's title and summary are marked as English, the words around them are the page's.
			const english = page.locator('.reading-list-item').nth(1);
			expect(await english.locator('.reading-list-title').getAttribute('lang')).toBe('en-CA');
			expect(await english.locator('.reading-list-summary').getAttribute('lang')).toBe('en-CA');
			expect(await english.locator('.reading-list-short').getAttribute('lang')).toBeNull();
			await page.getByRole('button', { name: 'Descendre\u00a0: Mettre le savoir en commun' }).click();
			await expect
				.poll(() => heard.textContent())
				.toBe('Page déplacée en position 2 sur 2\u00a0: Mettre le savoir en commun.');
			await page.getByLabel('Titre de la liste').fill('Atelier');

			// The course pack: the French page's words, the list's pages in their order.
			await page.getByRole('link', { name: 'Imprimer le recueil de cours' }).click();
			await page.waitForURL(/\/fr\/course-pack\/\?p=mobilize-knowledge,mettre-en-commun&t=Atelier$/);
			await page.locator('[data-pack][data-ready]').waitFor({ state: 'attached', timeout: 60_000 });
			expect(await page.locator('.pack-status').textContent()).toBe(
				'Prêt à imprimer\u00a0: 2 pages. Utilisez la commande Imprimer de votre navigateur.',
			);
			expect(await page.title()).toBe('Atelier\u00a0: recueil de cours | The Coalitions Handbook');
			const cover = page.locator('.pack-cover');
			expect(await cover.locator('h2').textContent()).toBe('Atelier');
			expect(await cover.locator('p').nth(1).textContent()).toBe('Un recueil de cours\u00a0: 2 pages.');
			expect(await cover.locator('figcaption').textContent()).toMatch(
				/^En ligne\u00a0: https?:\/\/\S+\/fr\/reading-list\/\?p=mobilize-knowledge,mettre-en-commun&t=Atelier$/,
			);
			expect(await page.locator('.pack-contents h2').textContent()).toBe('Table des matières');
			expect(await page.locator('.pack-page-title').allTextContents()).toEqual([
				'Mobilize knowledge',
				'Mettre le savoir en commun',
			]);
			// The English page keeps its language in the French pack: its title, its text and its line in the contents.
			expect(
				await page.locator('.pack-page-title').evaluateAll((titles) => titles.map((h) => h.getAttribute('lang'))),
			).toEqual(['en-CA', null]);
			expect(await page.locator('.pack-page-body').first().getAttribute('lang')).toBe('en-CA');
			expect(await page.locator('.pack-contents a').first().getAttribute('lang')).toBe('en-CA');
			expect(await page.locator('.pack-short-link').first().textContent()).toMatch(/^Lien court\u00a0: http/);
			expect(await page.getByRole('button', { name: 'Imprimer le recueil de cours' }).isVisible()).toBe(true);
			expect(consoleErrors).toEqual([]);
		} finally {
			await context.close();
		}
	});

	test('the French handbook in print holds the French pages, and says so in French; the English one, in English', async () => {
		const context = await browser.newContext();
		const { page } = await openPage(context);
		try {
			await page.goto(`${server.url}fr/print/`);
			await page.locator('[data-pack][data-ready]').waitFor({ state: 'attached', timeout: 60_000 });
			expect(await page.locator('.pack-status').textContent()).toBe(
				'Prêt à imprimer\u00a0: 1 page. Utilisez la commande Imprimer de votre navigateur.',
			);
			expect(await page.locator('.pack-cover h2').textContent()).toBe('Le manuel entier');
			expect(await page.locator('.pack-cover p').nth(1).textContent()).toBe(
				'Toutes les pages, dans l’ordre de lecture\u00a0: 1 page.',
			);
			expect(await page.locator('.pack-page-title').allTextContents()).toEqual(['Mettre le savoir en commun']);
			// Its cover leads to the French home page.
			expect(await page.locator('.pack-cover figcaption').textContent()).toMatch(
				/^En ligne\u00a0: https?:\/\/[^/]+\/fr\/$/,
			);
			await page.goto(`${server.url}print/`);
			await page.locator('[data-pack][data-ready]').waitFor({ state: 'attached', timeout: 60_000 });
			expect(await page.locator('.pack-status').textContent()).toBe(
				"Ready to print: 3 pages. Use your browser's Print command.",
			);
			expect(await page.locator('.pack-contents h2').textContent()).toBe('Contents');
		} finally {
			await context.close();
		}
	});

	test('a shared list on the French reading list: the choices and what they say, in French', async () => {
		const context = await browser.newContext();
		const { page } = await openPage(context);
		const heard = page.locator('#handbook-status');
		try {
			// The reader's own list, then a shared list with another page and one the handbook does not have.
			await page.goto(`${server.url}fr/reading-list/?p=mettre-en-commun`);
			await page.locator('.reading-list-item').waitFor();
			await page.getByLabel('Titre de la liste').fill('Ma liste');
			await page.goto(`${server.url}fr/reading-list/?p=mobilize-knowledge,disparue`);
			const status = page.locator('.reading-list-status');
			await expect
				.poll(() => status.textContent())
				.toBe(
					'1 page dans cette liste (une liste partagée\u00a0: votre propre liste est gardée à part\u00a0; les changements faits ici restent dans cette adresse tant que vous ne l’enregistrez pas). ' +
						'1 page de la liste n’est plus dans le manuel et a été omise\u00a0: disparue.',
				);
			await page.getByRole('button', { name: 'Ajouter ces pages à ma liste' }).click();
			await expect
				.poll(() => heard.textContent())
				.toBe(
					'Les pages partagées sont ajoutées à la fin de votre liste. «\u00a0Annuler\u00a0» rétablit votre liste telle qu’elle était.',
				);
			await expect.poll(() => status.textContent()).toMatch(/^2 pages dans cette liste\./);
			await page.getByRole('button', { name: 'Annuler\u00a0: rétablir ma liste précédente' }).click();
			await expect.poll(() => heard.textContent()).toBe('Votre liste précédente est rétablie.');
			await expect.poll(() => status.textContent()).toMatch(/^1 page dans cette liste\./);
		} finally {
			await context.close();
		}
	});
});
