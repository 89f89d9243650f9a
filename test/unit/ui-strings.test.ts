// The handbook's own UI strings live in Starlight's i18n dictionaries (src/content/i18n/), in English and
// French. The components read them with `Astro.locals.t`, the browser scripts from the build's
// `virtual:handbook/ui-strings/<group>` modules: neither writes one of them itself.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from '@astrojs/compiler';
import type { Node as AstroNode } from '@astrojs/compiler/types';
import { describe, expect, test } from 'vitest';
import { scriptStringsCode } from '../../src/integrations/script-strings.ts';
import { scriptStringGroups, uiStringsSchema } from '../../src/schemas/ui-strings.ts';
import { embedWordKeys } from '../../src/build/embed-views.ts';

const dictionaryDir = path.resolve('src/content/i18n');
const dictionary = (lang: string) =>
	JSON.parse(fs.readFileSync(path.join(dictionaryDir, `${lang}.json`), 'utf8')) as Record<string, string>;
const keys = Object.keys(uiStringsSchema.shape).sort();
const componentDir = path.resolve('src/components');
/** The site's own pages that each language has (`src/pages/[...locale]/`): search, A–Z index, reading list, packs. */
const everyLanguagePages = fs
	.readdirSync(path.resolve('src/pages/[...locale]'))
	.map((file) => `src/pages/[...locale]/${file}`);
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
		// The same word in both languages.
		const same = new Set([
			'handbook.pageType.guide',
			'handbook.pages',
			'handbook.worksheetCapabilityOne',
			'handbook.worksheetCapabilityOther',
		]);
		for (const key of keys) if (!same.has(key)) expect(french[key], key).not.toBe(english[key]);
		expect(french['handbook.inBrief']).toBe('En bref');
		expect(french['handbook.citeThisPage']).toBe('Citer cette page');
		for (const text of Object.values(french)) expect(text).not.toMatch(/[^\u00a0]:/);
	});

	test('components and browser scripts read each string from the dictionaries, and every key they read exists', () => {
		// The keys a component or the embed views name: `t('handbook.x')`, `textParts(t, 'handbook.x', …)`, a pair
		// chosen by count (`pluralKey(lang, n, 'handbook.x')`), one per page type or backlink group.
		const named = (text: string) =>
			[...text.matchAll(/'(handbook\.[\w.-]+)'/g)].flatMap(({ 1: key, index }) =>
				text.slice(index - 40, index).includes('pluralKey(') ? [`${key}One`, `${key}Other`] : [key!],
			);
		const perType = (text: string) =>
			[...text.matchAll(/`(handbook\.page(?:Type|Group)\.)\$\{/g)].flatMap(({ 1: prefix }) =>
				keys.filter((key) => key.startsWith(prefix!)),
			);
		// The embed views, the sidebar and the pages every language has read theirs outside the components.
		const embed = [
			...everyLanguagePages,
			'src/pages/embed/[id].astro',
			'src/build/embed-views.ts',
			'src/site/sidebar.ts',
			'src/site/page-sidebar.ts',
		].map((file) => fs.readFileSync(path.resolve(file), 'utf8'));
		const used = new Set([
			...[...components.map(({ text }) => text), ...embed].flatMap((text) => [...named(text), ...perType(text)]),
			...embedWordKeys.map((name) => `handbook.${name}`),
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

	// Words that are the same in every language: file formats.
	const names = new Set(['BibTeX', 'CSL-JSON']);
	const labels = new Set(['aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'aria-roledescription']);

	/** Words a template writes itself: text between its tags, and quoted labels a reader or screen reader gets. */
	async function ownWords(source: string): Promise<{ line: number; words: string }[]> {
		const { ast } = await parse(source, { position: true });
		const found: { line: number; words: string }[] = [];
		const walk = (node: AstroNode, parent?: AstroNode) => {
			const line = node.position?.start.line ?? 0;
			// Text inside `{…}` is code; inside <style>, <script> and <code>, not words for readers.
			if (node.type === 'text' && parent?.type !== 'expression' && /\p{L}{2,}/u.test(node.value))
				found.push({ line, words: node.value.trim() });
			if ((node.type === 'element' || node.type === 'component') && !['style', 'script', 'code'].includes(node.name)) {
				for (const attribute of node.attributes)
					if (labels.has(attribute.name) && attribute.kind === 'quoted' && /\p{L}{2,}/u.test(attribute.value))
						found.push({ line, words: `${attribute.name}="${attribute.value}"` });
			} else if (node.type === 'element') return;
			if ('children' in node) for (const child of node.children) walk(child, node);
		};
		walk(ast);
		return found.filter(({ words }) => !names.has(words));
	}

	test('no component of a page in any language writes words of its own: each comes from the dictionaries', async () => {
		const written: string[] = [];
		for (const { file, text } of components)
			for (const { line, words } of await ownWords(text)) written.push(`src/components/${file}:${line}: ${words}`);
		expect(everyLanguagePages.length).toBeGreaterThan(1);
		for (const file of ['src/pages/embed/[id].astro', ...everyLanguagePages])
			for (const { line, words } of await ownWords(fs.readFileSync(file, 'utf8')))
				written.push(`${file}:${line}: ${words}`);
		expect(written).toEqual([]);
	});

	test('the check of components finds words written in a template, in its labels and inside its elements', async () => {
		const template = [
			'---',
			"const label = 'code is not words';",
			'---',
			'<p class="note">Last reviewed <time>{date}</time></p>',
			'{items.map((item) => <li title="Open it">{t(\'handbook.open\')}</li>)}',
			'<span aria-label={t("handbook.yes")}>●</span><code>npm run check</code>',
			'<style>p { color: red; }</style>',
		].join('\n');
		expect(await ownWords(template)).toEqual([
			{ line: 4, words: 'Last reviewed' },
			{ line: 5, words: 'title="Open it"' },
		]);
	});

	test('each browser script reads every string of its group, and writes none of the strings itself', () => {
		const scripts = {
			reading: 'handbook.ts',
			training: 'training.ts',
			addToList: 'add-to-list.ts',
			search: 'search.ts',
			searchPage: 'search-filters.ts',
			readingList: 'reading-list.ts',
			coursePack: 'course-pack.ts',
			worksheet: 'worksheet.ts',
		} as const;
		expect(Object.keys(scripts).sort()).toEqual(Object.keys(scriptStringGroups).sort());
		const english = dictionary('en-CA');
		for (const [group, file] of Object.entries(scripts)) {
			const text = fs.readFileSync(path.resolve('src/scripts', file), 'utf8');
			expect(text, file).toContain(`from 'virtual:handbook/ui-strings/${group}'`);
			for (const name of scriptStringGroups[group as keyof typeof scripts])
				expect(text, `${file} reads words.${name}`).toMatch(new RegExp(`\\bwords\\.${name}\\b`));
		}
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
		const code = scriptStringsCode('addToList', ['en-CA', 'fr-CA'], dictionaries);
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
