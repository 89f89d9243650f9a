import { defineRule } from '../rule.ts';
import { needsProblems } from '../needs.ts';

export default defineRule({
	id: 'unknown-need-target',
	kind: 'editorial',
	summary:
		'Every page a need leads to (its answer or nearest topics) is a page of the handbook other than the authoring guide, and every anchor a heading of it.',
	example: '- needs: [a partner keeps sending junior staff]\n  answer: /challenges/#senior-leaders-not-committed',
	fix: '- needs: [a partner keeps sending junior staff]\n  answer: /challenges/#senior-leaders-are-not-fully-committed',
	scope: 'data',
	check({ model, report }) {
		for (const { rule, ...problem } of needsProblems(model)) if (rule === 'unknown-need-target') report(problem);
	},
});
