import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'reviewed-date',
	kind: 'editorial',
	summary: "A page's `reviewed:` date is a real day, written as YYYY-MM-DD, and not in the future.",
	example: 'reviewed: 2026-02-30',
	fix: 'reviewed: 2026-02-28',
	scope: 'page',
	check({ pages, derived, report }) {
		for (const page of pages) {
			if (!page.frontmatterFile || page.frontmatter?.reviewed === undefined) continue;
			for (const issue of derived.frontmatterIssues(page).filter((i) => i.path[0] === 'reviewed'))
				report({
					file: page.file,
					at: page.frontmatterFile.locate(['reviewed']),
					message: `\`reviewed\`: ${issue.message}`,
					hint: `Write the day you last read the page against its sources, such as \`reviewed: ${new Date().toISOString().slice(0, 10)}\`, or remove the field to show the date of the page's last commit.`,
				});
		}
	},
});
