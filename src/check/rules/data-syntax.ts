import { defineRule } from '../rule.ts';
import { vocabularyProblems } from '../vocabulary.ts';
import { needsProblems } from '../needs.ts';

export default defineRule({
	id: 'data-syntax',
	kind: 'editorial',
	summary:
		'A data file (taxonomy, bibliography, glossary, reflection questions, redirects) is missing, or is not valid YAML or strict JSON.',
	example: '{ "id": "kanter-1994-collaborative", }',
	fix: '{ "id": "kanter-1994-collaborative" } (no trailing comma in JSON)',
	scope: 'data',
	check({ model, report }) {
		// The search vocabulary and the needs are read by the search code, which reports its syntax and fields here.
		for (const { rule, ...problem } of [...vocabularyProblems(model), ...needsProblems(model)])
			if (rule === 'data-syntax') report(problem);
		for (const source of Object.values(model.sources)) {
			if (!source.exists && !source.optional)
				report({
					file: source.file,
					at: { line: 1, column: 1 },
					message: 'the file is missing',
					hint: `Create \`${source.file}\`.`,
				});
			// The first error only: a parser that has lost its place reports every later line too.
			for (const error of source.syntaxErrors.slice(0, 1))
				report({
					file: source.file,
					at: error.position,
					message: error.message,
					hint: source.file.endsWith('.json')
						? 'Fix the JSON at this line: keys and strings in double quotes, no trailing commas, no comments.'
						: 'Fix the YAML syntax at this line.',
				});
		}
	},
});
