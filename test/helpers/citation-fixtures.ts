// Made-up works (not handbook content) for the unit tests of the citation modules: a book by two authors, a
// report by an organization with no date, and a journal article by three authors, one given by family name only.
import type { Reference } from '../../src/schemas/reference.ts';

export const note = 'cited-in: example-nd-partnership';
export const references: Reference[] = [
	{
		id: 'lindqvist-2019-working',
		type: 'book',
		author: [
			{ family: 'Lindqvist', given: 'Mara Jo' },
			{ family: 'Okafor', given: 'Daniel' },
		],
		title: 'Working across organizations',
		publisher: 'Example Press',
		'publisher-place': 'Toronto',
		issued: { 'date-parts': [[2019]] },
		note,
	},
	{
		id: 'example-nd-partnership',
		type: 'report',
		author: [{ literal: 'Example Health Network' }],
		title: 'Partnership notes',
		note,
	},
	{
		id: 'brandt-2021-shared',
		type: 'article-journal',
		author: [{ family: 'Brandt', given: 'Ilse' }, { family: 'Chen' }, { family: 'Dubois', given: 'Anne' }],
		title: 'Shared leadership in practice',
		'container-title': 'Journal of Examples',
		volume: '4',
		issue: '2',
		page: '10-19',
		issued: { 'date-parts': [[2021, 6]] },
		note,
	},
];
