import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { componentInlineCode, frameAncestors, headersFile } from '../../src/integrations/security-headers.ts';
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

describe('the security policy, written out', () => {
	const lms = 'https://moodle.example.edu';

	test("who may frame a page: nobody ('none'), except the configured origins for an embed view", () => {
		expect(frameAncestors(true, [lms, 'https://canvas.example.edu'])).toBe(
			'frame-ancestors https://moodle.example.edu https://canvas.example.edu',
		);
		expect(frameAncestors(false, [lms])).toBe("frame-ancestors 'none'");
		expect(frameAncestors(true, [])).toBe("frame-ancestors 'none'");
	});

	test('`_headers` for a handbook under /handbook/ whose embed views one learning system may frame', () => {
		const file = headersFile(
			[
				{ name: '_astro', folder: true },
				{ name: 'embed', folder: true },
				{ name: 'robots.txt', folder: false },
				// Files the host reads itself: no rule.
				{ name: '_headers', folder: false },
				{ name: '_redirects', folder: false },
			],
			"default-src 'self'",
			'/handbook/',
			[lms],
		);
		expect(file).toBe(
			[
				'/handbook/*',
				'  X-Content-Type-Options: nosniff',
				'  Referrer-Policy: strict-origin-when-cross-origin',
				'  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
				'  Cross-Origin-Opener-Policy: same-origin',
				"  Content-Security-Policy: default-src 'self'; frame-ancestors https://moodle.example.edu",
				'/handbook/',
				"  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
				'  X-Frame-Options: DENY',
				'/handbook/_astro/*',
				"  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
				'  X-Frame-Options: DENY',
				'/handbook/embed/*',
				"  Content-Security-Policy: default-src 'self'; frame-ancestors https://moodle.example.edu",
				'/handbook/robots.txt',
				"  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
				'  X-Frame-Options: DENY',
				'',
			].join('\n'),
		);
	});

	test('with no framing origin, X-Frame-Options: DENY is said once, for every path', () => {
		const file = headersFile([{ name: 'embed', folder: true }], "default-src 'self'", '/', []);
		expect(file.match(/X-Frame-Options: DENY/g)).toHaveLength(1);
		expect(file).toContain("/embed/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n");
	});

	test("the inline code the policy allows is what the site's own components print as they are (`is:inline`)", () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-components-'));
		fs.mkdirSync(path.join(dir, 'nested'));
		fs.writeFileSync(
			path.join(dir, 'Theme.astro'),
			'<script is:inline>\n  document.documentElement.dataset.theme = "dark";\n</script>\n<script>bundled()</script>\n',
		);
		fs.writeFileSync(
			path.join(dir, 'nested', 'Box.astro'),
			'<style is:inline data-x>\n.box { color: red }\n</style><style>.scoped {}</style>',
		);
		// Not a component: its text is never printed as it is.
		fs.writeFileSync(path.join(dir, 'notes.md'), '<script is:inline>evil()</script>');
		const { scripts, styles } = componentInlineCode([dir, path.join(dir, 'missing')]);
		expect([...scripts]).toEqual(['document.documentElement.dataset.theme = "dark";']);
		expect([...styles]).toEqual(['.box { color: red }']);
	});
});
