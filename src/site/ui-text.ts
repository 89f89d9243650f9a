// The handbook's UI strings with parts that are not text: a link, a date, a code span inside a translated
// sentence. Starlight's `t()` fills `{{name}}` with text only (and escapes it), so a sentence that holds a link
// is read whole from the page language's dictionary and cut at its placeholders; the component puts its own
// elements in the gaps. The word order is the translation's, not the component's.

/** What the components need of Starlight's `Astro.locals.t`: the page language's whole dictionary. */
export interface Dictionary {
	all(): object;
}

/**
 * A dictionary string cut at its `{{name}}` placeholders, each replaced by `values[name]` (an element, or
 * text). A placeholder with no value stays as written, so a misspelt name shows on the page rather than
 * vanishing silently (and the unit tests read every dictionary for that).
 */
export function textParts<T>(t: Dictionary, key: string, values: Record<string, T>): (string | T)[] {
	const template = (t.all() as Record<string, unknown>)[key];
	return fillTemplate(typeof template === 'string' ? template : key, values);
}

/** A template's parts: each `{{name}}` with a value replaced by it, the text between passed through `asText`. */
export function fillTemplate<T, Text = string>(
	template: string,
	values: Record<string, T>,
	asText: (text: string) => Text = (text) => text as Text,
): (Text | T)[] {
	return template
		.split(/(\{\{\w+\}\})/)
		.filter(Boolean)
		.map((part) => {
			const name = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
			return name !== undefined && Object.hasOwn(values, name) ? values[name]! : asText(part);
		});
}

/** The `One` or `Other` key of a pair (`handbook.citedOnOne`), by the plural rule of `lang` for `count`. */
export function pluralKey<K extends string>(lang: string, count: number, base: K): `${K}One` | `${K}Other` {
	return new Intl.PluralRules(lang).select(count) === 'one' ? `${base}One` : `${base}Other`;
}

/**
 * A dictionary string with its placeholders filled with text. Unlike `t(key, values)`, the values are not
 * HTML-escaped here (i18next's default): Astro escapes the whole string once when it renders it.
 */
export function text(t: Dictionary, key: string, values: Record<string, string | number>): string {
	return textParts(t, key, values).join('');
}
