import { defineRule, type FrontmatterIssue } from '../rule.ts';
import { afterField, listed } from '../schema-words.ts';

/** Fields whose problems other rules report with a more precise message, whatever the value. */
const claimed = new Set(['type', 'reviewed']);

/**
 * The lists of ids, with an example of each. Their rules report an id that does not exist (`unknown-capability`,
 * `unknown-citation`) and a list that is missing or empty (`missing-capabilities`, `missing-sources`); a value of the
 * wrong kind (text where the list belongs, an item that is not text) is reported here, or nobody would.
 */
const idLists: Record<string, string> = {
	capabilities: 'capabilities: [mobilize-knowledge]',
	sources: 'sources: [kanter-1994-collaborative]',
};

/** How to fix a field whose fix is not in the authoring guide's table of fields. */
const fieldHints: Record<string, string> = {
	draft:
		'To keep a page out of the site while it is written, start its file name with `_` (`_trust.mdx`): neither the check nor the build reads it. Or remove `draft:`.',
};

/**
 * Whether another rule reports this problem of the frontmatter (see `claimed` and `idLists`). An id listed twice is
 * reported here: the id itself may be fine.
 */
function reportedElsewhere({ path, repeated }: FrontmatterIssue, frontmatter: Record<string, unknown>): boolean {
	const [field, index] = path;
	const value = frontmatter[String(field)];
	if (claimed.has(String(field))) return value !== undefined;
	if (repeated) return false;
	return String(field) in idLists && Array.isArray(value) && typeof value[Number(index)] === 'string';
}

export default defineRule({
	id: 'frontmatter-field',
	kind: 'editorial',
	summary:
		"A frontmatter field is missing or has the wrong kind of value (the handbook's fields and Starlight's own, such as `sidebar` and `template`).",
	example: 'capabilities: mobilize-knowledge',
	fix: 'capabilities: [mobilize-knowledge] (a list, even of one)',
	scope: 'page',
	check({ pages, derived, report }) {
		for (const page of pages) {
			if (!page.frontmatter || !page.frontmatterFile) continue;
			const missing: string[] = [];
			for (const issue of derived.frontmatterIssues(page)) {
				const [field] = issue.path;
				if (reportedElsewhere(issue, page.frontmatter)) continue;
				const name = issue.path.join('.') || 'frontmatter';
				if (issue.path.length > 0 && page.frontmatter[String(field)] === undefined) {
					missing.push(`\`${name}\``);
					continue;
				}
				report({
					file: page.file,
					at: page.frontmatterFile.locate(issue.path),
					message: `\`${name}\`${afterField(issue.message)}`,
					hint: issue.repeated
						? 'Remove the second one: the site would show it twice.'
						: String(field) in idLists
							? `Write a list of ids, even of one, such as \`${idLists[String(field)]}\`.`
							: (fieldHints[String(field)] ??
								"See the authoring guide for the fields a page needs, and Starlight's frontmatter reference for `sidebar`, `template`, `hero` and the others."),
				});
			}
			// Missing fields are one problem (an empty or forgotten frontmatter), reported once.
			if (missing.length)
				report({
					file: page.file,
					at: page.frontmatterFile.locate([]),
					message: `the ${listed(missing)} field${missing.length > 1 ? 's are' : ' is'} missing`,
					hint: `Add ${listed(missing.map((name) => `${name.slice(0, -1)}:\``))} to the frontmatter (see the authoring guide for each field).`,
				});
		}
	},
});
