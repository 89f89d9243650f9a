import { provenance } from '../../citations/bibliography.ts';
import type { DataSource, SchemaIssue } from '../../model/load.ts';
import { defineRule } from '../rule.ts';
import { vocabularyProblems } from '../vocabulary.ts';
import { needsProblems } from '../needs.ts';
import { afterField } from '../schema-words.ts';
import { suggestion } from '../suggest.ts';

/** "`author` of entry `kanter-1994-collaborative` is missing": the field, the entry by its id, and what is wrong. */
function describe(source: DataSource<unknown>, issue: SchemaIssue): string {
	if (!issue.path.length) return `the file ${issue.message}`;
	const [first, ...rest] = issue.path;
	const entry = typeof first === 'number' && Array.isArray(source.data?.value) ? source.data.value[first] : undefined;
	const id = (entry as { id?: unknown } | null | undefined)?.id;
	const field = typeof first === 'number' ? rest.join('.') : issue.path.join('.');
	const owner =
		typeof first !== 'number' ? '' : typeof id === 'string' ? ` of entry \`${id}\`` : ` of entry ${first + 1}`;
	const words = afterField(issue.message);
	return field ? `\`${field}\`${owner}${words}` : `entry ${Number(first) + 1}${words}`;
}

export default defineRule({
	id: 'data-field',
	kind: 'editorial',
	summary: 'An entry in a data file is missing a required field or has the wrong kind of value.',
	example: '- id: coalition\n  term: Coalition\n  (no definition)',
	fix: '- id: coalition\n  term: Coalition\n  definition: A strategic relationship ...\n  cite: [vaidya-2017-building]',
	scope: 'data',
	check({ model, report }) {
		// The search vocabulary and the needs are read by the search code, which reports its syntax and fields here.
		for (const { rule, ...problem } of [...vocabularyProblems(model), ...needsProblems(model)])
			if (rule === 'data-field') report(problem);
		for (const source of Object.values(model.sources))
			for (const issue of source.issues) {
				report({
					file: source.file,
					at: issue.position,
					message: describe(source, issue),
					hint: issue.repeated
						? 'Remove the second one: the site would show it twice.'
						: 'See the file header and the authoring guide for the fields each entry needs.',
				});
			}
		const bibliography = model.sources.bibliography;
		bibliography.value?.forEach((entry, i) => {
			if (typeof entry.note !== 'string') return;
			const origin = provenance(entry);
			if (origin.kind !== 'cited-in' || model.references.has(origin.key)) return;
			report({
				file: bibliography.file,
				at: bibliography.data!.locate([i, 'note']),
				message: `\`cited-in: ${origin.key}\` names a key that is not in the bibliography`,
				...suggestion(origin.key, model.references.keys(), 'Name the key of the source document that cites this work.'),
			});
		});
	},
});
