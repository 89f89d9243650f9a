import { pageType, type PageType } from '../../model/page-types.ts';
import { pageTypeLabels } from '../../schemas/page.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'case-study-template',
	kind: 'editorial',
	summary:
		'Pages of a type with a template (case studies) use its `##` headings in order, so readers can compare them section by section.',
	example: '## Background',
	fix: '## Context (the nine headings, in order: Context, Who was involved, Purpose, What happened, What the research found, LEADS capabilities in action, Lessons, Questions for discussion, Sources)',
	scope: 'page',
	check({ pages, report }) {
		for (const page of pages) {
			const type = page.frontmatter?.type;
			const template = pageType(type)?.template;
			if (!template || !page.frontmatterFile || page.mdxSyntax) continue;
			const found = page.h2.map((h) => h.value);
			template.forEach((expected, i) => {
				if (found[i] === expected) return;
				report({
					file: page.file,
					at: page.h2[i]?.position ?? page.h2.at(-1)?.position ?? page.frontmatterFile!.locate(['type']),
					message:
						found[i] === undefined
							? `the ${String(type)} page has no \`## ${expected}\` section`
							: `section ${i + 1} is \`## ${found[i]}\` where the template has \`## ${expected}\``,
					hint: `${pageTypeLabels[type as PageType]} pages use these \`##\` headings, in order: ${template.join(' / ')}.`,
				});
			});
		}
	},
});
