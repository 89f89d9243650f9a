import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'page-symlink',
	kind: 'safety',
	summary: 'Pages are real files: a symbolic link under `content/docs/` would be built without being checked.',
	example: 'content/docs/cases/iocn.mdx -> ../../drafts/iocn.mdx',
	fix: 'Move the file itself into content/docs/cases/.',
	scope: 'site',
	check({ model, report }) {
		for (const stray of model.strays)
			if (stray.kind === 'symlink')
				report({
					file: stray.file,
					at: { line: 1, column: 1 },
					message: 'the file is a symbolic link',
					hint: 'Replace the link with the file it points to (move or copy it here), so the check reads what the site builds.',
				});
	},
});
