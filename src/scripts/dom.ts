// The DOM helpers the search's modules share.

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
