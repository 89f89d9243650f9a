// The handbook's components on French pages, in a real browser: the bilingual fixture with a French page that
// places the reflection worksheet, and a French authoring page that lists the check's errors.
//
// The worksheet. Its labels, buttons, counts and notices are in French (src/content/i18n/fr-CA.json, written
// out here by hand, no-break spaces as there); the reflection questions, written in the handbook's default language,
// say so (`lang`).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectFitsAndPassesAxe, screens } from '../helpers/axe.ts';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { bilingualFixture } from '../helpers/bilingual.ts';
import { buildContentSet } from '../helpers/builds.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const frenchWorksheet = [
	'---',
	'title: Fiche de réflexion',
	'description: Une fiche d’essai pour répondre aux questions de réflexion dans le navigateur.',
	'type: reflection',
	'capabilities: [build-partnerships]',
	'sources: [vaidya-2017-building]',
	'---',
	"import Worksheet from '~/components/Worksheet.astro';",
	'',
	'Répondez ici aux questions de réflexion des diapositives sur les coalitions [@vaidya-2017-building].',
	'',
	'<Worksheet />',
	'',
].join('\n');
const path = 'fr/reflexion/fiche/';

// A French editors' page placing the list of check errors (the rules' text is the check's own, in English).
const frenchCheckErrors = [
	'---',
	'title: Erreurs de la vérification',
	'description: Chaque problème que la vérification du contenu peut signaler.',
	'type: guide',
	'---',
	"import CheckErrors from '~/components/CheckErrors.astro';",
	'',
	'Chaque règle de la vérification, avec un exemple de l’erreur et sa correction.',
	'',
	'<CheckErrors />',
	'',
].join('\n');
const checkErrorsPath = 'fr/guide/erreurs/';

let server: StaticServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
	const { root, config } = bilingualFixture({
		'docs/fr/reflexion/fiche.mdx': () => frenchWorksheet,
		'docs/fr/guide/erreurs.mdx': () => frenchCheckErrors,
	});
	const { dist, result: build } = buildContentSet(root, config);
	if (build.status !== 0) throw new Error(`The bilingual fixture did not build:\n${build.stdout}\n${build.stderr}`);
	server = await serveStatic(dist);
	({ browser, close: closeBrowser } = await launchBrowser());
});
afterAll(async () => {
	await closeBrowser?.();
	await server?.close();
});

/** The worksheet's notices: each one's title and text. */
const notices = (page: Page) =>
	page
		.locator('.worksheet-notice')
		.evaluateAll((boxes) => boxes.map((box) => [...box.querySelectorAll('p')].map((p) => p.textContent)));

