import { resolveLink } from '../links.ts';
import { defineRule } from '../rule.ts';

/** Elements that run script, or embed or redirect to other documents, in the reader's browser. */
const unsafeElements = new Set([
	'script',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'base',
	// Restyle the page, submit data, redirect or hide markup from the check.
	'style',
	'form',
	'meta',
	'link',
	'noscript',
	'template',
	'portal',
]);
/** Attributes that run script (`onClick`, `onload`) or insert HTML unchecked (`set:html`). */
export const unsafeAttribute = (name: string) =>
	/^on[a-z]/i.test(name) || ['set:html', 'dangerouslySetInnerHTML', 'srcdoc', 'style'].includes(name);

const hint =
	'Nothing in the content may run as script. Link to the page or media instead, or ask a developer for a component that shows it safely.';

export default defineRule({
	id: 'unsafe-content',
	summary:
		"Nothing a page supplies runs as script or restyles the site in readers' browsers: no `<script>`, `<style>`, `<iframe>`, `<object>`, `<embed>` or `<form>`, no `on...` event attributes, `style=` or `set:html`, no `javascript:`, `vbscript:` or `data:` links.",
	example: '<a href="javascript:print()" onClick={track}>Print</a>',
	fix: "[Print this page](/practices/trust/) (the browser's own print command prints it)",
	scope: 'page',
	check({ pages, report }) {
		for (const page of pages) {
			for (const { value: element, position } of page.elements) {
				if (unsafeElements.has(element.name.toLowerCase()))
					report({
						file: page.file,
						at: position,
						message: `a \`<${element.name}>\` element would run or embed content in the reader's browser`,
						hint,
					});
				for (const attribute of element.attributes.filter(unsafeAttribute))
					report({
						file: page.file,
						at: position,
						message: `the \`${attribute}\` attribute of \`<${element.name}>\` would run script or insert unchecked HTML`,
						hint,
					});
			}
			// An image from a `data:` address is only a picture; a link to one opens a document.
			const images = page.images.filter((i) => !/^\s*data:image\//i.test(i.value.url));
			for (const { value: url, position } of [...page.links, ...images.map((i) => ({ ...i, value: i.value.url }))]) {
				const link = resolveLink(url, page.url);
				if (link.kind === 'script')
					report({
						file: page.file,
						at: position,
						message: `\`${link.scheme}:\` addresses run script or embedded content in the reader's browser`,
						hint,
					});
			}
		}
	},
});
