import { defineRule } from '../rule.ts';

/**
 * Whether a link target would run code or smuggle a document: `javascript:`, `vbscript:` and `data:`,
 * in any case and with the tabs, newlines and spaces browsers ignore inside a scheme.
 */
export function isUnsafeTarget(url: string): boolean {
	const scheme = url.replace(/[\u0000-\u0020\u007f-\u00a0]/g, '').toLowerCase();
	return /^(javascript|vbscript|data):/.test(scheme);
}

export default defineRule({
	id: 'unsafe-link',
	summary: 'Links and images point at pages and files, never at `javascript:`, `vbscript:` or `data:` addresses.',
	example: '[Start](javascript:alert(1))',
	fix: '[Start](/how-to-use/)',
	scope: 'page',
	check({ pages, report }) {
		for (const page of pages) {
			const targets = [
				...page.links,
				...page.images.map(({ value, position }) => ({ value: value.url, position })),
				...page.elements.flatMap(({ value, position }) =>
					value.attributes
						.filter(
							(a) => /^(href|src|action|formaction|xlink:href|poster|data)$/i.test(a.name) && a.value !== undefined,
						)
						.map((a) => ({ value: a.value!, position })),
				),
			];
			for (const { value, position } of targets)
				if (isUnsafeTarget(value))
					report({
						file: page.file,
						at: position,
						message: `\`${value.slice(0, 40)}\` is not a safe link target`,
						hint: 'Link to a page of the handbook (`/coalitions/trust/`) or a web address (`https://...`).',
					});
		}
	},
});
