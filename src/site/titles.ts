/** Search results show about this many characters of a page's `<title>`; longer titles are cut off. */
export const maxTitleLength = 60;

/**
 * A page's `<title>`: "Page title | Site title" when that fits in a search result, else the page's
 * own title, cut at a word with an ellipsis if even that is too long. The page's `<h1>` and its
 * `og:title` keep the whole title.
 */
export function documentTitle(title: string, siteTitle: string, max = maxTitleLength): string {
	const full = title === siteTitle ? title : `${title} | ${siteTitle}`;
	if (full.length <= max) return full;
	if (title.length <= max) return title;
	const cut = title.slice(0, max - 1);
	// A title with no space to cut at is cut at the limit (`slice(0, -1)` would drop one more character).
	const space = cut.lastIndexOf(' ');
	const atWord = space > 0 ? cut.slice(0, space).replace(/[\s,:;(\u2013\u2014-]+$/, '') : '';
	return `${atWord || cut}…`;
}
