// The built site keeps what the handbook promises about its traces: pinpoint citations lead to the part of
// the source they name, every page that shows how many pages serve a capability shows the same number,
// and the reflection questions come in the slides' order.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();

/** A page of the built site, without JavaScript (what is counted is in the HTML); close its context after use. */
async function open(url: string): Promise<Page> {
	const context = await site.browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(new URL(url.slice(1), site.server.url).href);
	return page;
}

/** The count test reads 26 pages: generous, so that a machine under load still passes. */
const manyPages = 600_000;

/** The sixteen closing questions of the Building Blocks slides, copied in the slides' order from the source text. */
const slidesOrder = [
	'Who are my key partners in achieving results within my unit?',
	'What do I do to develop the kind of partnerships needed in my role?',
	'With whom do I collaborate outside of my unit?',
	'How do I contribute to the key partnerships I need to achieve results?',
	'How do I include staff in discussion of their ideas and best practices for improvement?',
	'What challenges face me to improve my ability to partner effectively?',
	'Where do I look for information (evidence) when making decisions?',
	'Are others clear and inspired about where we are going together in our partnerships?',
	'How do I use evidence in making decisions?',
	'How might I improve my ability to form partnerships that benefit my work?',
	'What skills would help me be more effective in mobilizing support for initiatives?',
	'What service do I provide to others?',
	'How diverse is my network of partners?',
	'How do I facilitate open sharing of information with diverse groups?',
	'How do I include customers in planning for service improvement?',
	'What political aspects of forming partnerships most challenge me?',
];

describe('reflection questions', () => {
	test('/reflection/ lists the questions in the order of the slides, as it says', async () => {
		const page = await open('/reflection/');
		expect(await page.locator('main').textContent()).toContain('in their original order');
		const shown = (await page.locator('ol.reflection-questions > li q').allTextContents()).map((t) => t.trim());
		expect(shown).toEqual(slidesOrder);
		await page.context().close();
	});
});

/** Capability path to the count a table shows in the row that links to it. */
async function countsByRow(page: Page, table: string): Promise<Map<string, number>> {
	const rows = await page.locator(`${table} tbody tr`).evaluateAll((trs) =>
		trs.flatMap((tr) => {
			const link = [...tr.querySelectorAll('a')].find((a) => /\/leads\/[^/]+\/[^/]+\/$/.test(a.pathname));
			const cells = tr.querySelectorAll('td');
			return link && cells.length ? [[link.pathname, Number(cells[cells.length - 1]!.textContent)] as const] : [];
		}),
	);
	return new Map(rows);
}

describe('how many pages serve a capability', () => {
	test(
		'the LEADS overview, the domain pages, the capability map and each capability page agree',
		async () => {
			const overview = await open('/leads/');
			const leads = await countsByRow(overview, 'table.capability-table');
			await overview.context().close();
			expect(leads.size).toBe(20);
			const map = await open('/capability-map/');
			const mapped = await countsByRow(map, 'table.capability-map');
			await map.context().close();
			expect(mapped).toEqual(leads);
			const domains = new Set([...leads.keys()].map((url) => url.split('/').slice(0, 3).join('/') + '/'));
			for (const domain of domains) {
				const page = await open(domain);
				const own = await countsByRow(page, 'table.capability-table');
				await page.context().close();
				expect(own.size, domain).toBe(4);
				for (const [url, count] of own) expect(count, url).toBe(leads.get(url));
			}
			for (const [url, count] of leads) {
				const page = await open(url);
				// Each group lists its pages, or its first ones and a link to all N of them on the search page.
				const listed = await page.locator('section.backlinks ul').evaluateAll((lists) =>
					lists
						.map((ul) => [...ul.querySelectorAll('a')] as HTMLAnchorElement[])
						// Reflection questions (links to /reflection/#question) are not pages.
						.filter((as) => !as.some((a) => a.pathname === '/reflection/' && a.hash))
						.reduce((sum, as) => {
							const all = as.find((a) => a.pathname.endsWith('/search/'));
							return sum + (all ? Number(/All (\d+)/.exec(all.textContent ?? '')?.[1]) : as.length);
						}, 0),
				);
				const said = (await page.locator('section.backlinks').textContent()) ?? '';
				// Nor does the page's own text (seven pages said so while their domain page links to them).
				const body = (await page.locator('main').textContent()) ?? '';
				await page.context().close();
				expect(body, url).not.toMatch(/no other page of the handbook links to it/i);
				expect(listed, url).toBe(count);
				// An empty list never claims no page links here: the domain page does, and the text says so.
				if (count === 0 && !said.includes('Reflection questions')) expect(said, url).toMatch(/domain page lists it/);
				expect(said, url).not.toMatch(/No other page/);
			}
		},
		manyPages,
	);
});

describe('pinpoint citations', () => {
	test('a citation of a part of a source links to that part on the source page, which has it as a heading', async () => {
		const page = await open('/cases/iocn/');
		const links = await page
			.locator('.sl-markdown-content a.citation')
			.evaluateAll((as) =>
				as.map((a) => [(a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash, a.textContent]),
			);
		await page.context().close();
		const section = links.find(([, text]) => text?.includes('Section III.1'));
		expect(section?.[0]).toBe('/sources/iocn-case-study/#sec-iii-1');
		const located = new Set(links.map(([href]) => href!).filter((href) => href.includes('#sec-')));
		expect(located.size).toBeGreaterThan(5);
		const source = await open('/sources/iocn-case-study/');
		for (const href of located) {
			const id = href.split('#')[1]!;
			expect(await source.locator(`h3[id="${id}"]`).count(), href).toBe(1);
		}
		expect(await source.locator('h3#sec-iii-1').textContent()).toBe('III.1 IOCN Overview and Key Findings');
		await source.context().close();
	});
});
