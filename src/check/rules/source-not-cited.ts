import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'source-not-cited',
	kind: 'editorial',
	summary: 'A source listed in the frontmatter must also be cited where the page uses it.',
	example: 'sources: [kingsfund-nd-practice]\n(no [@kingsfund-nd-practice] in the text)',
	fix: 'Leaders model collaborative behaviour [@kingsfund-nd-practice].',
	scope: 'page',
	check({ model, pages, report }) {
		for (const page of pages) {
			const sources = page.frontmatter?.sources;
			if (!page.frontmatterFile || page.mdxSyntax || !Array.isArray(sources)) continue;
			const citedHere = new Set(page.citations.map((c) => c.value.key));
			sources.forEach((key, i) => {
				if (typeof key !== 'string' || !model.references.has(key) || citedHere.has(key)) return;
				report({
					file: page.file,
					at: page.frontmatterFile!.locate(['sources', i]),
					message: `\`${key}\` is listed as a source but never cited on the page`,
					hint: `Cite it where the page uses it (\`[@${key}]\`), or remove it from \`sources\`.`,
				});
			});
		}
	},
});