describe('the reflection worksheet on a French page', () => {
	test('its labels, buttons and lines are in French, and the English question says it is English', async () => {
		const context = await browser.newContext();
		const { page, consoleErrors } = await openPage(context);
		try {
			await page.goto(`${server.url}${path}`);
			const filter = page.getByLabel('Afficher les questions pour');
			expect(await filter.locator('option').allTextContents()).toEqual([
				'Toutes les capacités',
				'Tout le domaine Develop Coalitions',
				'Purposefully build partnerships and networks to create results (1 question)',
			]);
			expect(
				await page.locator('.worksheet-actions button').evaluateAll((buttons) => buttons.map((b) => b.textContent)),
			).toEqual([
				'Imprimer',
				'Télécharger (Markdown)',
				'Télécharger (texte brut)',
				'Exporter les réponses',
				'Importer des réponses',
				'Effacer mes réponses',
			]);
			expect(await page.locator('.worksheet-privacy').textContent()).toBe(
				'Vos réponses sont enregistrées dans ce navigateur seulement. Rien n’est envoyé nulle part. Pour les transférer sur un autre appareil, exportez-les dans un fichier et importez ce fichier sur l’autre appareil.',
			);
			expect(await page.locator('.worksheet-print-lines p').allTextContents()).toEqual(['Nom\u00a0:', 'Date\u00a0:']);
			expect(await page.locator('.worksheet-count').textContent()).toBe('Questions affichées\u00a0: 1 sur 1.');
			expect(await page.locator('.worksheet-print-filter').textContent()).toBe('La question (1).');
			expect(await page.locator('.worksheet-questions q').getAttribute('lang')).toBe('en-CA');

			// A domain chosen: the handout says which questions it holds, in French.
			await filter.selectOption({ label: 'Tout le domaine Develop Coalitions' });
			expect(await page.locator('.worksheet-print-filter').textContent()).toBe(
				'Questions pour tout le domaine Develop Coalitions\u00a0: 1 sur 1.',
			);
			await filter.selectOption({
				label: 'Purposefully build partnerships and networks to create results (1 question)',
			});
			expect(await page.locator('.worksheet-print-filter').textContent()).toBe(
				'Questions pour Purposefully build partnerships and networks to create results\u00a0: 1 sur 1.',
			);
			expect(consoleErrors).toEqual([]);
		} finally {
			await context.close();
		}
	});

	test('export, a refused import and clearing say what happened in French', async () => {
		const context = await browser.newContext({ acceptDownloads: true });
		const { page } = await openPage(context);
		try {
			await page.goto(`${server.url}${path}`);
			await page.locator('textarea').fill('La clinique du quartier.');
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: 'Exporter les réponses' }).click(),
			]);
			expect(download.suggestedFilename()).toBe('reflection-worksheet-answers.json');
			expect(await notices(page)).toEqual([
				[
					'1 réponse exportée',
					'Enregistré sous «\u00a0reflection-worksheet-answers.json\u00a0» dans vos téléchargements. Ouvrez cette page sur un autre appareil et choisissez «\u00a0Importer des réponses\u00a0» pour les y transférer.',
				],
			]);
			await page.setInputFiles('input[data-import]', {
				name: 'notes.json',
				mimeType: 'application/json',
				buffer: Buffer.from('pas du JSON'),
			});
			await expect
				.poll(() => notices(page))
				.toEqual([
					[
						'Rien n’a été importé',
						'«\u00a0notes.json\u00a0» n’a pas été importé\u00a0: ce n’est pas un fichier JSON. Choisissez un fichier enregistré avec «\u00a0Exporter les réponses\u00a0».',
					],
				]);
			page.once('dialog', (dialog) => {
				expect(dialog.message()).toBe('Effacer toutes vos réponses de ce navigateur\u00a0?');
				void dialog.accept();
			});
			await page.getByRole('button', { name: 'Effacer mes réponses' }).click();
			await expect.poll(() => page.locator('.worksheet-count').textContent()).toBe('Vos réponses ont été effacées.');
		} finally {
			await context.close();
		}
	});

	test('with storage turned off, the worksheet says in French that answers cannot be saved, and why', async () => {
		const context = await browser.newContext();
		await context.addInitScript(() => {
			if (!location.pathname.includes('/reflexion/fiche/')) return;
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('Access is denied for this document.', 'SecurityError');
				},
			});
		});
		const page = await context.newPage();
		try {
			await page.goto(`${server.url}${path}`);
			await expect
				.poll(() => notices(page))
				.toEqual([
					[
						'Vos réponses ne peuvent pas être enregistrées dans ce navigateur',
						'Ce navigateur ne permet pas au site de garder des données (le stockage est désactivé ou indisponible). Les réponses que vous tapez restent sur cette page jusqu’à ce que vous la fermiez\u00a0; utilisez «\u00a0Exporter les réponses\u00a0» pour les garder dans un fichier.',
					],
				]);
			await page.locator('textarea').fill('Une réponse.');
			await expect
				.poll(() => page.locator('.worksheet-unsaved').textContent())
				.toBe(
					'Non enregistrée\u00a0: ce navigateur ne permet pas au site de garder des données (le stockage est désactivé ou indisponible).',
				);
		} finally {
			await context.close();
		}
	});
});

describe.each(screens)('the French pages on a %s in %s mode', (_name, colorScheme, viewport) => {
	/** The page at `address` passes axe and fits the screen, once `ready` (if given) is on screen. */
	async function expectAccessible(address: string, ready?: string) {
		// axe is injected as a script, which the page's own policy rightly refuses.
		const context = await browser.newContext({ viewport, colorScheme, bypassCSP: true });
		const { page } = await openPage(context);
		try {
			await page.goto(`${server.url}${address}`);
			if (ready) await page.locator(ready).waitFor();
			await expectFitsAndPassesAxe(page, viewport.width);
		} finally {
			await context.close();
		}
	}

	test('the worksheet has no axe violation (WCAG 2.2 A and AA) and fits the screen', () =>
		expectAccessible(path, '.worksheet-controls:not([hidden])'));

	test('the list of check errors has no axe violation and fits the screen', () => expectAccessible(checkErrorsPath));
});

describe('the list of check errors on a French page', () => {
	test('its labels are in French, and each rule’s own words say they are English', async () => {
		const context = await browser.newContext();
		const { page, consoleErrors } = await openPage(context);
		try {
			await page.goto(`${server.url}${checkErrorsPath}`);
			const rule = page.locator('.check-rule').filter({ has: page.locator('h2#unknown-capability') });
			expect(await rule.locator('strong').allTextContents()).toEqual(['Exemple de l’erreur', 'Comment la corriger']);
			// The summary, the example and the fix, each marked English; the labels take the page's language.
			expect(await rule.locator('[lang="en"]').evaluateAll((parts) => parts.map((part) => part.tagName))).toEqual([
				'P',
				'PRE',
				'PRE',
			]);
			expect(await rule.locator('p[lang="en"]').textContent()).toBe(
				'Capability tags must be ids from content/taxonomy/leads.yaml.',
			);
			expect(await page.locator('.check-rule [lang="en"]').count()).toBe(
				3 * (await page.locator('.check-rule').count()),
			);
			expect(consoleErrors).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
