import { defineRule } from '../rule.ts';

/**
 * Characters that reorder text for display (Unicode bidirectional controls): in a title they can make the
 * sidebar, search results, tabs and citations show words in an order other than the one written.
 */
const bidiControls = new Set([
	'\u061C',
	'\u200E',
	'\u200F',
	'\u202A',
	'\u202B',
	'\u202C',
	'\u202D',
	'\u202E',
	'\u2066',
	'\u2067',
	'\u2068',
	'\u2069',
]);

const codeOf = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export default defineRule({
	id: 'page-title',
	kind: 'safety',
	summary:
		'A page title has words, and no invisible character that reorders text (a bidirectional control such as U+202E).',
	example: 'title: "   "',
	fix: 'title: Building trust',
	scope: 'page',
	check({ pages, report }) {
		for (const page of pages) {
			const title = page.frontmatter?.title;
			if (typeof title !== 'string' || !page.frontmatterFile) continue; // a missing title is frontmatter-field's
			if (!title.trim())
				report({
					file: page.file,
					at: page.frontmatterFile.locate(['title']),
					message: 'the title is blank',
					hint: 'Write the title readers see in the sidebar, search results and the browser tab, for example `title: Building trust`.',
				});
			const controls = [...title].filter((c) => bidiControls.has(c));
			if (controls.length)
				report({
					file: page.file,
					at: page.frontmatterFile.locate(['title']),
					message: `the title holds ${[...new Set(controls.map(codeOf))].join(', ')}, an invisible character that reorders the text around it`,
					hint: 'Retype the title, or delete the invisible character (often pasted from another document); right-to-left words display correctly without it.',
				});
		}
	},
});
