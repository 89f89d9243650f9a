import { defineRule } from '../rule.ts';

/** Elements that run code, load other documents, submit data or restyle the page. */
const refusedElements = new Set([
	'script',
	'style',
	'iframe',
	'frame',
	'object',
	'embed',
	'form',
	'base',
	'meta',
	'link',
	'noscript',
	'template',
	'portal',
]);

export default defineRule({
	id: 'active-markup',
	summary:
		'Content carries no active markup: no `<script>`, `<style>`, `<iframe>`, `<object>`, `<embed>`, `<form>` (and their kin), event-handler attributes (`onclick=`) or `style=` attributes in a page.',
	example: '<button onClick="alert(1)">Start</button>',
	fix: 'Describe the step in text, or ask a developer for a component (src/components/) that does what the page needs.',
	scope: 'page',
	check({ pages, report }) {
		for (const page of pages)
			for (const { value: element, position } of page.elements) {
				if (refusedElements.has(element.name.toLowerCase()))
					report({
						file: page.file,
						at: position,
						message: `\`<${element.name}>\` is not allowed in content`,
						hint: "Pages hold text, links, images and the handbook's components; anything that runs or loads code belongs in a reviewed component under src/components/.",
					});
				for (const attribute of element.attributes) {
					const name = attribute.name.toLowerCase();
					if (!/^on/.test(name) && name !== 'style' && name !== 'dangerouslysetinnerhtml' && name !== 'srcdoc')
						continue;
					report({
						file: page.file,
						at: position,
						message: `the \`${attribute.name}\` attribute on \`<${element.name}>\` is not allowed in content`,
						hint: "Remove it: event handlers and inline styles are code, and the site's security policy refuses them anyway.",
					});
				}
			}
	},
});
