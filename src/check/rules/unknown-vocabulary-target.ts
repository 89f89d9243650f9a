import { defineRule } from '../rule.ts';
import { vocabularyProblems } from '../vocabulary.ts';

export default defineRule({
	id: 'unknown-vocabulary-target',
	kind: 'editorial',
	summary:
		'Every target in the search vocabulary exists: a term some reader page uses, a glossary term, a capability or a practice.',
	example: '- words: [disagreement]\n  terms: [conflictt]',
	fix: '- words: [disagreement]\n  terms: [conflict]',
	scope: 'data',
	check({ model, report }) {
		for (const { rule, ...problem } of vocabularyProblems(model))
			if (rule === 'unknown-vocabulary-target') report(problem);
	},
});
