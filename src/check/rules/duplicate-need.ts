import { defineRule } from '../rule.ts';
import { needsProblems } from '../needs.ts';

export default defineRule({
	id: 'duplicate-need',
	kind: 'editorial',
	summary: 'Each situation appears once in the needs, so it is clear which page answers it.',
	example:
		'- needs: [partners are fighting]\n  answer: /coalitions/conflict/\n- needs: [the partners fight]\n  answer: /practices/managing-conflict/',
	fix: '- needs: [partners are fighting]\n  answer: /coalitions/conflict/',
	scope: 'data',
	check({ model, report }) {
		for (const { rule, ...problem } of needsProblems(model)) if (rule === 'duplicate-need') report(problem);
	},
});
