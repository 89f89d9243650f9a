// The handbook's own UI strings live in Starlight's i18n dictionaries (src/content/i18n/), in English and
// French. The components read them with `Astro.locals.t`, the browser scripts from the build's
// `virtual:handbook/ui-strings/<group>` modules: neither writes one of them itself.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { scriptStringsCode } from '../../src/integrations/script-strings.ts';
import { scriptStringGroups, uiStringsSchema } from '../../src/schemas/ui-strings.ts';

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

	test('components and browser scripts read each string from the dictionaries, and every key they read exists', () => {
		const used = new Set([
			...components.flatMap(({ text }) => [...text.matchAll(/\bt\('(handbook\.[\w.]+)'\)/g)].map((m) => m[1]!)),
			...Object.values(scriptStringGroups).flatMap((names) => names.map((name) => `handbook.${name}`)),
		]);
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

	test('each browser script reads every string of its group, and writes none of the strings itself', () => {
		const scripts = { reading: 'handbook.ts', training: 'training.ts', search: 'search.ts' } as const;
		expect(Object.keys(scripts).sort()).toEqual(Object.keys(scriptStringGroups).sort());
		const english = dictionary('en-CA');
		for (const [group, file] of Object.entries(scripts)) {
			const text = fs.readFileSync(path.resolve('src/scripts', file), 'utf8');
			expect(text, file).toContain(`from 'virtual:handbook/ui-strings/${group}'`);
			for (const name of scriptStringGroups[group as keyof typeof scripts])
				expect(text, `${file} reads words.${name}`).toMatch(new RegExp(`\\bwords\\.${name}\\b`));
		}
		// The scripts of the pages every language has. The reading list, worksheet, course pack and search page
		// (and their scripts) are the site's own pages, in its default language only.
		for (const file of Object.values(scripts)) {
			const text = fs.readFileSync(path.resolve('src/scripts', file), 'utf8');
			// The strings' words outside their placeholders, as a script would have to write them.
			for (const key of Object.values(scriptStringGroups).flatMap((names) => names.map((n) => `handbook.${n}`)))
				for (const piece of english[key]!.split(/\{\{\w+\}\}/).filter((p) => p.trim().length > 12))
					expect(text, `${file} writes "${piece}" itself`).not.toContain(piece);
		}
	});
});

describe('the browser scripts’ strings (virtual:handbook/ui-strings/<group>)', () => {
	const dictionaries = { 'en-CA': dictionary('en-CA'), 'fr-CA': dictionary('fr-CA') };
	let imported = 0;
	/** The group's module as the browser runs it, on a page whose `<html lang>` is `lang` (a new copy each time). */
	async function moduleOn(lang: string, code: string) {
		const saved = globalThis.document;
		Object.assign(globalThis, { document: { documentElement: { lang } } });
		try {
			return (await import(`data:text/javascript,${encodeURIComponent(`${code}\n// ${lang} ${++imported}`)}`)) as {
				default: Record<string, string>;
				fill: (template: string, values: Record<string, string | number>) => string;
			};
		} finally {
			Object.assign(globalThis, { document: saved });
		}
	}

	test('a French page gets the French strings; a page in another language, the default language’s', async () => {
		const code = scriptStringsCode('training', ['en-CA', 'fr-CA'], dictionaries);
		expect((await moduleOn('fr-CA', code)).default.onReadingList).toBe('Dans votre liste de lectures');
		expect((await moduleOn('en-CA', code)).default.onReadingList).toBe('On your reading list');
		expect((await moduleOn('de', code)).default.onReadingList).toBe('On your reading list');
	});

	test('a group holds its own strings only, and an English-only site ships no French', async () => {
		const code = scriptStringsCode('search', ['en-CA'], dictionaries);
		const { default: words } = await moduleOn('fr-CA', code);
		expect(Object.keys(words).sort()).toEqual([...scriptStringGroups.search].sort());
		expect(words.noResults).toBe('No results for {{query}}');
		expect(code).not.toContain('Aucun');
		expect(code).not.toContain('reading list');
	});

	test('`fill` puts each value in its place, and leaves a placeholder without a value as written', async () => {
		const { fill } = await moduleOn('en-CA', scriptStringsCode('reading', ['en-CA'], dictionaries));
		expect(fill('{{count}} results for {{query}}', { count: 2, query: '“trust”' })).toBe('2 results for “trust”');
		expect(fill('{{title}} and {{title}}; {{other}}', { title: 'A' })).toBe('A and A; {{other}}');
		expect(fill('{{constructor}}', {})).toBe('{{constructor}}');
	});
});
