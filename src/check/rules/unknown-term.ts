import { defineRule } from '../rule.ts';
import { suggestion } from '../suggest.ts';

const prefix = 'glossary:';

export default defineRule({
	id: 'unknown-term',
	summary: 'Glossary links must name a term id from `content/glossary/terms.yaml`.',
	example: '[coalitions](glossary:coalitions)',
	fix: '[coalitions](glossary:coalition)',
	scope: 'page',
	check({ model, pages, report }) {
		if (!model.sources.glossary.value) return;
		const terms = model.glossary;
		for (const page of pages)
			for (const { value: url, position } of page.links) {
				if (!url.startsWith(prefix)) continue;
				const id = url.slice(prefix.length);
				if (terms.has(id)) continue;
				report({
					file: page.file,
					at: position,
					message: `\`${id}\` is not a glossary term`,
					...suggestion(id, terms.keys(), 'Term ids are listed in content/glossary/terms.yaml.'),
				});
			}
		if (pages.length !== model.pages.length) return;
		const glossary = model.sources.glossary;
		glossary.value?.forEach((term, i) =>
			term.related?.forEach((id, j) => {
				if (terms.has(id)) return;
				const at = glossary.data!.locate([i, 'related', j]);
				report({
					file: glossary.file,
					at,
					message: `related term \`${id}\` is not in the glossary`,
					...suggestion(id, terms.keys(), 'Use the id of another term in this file.', at),
				});
			}),
		);
	},
});
