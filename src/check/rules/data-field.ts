import { provenance } from '../../lib/bibliography.ts';
import { defineRule } from '../rule.ts';
import { suggestion } from '../suggest.ts';

export default defineRule({
	id: 'data-field',
	summary: 'An entry in a data file is missing a required field or has the wrong kind of value.',
	example: '- id: coalition\n  term: Coalition\n  (no definition)',
	fix: '- id: coalition\n  term: Coalition\n  definition: A strategic relationship ...\n  cite: [vaidya-2017-building]',
	scope: 'data',
	check({ model, report }) {
		for (const source of Object.values(model.sources))
			for (const issue of source.issues) {
				const where = issue.path.length ? `\`${issue.path.join('.')}\`` : 'the file';
				report({
					file: source.file,
					at: issue.position,
					message: `${where} ${issue.message}`,
					hint: 'See the file header and the authoring guide for the fields each entry needs.',
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
