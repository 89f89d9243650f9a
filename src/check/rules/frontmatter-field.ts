import { defineRule } from '../rule.ts';

/** Fields whose problems other rules report with a more precise message. */
const claimed = new Set(['type', 'capabilities', 'sources', 'reviewed']);

export default defineRule({
	id: 'frontmatter-field',
	summary:
		"A frontmatter field is missing or has the wrong kind of value (the handbook's fields and Starlight's own, such as `sidebar` and `template`).",
	example: 'capabilities: mobilize-knowledge',
	fix: 'capabilities: [mobilize-knowledge] (a list, even of one)',
	scope: 'page',
	check({ pages, derived, report }) {
		for (const page of pages) {
			if (!page.frontmatter || !page.frontmatterFile) continue;
			for (const issue of derived.frontmatterIssues(page)) {
				const [field] = issue.path;
				if (claimed.has(String(field)) && page.frontmatter[String(field)] !== undefined) continue;
				const name = issue.path.join('.') || 'frontmatter';
				const missing = issue.path.length > 0 && page.frontmatter[String(field)] === undefined;
				report({
					file: page.file,
					at: page.frontmatterFile.locate(issue.path),
					message: missing ? `the \`${name}\` field is missing` : `\`${name}\`: ${issue.message}`,
					hint: missing
						? `Add \`${name}:\` to the frontmatter (see the authoring guide for each field).`
						: "See the authoring guide for the fields a page needs, and Starlight's frontmatter reference for `sidebar`, `template`, `hero` and the others.",
				});
			}
		}
	},
});
