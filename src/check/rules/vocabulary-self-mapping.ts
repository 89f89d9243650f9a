import { defineRule } from '../rule.ts';
import { vocabularyProblems } from '../vocabulary.ts';

export default defineRule({
	id: 'vocabulary-self-mapping',
	kind: 'editorial',
	summary: "A search vocabulary entry maps a leader's word to a different term, never to itself.",
	example: '- words: [conflict, dispute]\n  terms: [conflict]',
	fix: '- words: [dispute]\n  terms: [conflict]',
	scope: 'data',
	check({ model, report }) {
		for (const { rule, ...problem } of vocabularyProblems(model))
			if (rule === 'vocabulary-self-mapping') report(problem);
	},
});
