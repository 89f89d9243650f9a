// ESLint: TypeScript and Astro files, with the recommended rules of typescript-eslint and
// eslint-plugin-astro. `npm run lint` must report nothing (warnings fail too).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'dist.*/',
			'.astro/',
			'.bench/',
			'test-results/',
			'node_modules/',
			'test/fixtures/',
			'content/',
			'.stryker-tmp/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		rules: {
			// TypeScript (astro check) already knows every global; ESLint's own list does not know the DOM's.
			'no-undef': 'off',
			// Names starting with _ are deliberately unused (destructuring a field away).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
);
