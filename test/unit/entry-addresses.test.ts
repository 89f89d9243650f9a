// A hero's actions and a banner's links, which Starlight writes as given: under a base path they must get it, and a
// page its trailing slash, as the links of a page's body do (test/unit/plugins.test.ts).
import { describe, expect, test } from 'vitest';
import { withSiteAddresses } from '../../src/site/entry-addresses.ts';

describe('the addresses a page gives Starlight in its frontmatter', () => {
	const data = {
		title: 'Home',
		hero: {
			title: 'The Coalitions Handbook',
			actions: [
				{ text: 'Start with LEADS', link: '/leads/develop-coalitions/', variant: 'primary' },
				{ text: 'How to use it', link: '/how-to-use' },
				{ text: 'Elsewhere', link: 'https://example.com/x' },
			],
		},
		banner: {
			content:
				'New: <a href="/coalitions/trust#start" title="A &amp; B">trust</a>, <a href="mailto:a@example.com">mail</a>, <a href="#top">top</a>.',
		},
	};

	test('under a base path, site addresses get it and a page its slash; the rest is as written', () => {
		const rebased = withSiteAddresses(data, '/handbook/');
		expect(rebased.hero!.actions.map((action) => action.link)).toEqual([
			'/handbook/leads/develop-coalitions/',
			'/handbook/how-to-use/',
			'https://example.com/x',
		]);
		expect(rebased.hero!.actions[0]).toMatchObject({ text: 'Start with LEADS', variant: 'primary' });
		expect(rebased.banner!.content).toBe(
			'New: <a href="/handbook/coalitions/trust/#start" title="A &amp; B">trust</a>, <a href="mailto:a@example.com">mail</a>, <a href="#top">top</a>.',
		);
		expect(rebased.title).toBe('Home');
	});

	test('the entry is left as it was (it is shared by every render), and a page without either is returned as it is', () => {
		const before = structuredClone(data);
		withSiteAddresses(data, '/handbook/');
		expect(data).toEqual(before);
		const plain: { title: string; banner?: { content: string } } = { title: 'A page' };
		expect(withSiteAddresses(plain, '/handbook/')).toBe(plain);
	});

	test('at the root, only the missing slash of a page changes', () => {
		const rebased = withSiteAddresses(data, '/');
		expect(rebased.hero!.actions.map((action) => action.link)).toEqual([
			'/leads/develop-coalitions/',
			'/how-to-use/',
			'https://example.com/x',
		]);
		expect(rebased.banner!.content).toContain('href="/coalitions/trust/#start"');
	});
});
