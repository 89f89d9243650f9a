import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'unused-reference',
	kind: 'editorial',
	summary:
		'Every bibliography entry is cited somewhere in the handbook; an entry nobody cites is a leftover or a typo.',
	example: 'An entry `collins-2001` that no page cites.',
	fix: 'Cite it where the handbook uses it, or remove the entry.',
	scope: 'site',
	check({ model, derived, report }) {
		// Unknowable while a page does not parse (its citations are unread), or when there are no pages at all
		// (empty-docs says so, once). Every page's citations count even when only some files are checked.
		const bibliography = model.sources.bibliography;
		if (!bibliography.value) return;
		if (!model.pages.length || model.pages.some((p) => p.mdxSyntax || p.unreadable)) return;
		bibliography.value.forEach((entry, i) => {
			if (derived.citedKeys.has(entry.id)) return;
			report({
				file: bibliography.file,
				at: bibliography.data!.locate([i, 'id']),
				message: `no page or glossary term cites \`${entry.id}\``,
				hint: 'Cite it where the handbook uses it, or remove the entry.',
			});
		});
	},
});
