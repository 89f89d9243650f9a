import { defineRule } from '../rule.ts';

/** The most a page may weigh: the handbook's longest page is about 23 KB; a browser lays out 200 KB quickly. */
export const maxPageKilobytes = 200;
/** The most headings a page may have: the longest page has 17; thousands took a browser minutes to open. */
export const maxHeadings = 300;

export default defineRule({
	id: 'page-size',
	kind: 'safety',
	summary: `A page stays readable and quick to open: at most ${maxPageKilobytes} KB and ${maxHeadings} headings.`,
	example: 'A page of 10,000 `##` headings (a pasted export)',
	fix: 'Several pages of one section each, linked from a section page',
	scope: 'page',
	check({ pages, report }) {
		const hint =
			'Split the page into several pages of one section each (readers and search find a short page more easily), ' +
			'or move long lists into a data file.';
		for (const page of pages) {
			if (page.unreadable) continue; // a page over the hard limit is reported, unread, by unreadable-file
			if (page.bytes > maxPageKilobytes * 1024)
				report({
					file: page.file,
					at: { line: 1, column: 1 },
					message: `the page is ${Math.ceil(page.bytes / 1024)} KB, over the ${maxPageKilobytes} KB a page may be`,
					hint,
				});
			const over = page.headings[maxHeadings];
			if (over)
				report({
					file: page.file,
					at: over.position,
					message: `the page has ${page.headings.length} headings, over the ${maxHeadings} a page may have (this is heading ${maxHeadings + 1})`,
					hint,
				});
		}
	},
});
