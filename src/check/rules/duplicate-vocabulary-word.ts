import { defineRule } from '../rule.ts';
import { vocabularyProblems } from '../vocabulary.ts';

export default defineRule({
	id: 'duplicate-vocabulary-word',
	kind: 'editorial',
	summary: 'Each word appears once in the search vocabulary, so it is clear which terms it leads to.',
	example: '- words: [dispute]\n  terms: [conflict]\n- words: [disputes]\n  terms: [tensions]',
	fix: '- words: [dispute]\n  terms: [conflict, tensions]',
	scope: 'data',
	check({ model, report }) {
		for (const { rule, ...problem } of vocabularyProblems(model))
			if (rule === 'duplicate-vocabulary-word') report(problem);
	},
});
