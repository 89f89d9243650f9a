// The handbook's languages (`locales` in handbook.config.json): the setting's schema, and which language a page
// is in. A fact of the configuration, like the page-type registry: every layer may use it. It reads the
// configuration file itself (`configuredLocales`) so that `npm run check` knows the languages without loading
// the publishing settings, which it runs without (see src/folders.ts).
import fs from 'node:fs';
import { z } from 'zod';
import { configFileOf } from '../folders.ts';

/** Characters of a language tag (`en-CA`, `fr-CA`): letters, digits and hyphens. */
const langCharacter = (c: string) =>
	(c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '-';
/** Characters of a locale's folder (`fr`, `pt-br`): lower-case letters and hyphens, as its addresses show it. */
const localeFolderCharacter = (c: string) => (c >= 'a' && c <= 'z') || c === '-';

/** One language of the handbook: its name in the language picker and its language tag. */
export const localeSchema = z.strictObject({
	/** The language's name as its readers write it, shown in the language picker: `English`, `Français`. */
	label: z.string().min(1).max(50),
	/**
	 * The language tag (BCP 47) of its pages' `<html lang>`, of Pagefind's index for them, and of the UI
	 * dictionary in `src/content/i18n/<lang>.json` (`en-CA`, `fr-CA`).
	 */
	lang: z
		.string()
		.min(2)
		.max(35)
		.refine((value) => [...value].every(langCharacter) && !value.startsWith('-') && !value.endsWith('-'), {
			error: 'is not a language tag; write one such as "en-CA" or "fr-CA"',
		}),
});

/**
 * The handbook's languages: `root` (pages in `docs/`, at the site's root) and one entry per other language,
 * keyed by its folder (`fr`: pages in `docs/fr/`, served under `/fr/`).
 */
export const localesSchema = z.record(z.string(), localeSchema).superRefine((locales, context) => {
	for (const key of Object.keys(locales))
		if (key.length < 2 || key.length > 10 || ![...key].every(localeFolderCharacter))
			context.addIssue({
				code: 'custom',
				path: [key],
				message: `has the key "${key}", which is not a locale folder; write "root" or a short lower-case folder name such as "fr"`,
			});
	if (!Object.hasOwn(locales, 'root'))
		context.addIssue({
			code: 'custom',
			message: `has no "root" locale; the pages at the site's root need one, such as { "label": "English", "lang": "en-CA" }`,
		});
});

export type Locales = z.infer<typeof localesSchema>;

/** The default: English only, at the site's root, as the handbook has always been published. */
export const defaultLocales: Locales = { root: { label: 'English', lang: 'en-CA' } };

/**
 * The languages of this run's configuration file, read on their own: `npm run check` needs them, and runs on
 * content whose publishing settings may be broken (the build reports those). A file that cannot be read, or
 * whose `locales` is not valid, gives the default (English only).
 */
export function configuredLocales(env: Record<string, string | undefined> = process.env): Locales {
	try {
		const settings = JSON.parse(fs.readFileSync(configFileOf(env), 'utf8')) as { locales?: unknown };
		const parsed = localesSchema.safeParse(settings.locales ?? defaultLocales);
		return parsed.success ? parsed.data : defaultLocales;
	} catch {
		return defaultLocales;
	}
}

/** The locale key of a page URL (without base): its first folder when that is a locale's, otherwise `root`. */
export function localeOf(url: string, locales: Locales): string {
	const first = url.split('/')[1] ?? '';
	return first && first !== 'root' && Object.hasOwn(locales, first) ? first : 'root';
}

/** The URL prefix of a locale's pages: `/` for the root, `/fr/` for `fr`. */
export const localePrefix = (locale: string) => (locale === 'root' ? '/' : `/${locale}/`);

/** A page's URL within its locale (`/fr/a/` is `/a/` in `fr`), as the sidebar and breadcrumbs arrange it. */
export function urlInLocale(url: string, locale: string): string {
	return locale === 'root' ? url : url.slice(localePrefix(locale).length - 1);
}

/** The same page's URL in another locale: `/fr/a/` in `root` is `/a/`, `/a/` in `fr` is `/fr/a/`. */
export function counterpartUrl(url: string, from: string, to: string): string {
	const inner = urlInLocale(url, from);
	return to === 'root' ? inner : `${localePrefix(to).slice(0, -1)}${inner}`;
}
