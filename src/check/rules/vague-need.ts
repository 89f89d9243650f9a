import { defineRule } from '../rule.ts';
import { needsProblems } from '../needs.ts';

export default defineRule({
	id: 'vague-need',
	kind: 'editorial',
	summary: 'A need is a situation of two meaningful words or more: one word alone would match queries about anything.',
	example: '- needs: [meetings]\n  gap: how to run a meeting',
	fix: '- needs: [our partnership meetings go nowhere]\n  gap: how to run a meeting',
	scope: 'data',
	check({ model, report }) {
		for (const { rule, ...problem } of needsProblems(model)) if (rule === 'vague-need') report(problem);
	},
});
