// The handbook's own UI strings live in Starlight's i18n dictionaries (src/content/i18n/), in English and
// French, and the components read them with `Astro.locals.t`: no component writes one of them itself.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { uiStringsSchema } from '../../src/schemas/ui-strings.ts';

const dictionaryDir = path.resolve('src/content/i18n');
const dictionary = (lang: string) =>
	JSON.parse(fs.readFileSync(path.join(dictionaryDir, `${lang}.json`), 'utf8')) as Record<string, string>;
const keys = Object.keys(uiStringsSchema.shape).sort();
const componentDir = path.resolve('src/components');
const components = (fs.readdirSync(componentDir, { recursive: true }) as string[])
	.filter((file) => file.endsWith('.astro'))
	.map((file) => ({ file, text: fs.readFileSync(path.join(componentDir, file), 'utf8') }));

describe("the handbook's UI strings", () => {
	test.each(['en-CA', 'fr-CA'])('the %s dictionary has every string, and only those', (lang) => {
		const strings = dictionary(lang);
		expect(Object.keys(strings).sort()).toEqual(keys);
		expect(uiStringsSchema.safeParse(strings).success).toBe(true);
	});

	test('English keeps the words the pages have always shown', () => {
		expect(dictionary('en-CA')).toMatchObject({
			'handbook.inBrief': 'In brief',
			'handbook.references': 'References',
			'handbook.citeThisPage': 'Cite this page',
			'handbook.relatedPages': 'Related pages',
			'handbook.useInTraining': 'Use in training',
			'handbook.fullReferenceLabel': 'Full reference and citing pages:',
		});
	});

	test('French translates every string, with a no-break space before a colon', () => {
		const english = dictionary('en-CA');
		const french = dictionary('fr-CA');
		for (const key of keys) expect(french[key], key).not.toBe(english[key]);
		expect(french['handbook.inBrief']).toBe('En bref');
		expect(french['handbook.citeThisPage']).toBe('Citer cette page');
		for (const text of Object.values(french)) expect(text).not.toMatch(/[^\u00a0]:/);
	});

	test('components read each string from the dictionaries, and every key they read exists', () => {
		const used = new Set(
			components.flatMap(({ text }) => [...text.matchAll(/\bt\('(handbook\.[\w.]+)'\)/g)].map((m) => m[1]!)),
		);
		expect([...used].sort()).toEqual(keys);
		const english = Object.values(dictionary('en-CA'));
		for (const { file, text } of components) {
			// A heading, button or link whose whole text is one of the strings, written in the component.
			for (const string of english)
				expect(text, `${file} writes "${string}" itself`).not.toMatch(
					new RegExp(`>\\s*${string.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*<`),
				);
		}
	});
});
