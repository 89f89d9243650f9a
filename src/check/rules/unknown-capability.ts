import { defineRule } from '../rule.ts';
import { suggestion } from '../suggest.ts';

const hint = 'Capability ids are listed in content/taxonomy/leads.yaml.';

export default defineRule({
	id: 'unknown-capability',
	kind: 'editorial',
	summary: 'Capability tags must be ids from `content/taxonomy/leads.yaml`.',
	example: 'capabilities: [mobilise-knowledge]',
	fix: 'capabilities: [mobilize-knowledge]',
	scope: 'page',
	check({ model, pages, report }) {
		if (!model.framework) return; // the taxonomy's own problem is reported once, where it is
		const known = model.framework.capabilities;
		for (const page of pages) {
			const tags = page.frontmatter?.capabilities;
			if (!page.frontmatterFile || !Array.isArray(tags)) continue;
			tags.forEach((id, i) => {
				if (typeof id !== 'string' || known.has(id)) return;
				const at = page.frontmatterFile!.locate(['capabilities', i]);
				report({
					file: page.file,
					at,
					message: `\`${id}\` is not a LEADS capability id`,
					...suggestion(id, known.keys(), hint, at),
				});
			});
		}
		// Reflection questions are data, but they are tagged like pages.
		const reflection = model.sources.reflection;
		reflection.value?.forEach((question, i) =>
			question.capabilities.forEach((id, j) => {
				if (known.has(id)) return;
				const at = reflection.data!.locate([i, 'capabilities', j]);
				report({
					file: reflection.file,
					at,
					message: `\`${id}\` is not a LEADS capability id`,
					...suggestion(id, known.keys(), hint, at),
				});
			}),
		);
	},
});
