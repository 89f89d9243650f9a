import { defineRule } from '../rule.ts';
import { suggestion } from '../suggest.ts';

const prefix = 'glossary:';
/** The form every term id takes (see `idSchema`). */
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export default defineRule({
	id: 'unknown-term',
	kind: 'editorial',
	summary: 'Glossary links must name a term id from `content/glossary/terms.yaml`.',
	example: '[coalitions](glossary:coalitions)',
	fix: '[coalitions](glossary:coalition)',
	scope: 'page',
	check({ model, pages, report }) {
		if (!model.sources.glossary.value) return;
		const terms = model.glossary;
		// A term whose own id is malformed (`Trust`) is reported once, in the glossary (data-field): links
		// to the id it should have are not reported again, and no fix rewrites a link to the malformed id.
		const valid = [...terms.keys()].filter((id) => kebab.test(id));
		const meant = new Set([...terms.keys()].filter((id) => !kebab.test(id)).map((id) => id.toLowerCase()));
		for (const page of pages)
			for (const { value: url, position } of page.links) {
				if (!url.startsWith(prefix)) continue;
				const id = url.slice(prefix.length);
				if (terms.has(id) || meant.has(id)) continue;
				report({
					file: page.file,
					at: position,
					message: id ? `\`${id}\` is not a glossary term` : `the glossary link \`${url}\` names no term`,
					...suggestion(id, valid, 'Term ids are listed in content/glossary/terms.yaml.'),
				});
			}
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
