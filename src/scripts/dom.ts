// The DOM helpers the browser scripts share.

/** Creates an element with a class and, optionally, text. */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** The `One` or `Other` form of a string, by the plural rule of the page's language for `count`. */
export function plural(count: number, one: string, other: string): string {
	return new Intl.PluralRules(document.documentElement.lang || undefined).select(count) === 'one' ? one : other;
}

/**
 * `made`, marked with `lang` where it is not the page's: words of another language (an English page's title and text
 * on the French reading list or in a French course pack) are read in their own (WCAG 2.2, 3.1.2 Language of Parts).
 * The page's own words around them are not marked.
 */
export function inLanguage<E extends HTMLElement>(made: E, lang: string | undefined): E {
	if (lang && lang !== document.documentElement.lang) made.lang = lang;
	return made;
}
