import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { mutationRun } from '../helpers/mutation-run.ts';
import {
	citePath,
	embedPath,
	pathWithBase,
	qrPath,
	referencePath,
	reflectionPath,
	rootRelative,
	shortPath,
	siteBase,
	termPath,
	withBase,
} from '../../src/model/routes.ts';

// The route builder (src/model/routes.ts) is the one place that reads the base path and builds the addresses
// of the page types: a site at the root and a site under a folder must both get working links from it.
afterEach(() => vi.unstubAllEnvs());

describe('a relative link, as the site address it reaches from its page', () => {
	test('up, down and beside the page, with its query and anchor', () => {
		const from = '/leads/develop-coalitions/mobilize-knowledge/';
		expect(rootRelative('../build-partnerships', from)).toBe('/leads/develop-coalitions/build-partnerships');
		expect(rootRelative('trust#why', from)).toBe('/leads/develop-coalitions/mobilize-knowledge/trust#why');
		expect(rootRelative('../../../cases/example/?x=1', from)).toBe('/cases/example/?x=1');
		expect(rootRelative(' ../trust', from)).toBe('/leads/develop-coalitions/trust');
	});

	test('anything else as written: site paths, other sites and schemes, the page itself, what a browser reads as a scheme', () => {
		const from = '/cases/example/';
		for (const address of [
			'/leads/',
			'https://example.org/',
			'//example.org/x',
			' //example.org/x',
			'mailto:a@example.org',
			'#context',
			'?q=trust',
			'',
			' \tjavascript:alert(1)',
			'\njava\tscript:alert(1)',
		])
			expect(rootRelative(address, from), JSON.stringify(address)).toBe(address);
	});
});

describe('routes without base', () => {
	test('each kind of address', () => {
		expect(referencePath('kanter-1994-collaborative')).toBe('/references/#ref-kanter-1994-collaborative');
		expect(termPath('coalition')).toBe('/glossary/#coalition');
		expect(reflectionPath('rq-trust')).toBe('/reflection/#rq-trust');
		expect(shortPath('trust')).toBe('/go/trust/');
		expect(qrPath('trust')).toBe('/qr/trust.svg');
		expect(embedPath('trust')).toBe('/embed/trust/');
		expect(citePath('/practices/build-trust/', 'bib')).toBe('/cite/practices/build-trust.bib');
		expect(citePath('/', 'json')).toBe('/cite/home.json');
	});
});

describe.each([
	{ base: '/', leads: '/leads/', reference: '/references/#ref-x-2000' },
	{ base: '/handbook/', leads: '/handbook/leads/', reference: '/handbook/references/#ref-x-2000' },
	{ base: '/handbook', leads: '/handbook/leads/', reference: '/handbook/references/#ref-x-2000' },
])('base $base', ({ base, leads, reference }) => {
	test('withBase puts the base in front of a root-relative path, once', () => {
		expect(withBase(base, '/leads/')).toBe(leads);
		expect(withBase(base, referencePath('x-2000'))).toBe(reference);
	});

	test('withBase leaves full and protocol-relative addresses and fragments alone', () => {
		expect(withBase(base, 'https://example.org/x')).toBe('https://example.org/x');
		expect(withBase(base, '//example.org/x')).toBe('//example.org/x');
		expect(withBase(base, '#top')).toBe('#top');
	});

	test('pathWithBase reads the base Astro was built with', () => {
		vi.stubEnv('BASE_URL', base);
		expect(siteBase()).toBe(base);
		expect(pathWithBase('/leads/')).toBe(leads);
		expect(pathWithBase(referencePath('x-2000'))).toBe(reference);
	});
});

test.skipIf(mutationRun)('outside Vite (an npm script under plain Node) the base is the root', () => {
	const repo = path.resolve(import.meta.dirname, '../..');
	const output = execFileSync(
		path.join(repo, 'node_modules/.bin/node'),
		[
			'--input-type=module',
			'-e',
			"const r = await import('./src/model/routes.ts'); console.log(r.pathWithBase('/go/x/'));",
		],
		{ cwd: repo, encoding: 'utf8' },
	);
	expect(output.trim()).toBe('/go/x/');
});
