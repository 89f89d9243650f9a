// The catalog trainers and other systems read (catalog.json and catalog.csv, src/site/catalog.ts): every reader
// page, reflection question, glossary term and reference, with its address and short link. Expected values are
// written out from the content files, not computed with the code under test.
import { describe, expect, test } from 'vitest';
import { loadHandbookConfig, type HandbookConfig } from '../../src/config.ts';
import { readHandbook } from '../../src/handbook/handbook.ts';
import { buildCatalog, catalogCsv, catalogNote, csvCell } from '../../src/site/catalog.ts';
import { pageSummaries } from '../../src/site/page-graph.ts';
import type { Catalog, CatalogEntry } from '../../src/schemas/catalog.ts';

describe('a CSV cell', () => {
	test('a cell a spreadsheet would run as a formula starts with an apostrophe, and still shows its words', () => {
		expect(csvCell('=HYPERLINK("http://evil.example","Trust")')).toBe(
			`"'=HYPERLINK(""http://evil.example"",""Trust"")"`,
		);
		expect(csvCell('+1 to partnerships')).toBe("'+1 to partnerships");
		expect(csvCell('-2')).toBe("'-2");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\tTabbed')).toBe("'\tTabbed");
		// A carriage return starts a formula in some spreadsheets, and is a line break for CSV: both apply.
		expect(csvCell('\rReturn')).toBe(`"'\rReturn"`);
	});

	test('a sign inside the text, not at its start, is left alone', () => {
		expect(csvCell('Trust = time')).toBe('Trust = time');
		expect(csvCell('e-mail @ work')).toBe('e-mail @ work');
	});

	test('commas, quotes and line breaks are quoted as RFC 4180 says; plain text is not', () => {
		expect(csvCell('Trust, respect')).toBe('"Trust, respect"');
		expect(csvCell('"my board won\'t sign off"')).toBe('"""my board won\'t sign off"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('Trust')).toBe('Trust');
		expect(csvCell('')).toBe('');
	});
});

test("catalog.csv: a header row, one row per entry in the columns' order, capabilities joined by spaces, CRLF line ends", () => {
	const entry = (fields: Partial<CatalogEntry>): CatalogEntry => ({
		id: 'trust',
		type: 'topic',
		title: 'Trust',
		summary: 'How trust starts, grows and shapes results.',
		capabilities: ['build-partnerships', 'navigate-socio-political'],
		url: 'https://handbook.example.org/coalitions/trust/',
		shortLink: 'https://handbook.example.org/go/trust/',
		reviewed: '2026-05-04',
		lang: 'en-CA',
		...fields,
	});
	const catalog: Catalog = {
		title: 'The Coalitions Handbook',
		note: catalogNote,
		site: 'https://handbook.example.org/',
		generated: '2026-12-06',
		entries: [
			entry({}),
			entry({ id: 'kanter', type: 'reference', title: '=cmd', capabilities: [], shortLink: null, reviewed: null }),
		],
	};
	expect(catalogCsv(catalog)).toBe(
		'id,type,title,summary,capabilities,url,shortLink,reviewed,lang\r\n' +
			'trust,topic,Trust,"How trust starts, grows and shapes results.",build-partnerships navigate-socio-political,https://handbook.example.org/coalitions/trust/,https://handbook.example.org/go/trust/,2026-05-04,en-CA\r\n' +
			'kanter,reference,\'=cmd,"How trust starts, grows and shapes results.",,https://handbook.example.org/coalitions/trust/,,,en-CA\r\n',
	);
});

describe('the catalog of the handbook', () => {
	const published: HandbookConfig = {
		...loadHandbookConfig(),
		site: 'https://handbook.example.org',
		base: '/handbook/',
	};
	const preview: HandbookConfig = { ...published, site: null, base: '/' };
	const handbook = () => readHandbook('content');
	const byId = (catalog: Catalog, type: CatalogEntry['type'], id: string) =>
		catalog.entries.find((entry) => entry.type === type && entry.id === id);
	const date = /^\d{4}-\d{2}-\d{2}$/;
	const reviewedOn = (url: string) => pageSummaries(handbook()).get(url)?.reviewed ?? null;

	test('says what it is, where the site is, and when it was made', () => {
		const catalog = buildCatalog(handbook(), published);
		expect(catalog.title).toBe('The Coalitions Handbook');
		expect(catalog.note).toMatch(/^Every string in this file is plain text, not HTML/);
		expect(catalog.site).toBe('https://handbook.example.org/handbook/');
		expect(catalog.generated).toMatch(date);
	});

	test('a reader page: its short id, type, description, tags, full address, short link and In brief as plain text', () => {
		const trust = byId(buildCatalog(handbook(), published), 'topic', 'trust')!;
		expect(trust).toMatchObject({
			title: 'Trust',
			summary:
				'How trust starts, grows and shapes results in a coalition, what happens when it is missing, and why partners may hide behind governance.',
			capabilities: ['build-partnerships', 'navigate-socio-political', 'commit-to-service'],
			url: 'https://handbook.example.org/handbook/coalitions/trust/',
			shortLink: 'https://handbook.example.org/handbook/go/trust/',
		});
		// The date the page shows as "Last reviewed" (from its history: none where the project has no git history).
		expect(trust.reviewed).toBe(reviewedOn('/coalitions/trust/'));
		// The points without their citations, as plain text; the keys each point cites travel beside it.
		expect(trust.inBrief).toHaveLength(5);
		expect(trust.inBrief![0]).toBe(
			"Trust begins with the first intent to collaborate, keeps evolving, and moderates a partnership's results.",
		);
		expect(trust.inBrief![2]).toBe(
			"A reply such as my board won't sign off may signal missing trust more than rigid governance.",
		);
		expect(trust.inBriefSources).toEqual([
			['leadersforlife-2010-develop'],
			['tudorwilliams-2024-creating'],
			['tudorwilliams-2024-creating'],
			['kingsfund-nd-practice'],
			['kingsfund-nd-practice'],
		]);
	});

	test('a reflection question, a glossary term (its first sentence) and a reference, each at its own address', () => {
		const catalog = buildCatalog(handbook(), published);
		expect(byId(catalog, 'reflection-question', 'key-partners-in-my-unit')).toMatchObject({
			title: 'Who are my key partners in achieving results within my unit?',
			summary: 'A reflection question from the Develop Coalitions slides, for individual or workshop use.',
			capabilities: ['build-partnerships'],
			url: 'https://handbook.example.org/handbook/reflection/#key-partners-in-my-unit',
		});
		const term = byId(catalog, 'glossary-term', 'accountable-care-organization')!;
		expect(term).toMatchObject({
			title: 'Accountable care organization (ACO)',
			summary:
				'A model of integrated service delivery that the IOCN case study mentions as arising in the United States, with similar models in the UK.',
			capabilities: [],
			url: 'https://handbook.example.org/handbook/glossary/#accountable-care-organization',
		});
		expect(term.reviewed).toBe(reviewedOn('/glossary/'));
		const reference = byId(catalog, 'reference', 'leadersforlife-2010-develop')!;
		expect(reference).toMatchObject({
			title: 'Develop coalitions. The root of the matter: What every health leader should know',
			capabilities: [],
			url: 'https://handbook.example.org/handbook/references/#ref-leadersforlife-2010-develop',
			shortLink: null,
		});
		expect(reference.summary).toMatch(/^Leaders for Life\. \(2010\)\. Develop coalitions\./);
	});

	test('holds every reader page once, and no page that is not for readers', () => {
		const catalog = buildCatalog(handbook(), published);
		const pages = catalog.entries.filter(
			(e) => !['reflection-question', 'glossary-term', 'reference'].includes(e.type),
		);
		expect(new Set(pages.map((e) => e.id)).size).toBe(pages.length);
		expect(pages.map((e) => e.type)).not.toContain('guide');
		expect(pages.find((e) => e.url.endsWith('/authoring/'))).toBeUndefined();
		expect(catalog.entries.filter((e) => e.type === 'reference')).toHaveLength(22);
	});

	test('in a preview build every address is a site path', () => {
		const catalog = buildCatalog(handbook(), preview);
		expect(catalog.site).toBe('/');
		expect(byId(catalog, 'topic', 'trust')).toMatchObject({ url: '/coalitions/trust/', shortLink: '/go/trust/' });
	});
});
