import { definePlugin, Rule, type ConfigData, type HtmlElement } from 'html-validate';

/**
 * Elements whose implicit ARIA role (generic, paragraph, code, emphasis, ...) may not be named:
 * the W3C Nu checker refuses `aria-label` and `aria-labelledby` on them unless they carry a role.
 * html-validate's `aria-label-misuse` lets a focusable one (`tabindex`) through; Nu does not.
 */
const unnamable = new Set([
	'b',
	'code',
	'del',
	'div',
	'em',
	'i',
	'ins',
	'p',
	'pre',
	's',
	'small',
	'span',
	'strong',
	'sub',
	'sup',
	'u',
]);

/** `aria-label` or `aria-labelledby` on an element whose role cannot have a name (a Nu checker error). */
class NoNameOnGeneric extends Rule {
	setup(): void {
		this.on('dom:ready', ({ document }) => {
			for (const node of document.querySelectorAll('[aria-label], [aria-labelledby]')) {
				if (!unnamable.has(node.tagName) || node.hasAttribute('role')) continue;
				const attr = node.hasAttribute('aria-labelledby') ? 'aria-labelledby' : 'aria-label';
				this.report(node, `"${attr}" is not allowed on <${node.tagName}> without a role (its role cannot be named)`);
			}
		});
	}
}

/** Anything after `</html>` (the Nu checker: "Stray start tag"); browsers move it into the body. */
class NothingAfterHtml extends Rule {
	setup(): void {
		this.on('dom:ready', ({ document }) => {
			const html = document.root.childElements.find((node) => node.tagName === 'html');
			if (!html) return;
			for (const node of document.root.childElements.slice(document.root.childElements.indexOf(html) + 1))
				this.report(node, `<${node.tagName}> after </html>: move it inside <body>`);
		});
	}
}

/** `scope="colgroup"` on a `<th>` of a table without `<colgroup>` (the Nu checker's table model refuses it). */
class ColgroupScope extends Rule {
	setup(): void {
		this.on('dom:ready', ({ document }) => {
			for (const node of document.querySelectorAll('th[scope="colgroup"]')) {
				const table = node.closest('table') as HtmlElement | null;
				if (table && table.querySelectorAll('colgroup').length === 0)
					this.report(
						node,
						'scope="colgroup" in a table without <colgroup>: a header over a group of rows is scope="rowgroup"',
					);
			}
		});
	}
}

/** The handbook's own rules, for faults the W3C Nu checker reports and html-validate's own rules let pass. */
const nuLike = definePlugin({
	name: 'handbook-nu',
	rules: {
		'handbook-nu/no-name-on-generic': NoNameOnGeneric,
		'handbook-nu/nothing-after-html': NothingAfterHtml,
		'handbook-nu/colgroup-scope': ColgroupScope,
	},
});

/**
 * The HTML validation rule set: html-validate's recommended rules, less the few that
 * object to markup Astro and Starlight produce on purpose (each exception says why), plus the
 * rules matching what the W3C Nu checker reports (Java, which it needs, is not available here).
 */
export const htmlValidateConfig: ConfigData = {
	extends: ['html-validate:recommended'],
	plugins: [nuLike],
	rules: {
		// Astro writes `<!doctype html>` in lowercase; the HTML standard accepts either case.
		'doctype-style': 'off',
		// Starlight's buttons (menu, theme, search) are not in forms, where a button's default type does nothing.
		'no-implicit-button-type': 'off',
		// Starlight's `_top` anchor is a valid HTML id; only the strict naming style objects to the underscore.
		'valid-id': ['error', { relaxed: true }],
		// Starlight renders "On this page" twice, for narrow and wide screens, and shows one of them;
		// axe checks landmarks on the page as rendered.
		'unique-landmark': 'off',
		// Formatting preferences, not validity: Astro minifies attributes and whitespace its own way.
		'no-trailing-whitespace': 'off',
		'attribute-boolean-style': 'off',
		'attribute-empty-style': 'off',
		'void-style': 'off',
		// It counts a title's characters as written (`&#39;` is five); test/browser/output.test.ts counts them as read.
		'long-title': 'off',
		// Starlight sets CSS custom properties in style attributes (the table of contents' indent).
		'no-inline-style': 'off',
		// A heading at most one level below the one before it. Starlight's "On this page" (an <h2>) comes
		// before the page's <h1> in the source, so the first heading may be an <h2>.
		'heading-level': ['error', { minInitialRank: 'h2' }],
		'handbook-nu/no-name-on-generic': 'error',
		'handbook-nu/nothing-after-html': 'error',
		'handbook-nu/colgroup-scope': 'error',
	},
};
