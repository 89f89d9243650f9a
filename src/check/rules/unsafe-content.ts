import { linkSchemes, resolveLink, unsupportedScheme } from '../links.ts';
import { elementProblems, isExternal } from '../markup.ts';
import { defineRule } from '../rule.ts';

/** What a component's attribute would do, if it is one a page may not give: run script, insert HTML unchecked, restyle. */
function attributeEffect(name: string): string | undefined {
	if (/^on[a-z]/i.test(name)) return 'run script';
	if (['set:html', 'dangerouslySetInnerHTML', 'srcdoc'].includes(name)) return 'insert unchecked HTML';
	if (name === 'style') return 'restyle the page';
	return undefined;
}

/** Attributes that run script (`onClick`, `onload`), insert HTML unchecked (`set:html`) or restyle (`style`). */
export const unsafeAttribute = (name: string) => attributeEffect(name) !== undefined;

const hint =
	'Nothing in the content may run as script, insert HTML or restyle the site. Link to the page or media instead, or ask a developer for a component that shows it safely.';
const imageHint =
	"Images from other sites tell them who reads the page, and the site's security policy blocks them: save the image in `public/images/` and link to `/images/...`.";
const linkHint =
	'Write the link in Markdown, `[text](https://...)`: the site adds `rel="noopener noreferrer"` to links to other sites.';

const schemeHint = `Link to a page of the handbook, or to an address that starts with ${linkSchemes.map((s) => `\`${s}:\``).join(', ')}.`;

const isComponent = (name: string) => /^[A-Z]/.test(name) || name.includes('.');
/** The hint of each kind of problem an element has, once each: an image from another site with an `onerror` needs both. */
const hintFor = (problems: string[]) =>
	[
		...new Set(
			problems.map((p) => (/image .* on another site/.test(p) ? imageHint : /rel=/.test(p) ? linkHint : hint)),
		),
	].join(' ');

export default defineRule({
	id: 'unsafe-content',
	kind: 'safety',
	summary:
		'Nothing a page supplies runs as script, loads from other sites or restyles the site. HTML in a page is read as a browser reads it and may use only text elements (`<q>`, `<a>`, `<abbr>`, `<table>`...) with plain attributes (`id`, `title`, `lang`, `href`, `src`, `alt`...): no `<script>`, `<style>`, `<iframe>`, `<form>`, `<meta>`, SVG or MathML, no `on...` attributes, `style=`, `class=` or `set:html`, links only to pages and to `http:`, `https:`, `mailto:` or `tel:` addresses (no `javascript:`, `vbscript:` or `data:`), no images from other sites, and a raw `<a>` to another site needs `rel="noopener noreferrer"`.',
	example: '<a href="javascript:print()" onClick={track}>Print</a>',
	fix: "[Print this page](/practices/trust/) (the browser's own print command prints it)",
	scope: 'page',
	check({ pages, report }) {
		for (const page of pages) {
			// The problems of a piece of raw HTML (or of a JSX element) are reported once, at its place, with its
			// links (which page.links also lists).
			const byPlace = new Map<string, { position: (typeof page.elements)[number]['position']; problems: string[] }>();
			for (const { value: element, position } of page.elements) {
				// A component (`<CapabilityTable>`) takes properties, not HTML attributes; only those that would
				// insert HTML or handle events are refused. Every other element is judged as a browser parses it.
				const problems = isComponent(element.name)
					? element.attributes
							.filter(unsafeAttribute)
							.map((a) => `the \`${a}\` attribute of \`<${element.name}>\` would ${attributeEffect(a)}`)
					: elementProblems(element.parsed, { rawLink: element.raw });
				if (!problems.length) continue;
				const place = `${position.line}:${position.column}`;
				const entry = byPlace.get(place) ?? { position, problems: [] };
				entry.problems.push(...problems);
				byPlace.set(place, entry);
			}
			for (const { position, problems } of byPlace.values())
				report({ file: page.file, at: position, message: problems.join('; '), hint: hintFor(problems) });
			for (const { value: image, position } of page.images)
				if (isExternal(image.url) && !byPlace.has(`${position.line}:${position.column}`))
					report({
						file: page.file,
						at: position,
						message: `the image \`${image.url}\` is on another site`,
						hint: imageHint,
					});
			// An image from a `data:` address is only a picture; a link to one opens a document.
			const images = page.images.filter((i) => !/^\s*data:image\//i.test(i.value.url));
			for (const { value: url, position } of [...page.links, ...images.map((i) => ({ ...i, value: i.value.url }))]) {
				const link = resolveLink(url, page.url);
				if (
					(link.kind === 'script' || link.kind === 'unsupported') &&
					!byPlace.has(`${position.line}:${position.column}`)
				)
					report({
						file: page.file,
						at: position,
						message: unsupportedScheme(link.scheme),
						hint: link.kind === 'script' ? hint : schemeHint,
					});
			}
		}
	},
});
