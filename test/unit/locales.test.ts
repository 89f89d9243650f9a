// The handbook's languages as an editor configures them (`locales` in handbook.config.json), and which language a
// page address is in. The language tags and folder names below are real ones an editor could write, chosen so that
// each character class is tried at its edges (a and z, A and Z, 0 and 9) and just outside them.
import { describe, expect, test } from 'vitest';
import {
	counterpartUrl,
	localeOf,
	localePrefix,
	localeSchema,
	localesSchema,
	urlInLocale,
	type Locales,
} from '../../src/model/locales.ts';

const tagMessage = 'is not a language tag; write one such as "en-CA" or "fr-CA"';
const langProblems = (lang: string) =>
	localeSchema.safeParse({ label: 'A language', lang }).error?.issues.map((issue) => issue.message) ?? [];

describe('a language tag (`lang`)', () => {
	test.each(['en-CA', 'fr-CA', 'af-ZA', 'zu-ZA', 'es-419', 'en-001', 'zh-Hant-TW', 'iu-Cans-CA'])(
		'%s is accepted',
		(lang) => expect(langProblems(lang)).toEqual([]),
	);

	test.each([
		['en_CA', 'an underscore'],
		['en CA', 'a space'],
		['fr-CA.', 'a full stop'],
		['-fr', 'a leading hyphen'],
		['fr-', 'a trailing hyphen'],
		['français', 'a letter outside a to z'],
		// The characters just before and after each range: ` { @ [ / :
		['e`n', 'a backquote'],
		['en{', 'a brace'],
		['en-@A', 'an at sign'],
		['en-[A', 'a bracket'],
		['en-/1', 'a slash'],
		['en-:1', 'a colon'],
	])('%s is refused (%s), with how to write one', (lang) => expect(langProblems(lang)).toEqual([tagMessage]));

	test('one letter is too short, and a name rather than a tag is refused', () => {
		expect(langProblems('e')).toHaveLength(1);
		expect(langProblems('English (Canada)')).toEqual([tagMessage]);
	});
});

describe('the languages of a handbook (`locales`)', () => {
	const english = { label: 'English', lang: 'en-CA' };
	const french = { label: 'Français', lang: 'fr-CA' };
	const problems = (locales: Record<string, unknown>) =>
		localesSchema.safeParse(locales).error?.issues.map((issue) => ({ path: issue.path, message: issue.message })) ?? [];
	const folderMessage = (key: string) =>
		`has the key "${key}", which is not a locale folder; write "root" or a short lower-case folder name such as "fr"`;

	test.each(['fr', 'pt-br', 'az', 'zh', 'abcdefghij'])('a folder named %s is accepted beside root', (key) =>
		expect(problems({ root: english, [key]: french })).toEqual([]),
	);

	test.each(['f', 'abcdefghijk', 'FR', 'Fr', 'fr_ca', 'fr1', 'fr/ca', 'fr{', 'f`r'])(
		'a folder named %s is refused, at its key, with how to name one',
		(key) => expect(problems({ root: english, [key]: french })).toEqual([{ path: [key], message: folderMessage(key) }]),
	);

	test('a handbook without a root language is refused, with an example of one', () => {
		expect(problems({ fr: french })).toEqual([
			{
				path: [],
				message: `has no "root" locale; the pages at the site's root need one, such as { "label": "English", "lang": "en-CA" }`,
			},
		]);
	});

	test('a refused language tag is reported at its place', () => {
		expect(problems({ root: english, fr: { label: 'Français', lang: 'fr_CA' } })).toEqual([
			{ path: ['fr', 'lang'], message: tagMessage },
		]);
	});
});

describe('the language of a page address', () => {
	const locales: Locales = {
		root: { label: 'English', lang: 'en-CA' },
		fr: { label: 'Français', lang: 'fr-CA' },
	};

	test('a page under a language folder is in that language; any other page is in the root language', () => {
		expect(localeOf('/fr/pratiques/mettre-en-commun/', locales)).toBe('fr');
		expect(localeOf('/fr/', locales)).toBe('fr');
		expect(localeOf('/practices/shared-purpose/', locales)).toBe('root');
		expect(localeOf('/', locales)).toBe('root');
		expect(localeOf('', locales)).toBe('root');
		// A folder that is not a configured language, and one that names the root itself.
		expect(localeOf('/de/seite/', locales)).toBe('root');
		expect(localeOf('/root/page/', locales)).toBe('root');
		// A folder that only starts like a language's.
		expect(localeOf('/french/page/', locales)).toBe('root');
	});

	test("a language's prefix, an address within its language, and the same page in another language", () => {
		expect(localePrefix('root')).toBe('/');
		expect(localePrefix('fr')).toBe('/fr/');
		expect(urlInLocale('/fr/pratiques/x/', 'fr')).toBe('/pratiques/x/');
		expect(urlInLocale('/fr/', 'fr')).toBe('/');
		expect(urlInLocale('/practices/x/', 'root')).toBe('/practices/x/');
		expect(counterpartUrl('/fr/references/', 'fr', 'root')).toBe('/references/');
		expect(counterpartUrl('/references/', 'root', 'fr')).toBe('/fr/references/');
		expect(counterpartUrl('/', 'root', 'fr')).toBe('/fr/');
		expect(counterpartUrl('/fr/', 'fr', 'fr')).toBe('/fr/');
		expect(counterpartUrl('/pt-br/a/', 'pt-br', 'fr')).toBe('/fr/a/');
	});
});
