// The outputs that are not reader pages, written in one pass after Astro's build (issue #25): short-link and
// old-address redirect pages (and `_redirects` for hosts that read it), QR images, and embed views. Astro renders
// none of them one by one: a redirect page and a QR image are a few lines of text each, and an embed view repeats
// parts its reader page already has (see embed-views.ts). Everything written here goes through the output audit
// like Astro's own pages (scripts/build.ts audits the whole staging folder).
import fs from 'node:fs';
import path from 'node:path';
import { handbookConfig, publicUrl, type HandbookConfig } from '../config.ts';
import type { Handbook } from '../handbook/handbook.ts';
import { siteTitle } from '../model/labels.ts';
import { shortPath, withBase } from '../model/routes.ts';
import { shortLinks } from '../model/short-links.ts';
import { formatReviewed } from '../site/dates.ts';
import { pageLang, pageSummaries } from '../site/page-graph.ts';
import { redirectPage, redirectsFile } from '../site/redirects.ts';
import { documentTitle } from '../site/titles.ts';
import { qrImage, trainingLinks } from '../site/training.ts';
import { embedView, embedWordKeys, readerPartsOfPages, readShell, type EmbedPage } from './embed-views.ts';

/** The UI dictionaries (`src/content/i18n/<lang>.json`), by language tag. */
export type Dictionaries = Record<string, Record<string, string>>;

/** Files written at once: enough to keep the disk busy while the next file is made, not one per page at 2,000 pages. */
const inFlight = 32;

/**
 * Writes files inside `outDir` (never outside it), making their folders, several at a time: one by one, the
 * pass spent most of its time waiting for each write. `done()` waits for all and reports the first failure.
 */
export function outputWriter(outDir: string) {
	const pending = new Set<Promise<void>>();
	const failures: unknown[] = [];
	return {
		async write(relative: string, text: string): Promise<void> {
			const file = path.join(outDir, relative);
			if (!file.startsWith(outDir + path.sep)) throw new Error(`${relative} is outside the output folder.`);
			while (pending.size >= inFlight) await Promise.race(pending);
			const writing = fs.promises
				.mkdir(path.dirname(file), { recursive: true })
				.then(() => fs.promises.writeFile(file, text))
				.catch((error: unknown) => void failures.push(error))
				.finally(() => pending.delete(writing));
			pending.add(writing);
		},
		async done(): Promise<void> {
			await Promise.all(pending);
			if (failures.length) throw failures[0];
		},
	};
}
type Writer = ReturnType<typeof outputWriter>;

/** The folder of a site path (without base): `/go/trust/` → `go/trust/index.html`. */
const indexFile = (sitePath: string) => path.join(...sitePath.split('/').filter(Boolean), 'index.html');

/**
 * The redirect pages (short links, renamed pages' old addresses) and `_redirects`. Returns how many pages.
 */
export async function writeRedirects(
	out: Writer,
	redirects: Record<string, string>,
	base: string,
	site: string | undefined,
): Promise<number> {
	for (const [from, to] of Object.entries(redirects))
		await out.write(indexFile(from), redirectPage(from, to, base, site));
	await out.write('_redirects', redirectsFile(redirects, base));
	return Object.keys(redirects).length;
}

/**
 * Each other language's 404 page where hosts look for it. Astro writes the root route `/404` as `404.html`, but
 * another language's (`src/pages/[locale]/404.astro`) as `fr/404/index.html`; hosts that look for the nearest
 * `404.html` up an unknown address (Cloudflare Pages) serve `fr/404.html` under `/fr/`.
 */
export function moveNotFoundPages(outDir: string, locales: Iterable<string>): void {
	for (const locale of locales) {
		if (locale === 'root') continue;
		const folder = path.join(outDir, locale, '404');
		const built = path.join(folder, 'index.html');
		if (!fs.existsSync(built)) continue;
		fs.renameSync(built, path.join(outDir, locale, '404.html'));
		// Only the page was in it; a folder holding anything else is left as it is.
		if (!fs.readdirSync(folder).length) fs.rmdirSync(folder);
	}
}

