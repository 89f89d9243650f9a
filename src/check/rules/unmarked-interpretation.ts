import { marksReading } from '../../model/interpretation.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'unmarked-interpretation',
	kind: 'editorial',
	summary:
		"A page tagged with a capability that none of its cited sources names must say the link is the handbook's reading (which documents name a capability is `namedIn` in the taxonomy).",
	example: "capabilities: [mobilize-knowledge]\n(cites only the King's Fund report, which does not use LEADS)",
	fix: "Linking these practices to LEADS is the handbook's reading; the report does not use the framework.",
	scope: 'page',
	check({ model, pages, report }) {
		const { framework } = model;
		if (!framework) return;
		for (const page of pages) {
			const fm = page.frontmatter;
			if (!fm || !page.frontmatterFile || page.mdxSyntax || !Array.isArray(fm.capabilities)) continue;
			const cited = new Set(page.citations.map((c) => c.value.key));
			const unnamed = (fm.capabilities as unknown[])
				.map((id, index) => ({
					capability: typeof id === 'string' ? framework.capabilities.get(id) : undefined,
					index,
				}))
				.filter(({ capability }) => capability && !capability.namedIn.some((key) => cited.has(key)));
			if (!unnamed.length || marksReading(page.text)) continue;
			report({
				file: page.file,
				at: page.frontmatterFile.locate(['capabilities', unnamed[0]!.index]),
				message: `the page is tagged ${unnamed.map(({ capability }) => `\`${capability!.id}\``).join(', ')}, which none of the sources it cites names, and it never says the link is the handbook's reading`,
				hint: 'Say where the page makes the link itself, in a sentence or list lead-in such as "Linking this to LEADS is the handbook\'s reading; the report does not use the framework." Or cite a source that names the capability (see `namedIn` in content/taxonomy/leads.yaml), or remove the tag.',
			});
		}
	},
});
