import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'empty-docs',
	kind: 'editorial',
	summary: 'The handbook has pages: `content/docs/` exists and holds at least the home page, `index.mdx`.',
	example: 'content/docs/ (empty, or moved)',
	fix: 'content/docs/index.mdx and the other pages',
	scope: 'site',
	check({ model, report }) {
		if (model.pages.some((page) => page.url === '/')) return;
		report({
			file: `${model.root.split(/[\\/]/).at(-1)}/docs/index.mdx`,
			at: { line: 1, column: 1 },
			message: model.pages.length ? 'the handbook has no home page' : 'the handbook has no pages',
			hint: 'Pages live in `content/docs/`, one `.mdx` file each; the home page is `content/docs/index.mdx`.',
		});
	},
});
