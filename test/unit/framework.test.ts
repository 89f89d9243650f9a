// The LEADS framework as the handbook indexes it (src/model/framework.ts) from content/taxonomy/leads.yaml: each
// capability found by its id with its domain, and the addresses of their pages. Expected values written out by hand.
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildFramework, capabilityPath, domainPath, emptyFramework } from '../../src/model/framework.ts';
import { frameworkFileSchema } from '../../src/schemas/framework.ts';

const framework = buildFramework(
	frameworkFileSchema.parse(parse(fs.readFileSync('content/taxonomy/leads.yaml', 'utf8'))),
);

describe('the LEADS framework', () => {
	test('five domains of four capabilities, in the sources’ order, each capability with its domain', () => {
		expect(framework.name).toBe('LEADS in a Caring Environment');
		expect(framework.sources).toEqual(['vaidya-2017-building', 'leadersforlife-2010-develop']);
		expect(framework.domains.map((d) => d.name)).toEqual([
			'Lead Self',
			'Engage Others',
			'Achieve Results',
			'Develop Coalitions',
			'Systems Transformation',
		]);
		expect(framework.capabilities.size).toBe(20);
		expect(framework.capabilities.get('mobilize-knowledge')).toEqual({
			id: 'mobilize-knowledge',
			name: 'Mobilize knowledge',
			namedIn: ['vaidya-2017-building', 'leadersforlife-2010-develop'],
			domainId: 'develop-coalitions',
			domainName: 'Develop Coalitions',
		});
		expect(framework.domainsById.get('develop-coalitions')!.capabilities.map((c) => c.id)).toEqual([
			'build-partnerships',
			'navigate-socio-political',
			'commit-to-service',
			'mobilize-knowledge',
		]);
		expect(framework.capabilities.get('self-aware')!.domainName).toBe('Lead Self');
		expect(framework.capabilities.has('develop-coalitions')).toBe(false);
	});

	test('the addresses of a domain’s and a capability’s pages', () => {
		expect(domainPath(framework.domainsById.get('develop-coalitions')!)).toBe('/leads/develop-coalitions/');
		expect(capabilityPath(framework.capabilities.get('mobilize-knowledge')!)).toBe(
			'/leads/develop-coalitions/mobilize-knowledge/',
		);
	});

	test('while the taxonomy file is unusable, pages see a framework with nothing in it', () => {
		expect(emptyFramework()).toEqual({
			name: '',
			edition: '',
			sources: [],
			domains: [],
			capabilities: new Map(),
			domainsById: new Map(),
		});
	});
});