/** The site and base path the addresses are written for: the build's own (handbook.config.json and the environment). */
type Addresses = Pick<HandbookConfig, 'site' | 'base'>;

/** One QR image per short link (`/qr/<id>.svg`), encoding its full address (a site path in a preview build). */
export async function writeQrImages(
	out: Writer,
	handbook: Handbook,
	config: Addresses = handbookConfig,
): Promise<number> {
	const ids = [...new Set(shortLinks(handbook.model).map((link) => link.id))];
	for (const id of ids) await out.write(path.join('qr', `${id}.svg`), await qrImage(publicUrl(shortPath(id), config)));
	return ids.length;
}

/** What each embed view says of its page, by the embed view's path (without base). */
export function embedPages(
	handbook: Handbook,
	dictionaries: Dictionaries,
	config: Addresses = handbookConfig,
): { embed: string; url: string; page: EmbedPage }[] {
	const { base } = config;
	const address = (pathname: string) => publicUrl(pathname, config);
	return [...pageSummaries(handbook).values()].flatMap((summary) => {
		const links = trainingLinks(handbook, summary);
		if (!links?.embedPath) return [];
		const lang = pageLang(handbook, summary.url);
		const dictionary = dictionaries[lang] ?? {};
		const page: EmbedPage = {
			lang,
			words: Object.fromEntries(
				embedWordKeys.map((key) => [key, dictionary[`handbook.${key}`] ?? `handbook.${key}`]),
			) as EmbedPage['words'],
			title: summary.title,
			documentTitle: documentTitle(summary.title, siteTitle),
			description: summary.description,
			canonical: config.site ? address(summary.url) : undefined,
			typeLabel: dictionary[`handbook.pageType.${summary.type}`] ?? summary.type,
			handbookTitle: siteTitle,
			reviewed: summary.reviewed
				? { date: summary.reviewed, shown: formatReviewed(summary.reviewed, lang) }
				: undefined,
			href: withBase(base, summary.url),
			shortHref: withBase(base, links.shortPath),
			shortLink: address(links.shortPath),
		};
		return [{ embed: links.embedPath, url: summary.url, page }];
	});
}

/**
 * Every embed view, from the one Astro rendered (the shell) and each page's built reader page. The shell's own
 * view is made again the same way and must come out byte for byte as Astro rendered it: if the template
 * (src/pages/embed/[id].astro) and embed-views.ts ever disagree, the build stops here instead of publishing
 * views that differ from it. Returns how many views there are.
 */
export async function writeEmbedViews(
	outDir: string,
	out: Writer,
	handbook: Handbook,
	dictionaries: Dictionaries,
	config: Addresses = handbookConfig,
): Promise<number> {
	const pages = embedPages(handbook, dictionaries, config);
	const shellPage = pages.find(({ embed }) => fs.existsSync(path.join(outDir, indexFile(embed))));
	if (!shellPage) {
		if (pages.length) throw new Error('Astro rendered no embed view: the embed views are made from one.');
		return 0;
	}
	const shellFile = path.join(outDir, indexFile(shellPage.embed));
	const shellHtml = fs.readFileSync(shellFile, 'utf8');
	const shell = readShell(shellHtml, shellFile);
	const readerParts = readerPartsOfPages();
	let written = 0;
	for (const { embed, url, page } of pages) {
		const readerFile = path.join(outDir, indexFile(url));
		// A page Astro did not write gets no view either (the check refuses `draft: true`, which Starlight leaves out).
		if (!fs.existsSync(readerFile)) continue;
		const view = embedView(shell, page, readerParts(fs.readFileSync(readerFile, 'utf8'), readerFile));
		written++;
		if (embed === shellPage.embed) {
			if (view !== shellHtml)
				throw new Error(
					`${shellFile}: the embed view made from ${path.relative(outDir, readerFile)} differs from the one Astro rendered. ` +
						'src/pages/embed/[id].astro and src/build/embed-views.ts must write the same view: change both.',
				);
			continue;
		}
		await out.write(indexFile(embed), view);
	}
	return written;
}
