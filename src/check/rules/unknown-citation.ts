import { defineRule } from '../rule.ts';
import { suggestion } from '../suggest.ts';

export default defineRule({
	id: 'unknown-citation',
	kind: 'editorial',
	summary: 'Every citation key must be in `content/bibliography/references.json`.',
	example: '[@kanter-1994]',
	fix: '[@kanter-1994-collaborative]',
	scope: 'page',
	check({ model, pages, report }) {
		// A bibliography that does not load is reported once, where it is, not at every citation.
		if (!model.sources.bibliography.value) return;
		const keys = model.references;
		for (const page of pages) {
			const sources = page.frontmatter?.sources;
			if (page.frontmatterFile && Array.isArray(sources))
				sources.forEach((key, i) => {
					if (typeof key !== 'string' || keys.has(key)) return;
					const at = page.frontmatterFile!.locate(['sources', i]);
					report({
						file: page.file,
						at,
						message: `source \`${key}\` is not in the bibliography`,
						...suggestion(key, keys.keys(), 'Use the key of an entry in content/bibliography/references.json.', at),
					});
				});
			for (const { value: item, position } of page.citations) {
				if (keys.has(item.key)) continue;
				const at = { line: position.line, column: position.column + 1 };
				report({
					file: page.file,
					at: position,
					message: `\`@${item.key}\` is not in the bibliography`,
					...suggestion(
						item.key,
						keys.keys(),
						'Add the work to content/bibliography/references.json, or fix the key.',
						at,
					),
				});
			}
		}
		// `namedIn` may list only keys in the bibliography, so the check above never trusts a typo.
		const source = model.sources.framework;
		if (!source.data) return;
		model.framework?.domains.forEach((domain, i) =>
			domain.capabilities.forEach((capability, j) =>
				capability.namedIn.forEach((key, k) => {
					if (keys.has(key)) return;
					const at = source.data!.locate(['domains', i, 'capabilities', j, 'namedIn', k]);
					report({
						file: source.file,
						at,
						message: `\`namedIn\` of \`${capability.id}\` lists \`${key}\`, which is not in the bibliography`,
						...suggestion(
							key,
							keys.keys(),
							'List the bibliography keys of the documents that name this capability.',
							at,
						),
					});
				}),
			),
		);
		const glossary = model.sources.glossary;
		glossary.value?.forEach((term, i) =>
			term.cite?.forEach((key, j) => {
				if (keys.has(key)) return;
				const at = glossary.data!.locate([i, 'cite', j]);
				report({
					file: glossary.file,
					at,
					message: `\`${key}\` is not in the bibliography`,
					...suggestion(key, keys.keys(), 'Add the work to content/bibliography/references.json first.', at),
				});
			}),
		);
	},
});
