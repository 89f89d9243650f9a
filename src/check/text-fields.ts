/**
 * The frontmatter fields shown as plain text: in the page, its `<title>`, search results, cards and previews. What
 * a browser would read as markup there is `markup-in-text`'s; Markdown, which readers would see as typed, is
 * `markdown-in-text`'s.
 */
export const textFields: readonly (readonly string[])[] = [
	['title'],
	['description'],
	['sidebar', 'label'],
	['hero', 'title'],
	['hero', 'tagline'],
];

/** The value of each text field of `frontmatter`, with its key path (undefined where the field is not set). */
export const textFieldValues = (frontmatter: Record<string, unknown>) =>
	textFields.map((keyPath) => ({
		keyPath: [...keyPath] as (string | number)[],
		value: keyPath.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], frontmatter),
	}));
