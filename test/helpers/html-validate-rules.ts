import type { ConfigData } from 'html-validate';

/**
 * The HTML validation rule set: html-validate's recommended rules, less the few that
 * object to markup Astro and Starlight produce on purpose. Each exception says why.
 */
export const htmlValidateConfig: ConfigData = {
	extends: ['html-validate:recommended'],
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
		// Capability names are the framework's own and can be long; titles keep them whole.
		'long-title': 'off',
		// Starlight sets CSS custom properties in style attributes (the table of contents' indent).
		'no-inline-style': 'off',
	},
};
