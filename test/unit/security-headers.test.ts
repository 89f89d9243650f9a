import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { headersFile } from '../../src/integrations/security-headers.ts';
import { readHeadersFile } from '../helpers/static-server.ts';

const policy = "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'";
const topLevel = [
	{ name: '404.html', folder: false },
	{ name: '_astro', folder: true },
	{ name: 'embed', folder: true },
	{ name: 'leads', folder: true },
	{ name: 'index.html', folder: false },
];

/** The headers a host reading the `_headers` file written for `embedOrigins` sends for each path. */
function served(base: string, embedOrigins: string[]) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-headers-'));
	fs.writeFileSync(path.join(dir, '_headers'), headersFile(topLevel, policy, base, embedOrigins));
	return readHeadersFile(dir);
}

/**
 * What browsers enforce when a header holds several policies (a host joined two rules' values): every
 * policy applies, so a frame is allowed only by an origin that each policy's frame-ancestors names.
 */
function effectiveFrameAncestors(header: string | undefined): string[] {
	const lists = (header ?? '')
		.split(',')
		.map((one) => one.split(';').map((d) => d.trim().split(/\s+/)))
		.map((directives) => directives.find(([name]) => name === 'frame-ancestors')?.slice(1))
		.filter((list): list is string[] => list !== undefined);
	if (!lists.length || lists.some((list) => list.includes("'none'"))) return lists.length ? ["'none'"] : [];
	return lists.reduce((kept, list) => kept.filter((origin) => list.includes(origin)));
}

describe('_headers', () => {
	test.each(['/', '/handbook/'])('an unknown path (the 404) gets every security header (base %s)', (base) => {
		for (const embedOrigins of [[], ['https://moodle.example.edu']]) {
			const headers = served(base, embedOrigins)(`${base}no-such-page/`);
			expect(headers['content-security-policy'], base).toContain("script-src 'self' 'sha256-abc='");
			expect(effectiveFrameAncestors(headers['content-security-policy'])).toEqual(
				embedOrigins.length ? embedOrigins : ["'none'"],
			);
			expect(headers['x-content-type-options']).toBe('nosniff');
			expect(headers['referrer-policy']).toBeDefined();
			expect(headers['x-frame-options']).toBe(embedOrigins.length ? undefined : 'DENY');
		}
	});

	test('pages may never be framed, embed views only by the configured origins, whichever way a host joins rules', () => {
		const lms = 'https://moodle.example.edu';
		const withOrigin = served('/', [lms]);
		expect(effectiveFrameAncestors(withOrigin('/embed/trust/')['content-security-policy'])).toEqual([lms]);
		expect(withOrigin('/embed/trust/')['x-frame-options']).toBeUndefined();
		for (const page of ['/', '/leads/trust/', '/index.html'])
			expect(effectiveFrameAncestors(withOrigin(page)['content-security-policy']), page).toEqual(["'none'"]);
		expect(withOrigin('/leads/trust/')['x-frame-options']).toBe('DENY');
		const without = served('/', []);
		for (const page of ['/', '/embed/trust/', '/leads/trust/'])
			expect(effectiveFrameAncestors(without(page)['content-security-policy']), page).toEqual(["'none'"]);
	});
});
