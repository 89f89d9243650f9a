// The browser scripts' UI strings, from the same dictionaries as the components' (src/content/i18n/): one virtual
// module per group of `scriptStringGroups`, `virtual:handbook/ui-strings/<group>`, whose default export is the
// group's strings in the page's language (its `<html lang>`), or in the site's default language. One module
// per group, so the bundler puts each only into the script that imports it: the search's messages load with the
// search. The modules hold the languages the site is configured with, so an English-only site ships no French.
import type { Plugin } from 'vite';
import { scriptStringGroups } from '../schemas/ui-strings.ts';

type Group = keyof typeof scriptStringGroups;
const prefix = 'virtual:handbook/ui-strings/';

/**
 * A script's way to fill in a string: `template` with each `{{name}}` replaced by its value (a name without a
 * value is left as written). Written into every group's module, so a script needs no module of helpers of its
 * own, which the bundler would make one more file for every page to load.
 */
const fillCode =
	'export const fill = (template, values) => template.replace(/\\{\\{(\\w+)\\}\\}/g, (match, name) => (Object.hasOwn(values, name) ? String(values[name]) : match));';

/**
 * A group's module: its strings in the page's language as the default export, and `fill`. With one language the
 * strings are the module's; with several, `{ "<lang>": { <name>: "<string>", ... }, ... }` is looked up by the
 * page's `<html lang>`, and the first language, the site's default, serves a page in any other.
 */
export function scriptStringsCode(
	group: Group,
	languages: readonly string[],
	dictionaries: Record<string, Record<string, string>>,
): string {
	const names: readonly string[] = scriptStringGroups[group];
	const wordsIn = (lang: string) =>
		Object.fromEntries(names.map((name) => [name, dictionaries[lang]![`handbook.${name}`]]));
	const words =
		languages.length === 1
			? `export default ${JSON.stringify(wordsIn(languages[0]!))};`
			: [
					`const byLanguage = ${JSON.stringify(Object.fromEntries(languages.map((lang) => [lang, wordsIn(lang)])))};`,
					`export default byLanguage[document.documentElement.lang] ?? byLanguage[${JSON.stringify(languages[0])}];`,
				].join('\n');
	return `${words}\n${fillCode}\n`;
}

/**
 * The Vite plugin serving the modules, for the site's languages that have a dictionary (the default language
 * first). A site whose languages have none gets English (`en-CA`), the handbook's own.
 */
export function scriptStrings(
	languages: readonly string[],
	dictionaries: Record<string, Record<string, string>>,
): Plugin {
	const known = languages.filter((lang) => Object.hasOwn(dictionaries, lang));
	return {
		name: 'handbook-script-strings',
		resolveId: (id) => (id.startsWith(prefix) ? `\0${id}` : undefined),
		load(id) {
			if (!id.startsWith(`\0${prefix}`)) return undefined;
			const group = id.slice(prefix.length + 1);
			// A misspelt group would otherwise be an empty module, and every string of its script undefined.
			if (!Object.hasOwn(scriptStringGroups, group))
				throw new Error(
					`"${id.slice(1)}" is not a group of UI strings; the groups are ${Object.keys(scriptStringGroups).join(', ')} (scriptStringGroups in src/schemas/ui-strings.ts).`,
				);
			return scriptStringsCode(group as Group, known.length ? known : ['en-CA'], dictionaries);
		},
	};
}
