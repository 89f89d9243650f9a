import { checkKeyConvention } from '../../citations/bibliography.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'bibliography-key',
	kind: 'editorial',
	summary: 'Bibliography keys follow `<name>-<year>[-<word>]`, so anyone can guess a key from the reference.',
	example: '"id": "Kanter94"',
	fix: '"id": "kanter-1994-collaborative"',
	scope: 'data',
	check({ model, report }) {
		const bibliography = model.sources.bibliography;
		bibliography.value?.forEach((entry, i) => {
			if (!Array.isArray(entry.author)) return; // an entry without authors is reported by data-field
			const problem = checkKeyConvention(entry);
			if (problem)
				report({
					file: bibliography.file,
					at: bibliography.data!.locate([i, 'id']),
					message: `the key \`${entry.id}\` ${problem}`,
					hint: 'Rename the key (and every citation of it) to follow the convention in the file header.',
				});
		});
	},
});
