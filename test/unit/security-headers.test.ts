import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
	componentInlineCode,
	frameAncestors,
	headersFile,
	maxHeaderRules,
	securityHeaders,
} from '../../src/integrations/security-headers.ts';
import { readHeadersFile } from '../helpers/static-server.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

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
	const dir = temporaryFolder('handbook-headers-');
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
		const dir = temporaryFolder('handbook-components-');
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

describe('the pass over the built pages (`astro:build:done`)', () => {
	const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
	const themeScript = 'document.documentElement.dataset.theme = "dark";';
	const bodyStyle = 'body{margin:0}';
	const knownInline = 'window.known = 1;';
	const knownStyle = '.known{color:blue}';
	// Longer than the 40 characters a warning quotes.
	const contentScript = 'alert("from the content, which no component prints")';

	/** A built site in a temporary folder: pages as Astro writes them, with Astro's policy in a meta tag. */
	function builtSite(pages: Record<string, string>) {
		const dir = temporaryFolder('handbook-csp-');
		for (const [name, html] of Object.entries(pages)) {
			fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
			fs.writeFileSync(path.join(dir, name), html);
		}
		const components = temporaryFolder('handbook-csp-components-');
		fs.writeFileSync(
			path.join(components, 'Known.astro'),
			`<script data-astro-rerun is:inline>\n${knownInline}\n</script>\n<style data-theme is:inline>\n${knownStyle}\n</style>`,
		);
		return { dir, components };
	}
	const astroMeta = `<meta http-equiv="content-security-policy" content="script-src 'self' ${sha(themeScript)}; style-src 'self' ${sha(bodyStyle)}">`;
	const page = (body: string) =>
		`<!doctype html><html><head><meta charset="utf-8">${astroMeta}<script>${themeScript}</script><style>${bodyStyle}</style></head><body>${body}</body></html>`;

	/** Runs the integration's hooks on the folder as Astro would, and returns what it logged. */
	function run(
		dir: string,
		components: string,
		options: { base?: string; embedOrigins?: string[]; later?: string[] } = {},
	) {
		const logged: { level: string; message: string }[] = [];
		const logger = Object.fromEntries(
			['info', 'warn', 'error', 'debug'].map((level) => [level, (message: string) => logged.push({ level, message })]),
		);
		const integration = securityHeaders({
			componentFolders: [components],
			embedOrigins: options.embedOrigins ?? [],
			laterTopLevel: options.later,
		});
		const hooks = integration.hooks as Record<string, (arg: unknown) => void>;
		hooks['astro:config:done']!({ config: { base: options.base ?? '/' } });
		hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), logger });
		return logged;
	}
	const policyOf = (html: string) =>
		/<head><meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1];

	test("each page's policy goes first in <head>, naming its own scripts and styles and the fixed directives", () => {
		const { dir, components } = builtSite({ 'index.html': page('<p>Home</p>') });
		run(dir, components);
		const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
		expect(policyOf(html)).toBe(
			[
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
				"style-src-attr 'unsafe-inline'",
				`script-src 'self' 'wasm-unsafe-eval' ${sha(themeScript)}`,
				`style-src 'self' ${sha(bodyStyle)}`,
			].join('; '),
		);
		// Astro's own meta tag is gone: one policy per page, first in <head>, and the rest of the page as it was.
		expect(html.match(/content-security-policy/g)).toHaveLength(1);
		expect(html.replace(/<meta http-equiv="content-security-policy" content="[^"]*">/, '')).toBe(
			page('<p>Home</p>').replace(astroMeta, ''),
		);
		expect(html).not.toContain(astroMeta);
	});

	test('inline code from the content is left out of the policy and named in a warning; known components, data and files are not', () => {
		const { dir, components } = builtSite({
			'leads/index.html': page(
				`<script>${contentScript}</script><style data-x>\np{color:red}\n</style>` +
					'<script type="module">import("/x.js")</script>' +
					`<script>\n${knownInline}\n</script><style>  ${knownStyle}\n</style>` +
					'<script type="application/ld+json">{"@type":"WebPage"}</script>' +
					'<script type=application/json>{"a":1}</script><script type="application/json">[]</script>' +
					'<script type="module" src="/_astro/page.js"></script>',
			),
		});
		const logged = run(dir, components);
		const policy = policyOf(fs.readFileSync(path.join(dir, 'leads', 'index.html'), 'utf8'))!;
		expect(policy).toContain(sha(`\n${knownInline}\n`));
		expect(policy).toContain(sha(`  ${knownStyle}\n`));
		for (const refused of [contentScript, '\np{color:red}\n', 'import("/x.js")', '{"@type":"WebPage"}', '{"a":1}'])
			expect(policy).not.toContain(sha(refused));
		const where = path.join('leads', 'index.html');
		expect(logged.filter((l) => l.level === 'warn').map((l) => l.message)).toEqual([
			`Left out of the security policy (browsers will refuse it): ${where}: <script>alert("from the content, which no compon`,
			`Left out of the security policy (browsers will refuse it): ${where}: <script>import("/x.js")`,
			`Left out of the security policy (browsers will refuse it): ${where}: <style>\np{color:red}\n`,
		]);
	});

	test('a page without a policy of its own (a redirect page) is left as it was', () => {
		const redirect = '<!doctype html><html><head><meta http-equiv="refresh" content="0; url=/trust/"></head></html>';
		const { dir, components } = builtSite({ 'go/trust/index.html': redirect, 'index.html': page('') });
		run(dir, components);
		expect(fs.readFileSync(path.join(dir, 'go', 'trust', 'index.html'), 'utf8')).toBe(redirect);
	});

	test("`_headers` carries the union of the pages' hashes, one rule per top-level entry, with the base path and later folders", () => {
		const otherScript = 'console.log(2)';
		const otherStyle = 'a{color:green}';
		const other = page('')
			.replace(`${sha(themeScript)};`, `${sha(themeScript)} ${sha(otherScript)};`)
			.replace(`${sha(bodyStyle)}">`, `${sha(bodyStyle)} ${sha(otherStyle)}">`)
			.replace('</head>', `<style>${otherStyle}</style></head>`);
		const { dir, components } = builtSite({
			'index.html': page(''),
			'leads/index.html': other.replace('<body>', `<body><script>${otherScript}</script>`),
			_redirects: '/go/trust/ /handbook/trust/ 302\n',
		});
		const logged = run(dir, components, {
			base: '/handbook/',
			embedOrigins: ['https://lms.example.edu'],
			later: ['embed', 'leads'],
		});
		const headers = fs.readFileSync(path.join(dir, '_headers'), 'utf8');
		const scriptSrc = [sha(themeScript), sha(otherScript)].sort().join(' ');
		const styleSrc = [sha(bodyStyle), sha(otherStyle)].sort().join(' ');
		expect(headers).toContain(
			`script-src 'self' 'wasm-unsafe-eval' ${scriptSrc}; style-src 'self' ${styleSrc}; frame-ancestors https://lms.example.edu`,
		);
		const rules = headers.split('\n').filter((line) => line.startsWith('/'));
		expect(rules).toEqual([
			'/handbook/*',
			'/handbook/',
			'/handbook/embed/*',
			'/handbook/index.html',
			'/handbook/leads/*',
		]);
		expect(logged.filter((l) => l.level === 'info').map((l) => l.message)).toEqual([
			'Content security policy written on 2 pages; _headers written (5 rules; embed views may be framed by https://lms.example.edu).',
		]);
	});

	test('with no framing origin the summary says so; 100 rules, the most Cloudflare Pages reads, give no warning', () => {
		const pages = Object.fromEntries(Array.from({ length: 98 }, (_, i) => [`page-${i}.html`, '<p>x</p>']));
		const { dir, components } = builtSite(pages);
		const logged = run(dir, components);
		expect(logged).toEqual([
			{
				level: 'info',
				message:
					'Content security policy written on 98 pages; _headers written (100 rules; embed views may be framed by no origin).',
			},
		]);
	});

	test('more top-level entries than Cloudflare Pages reads: a warning says so and what to do', () => {
		const pages = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`page-${i}.html`, '<p>x</p>']));
		const { dir, components } = builtSite(pages);
		const warnings = run(dir, components).filter((l) => l.level === 'warn');
		expect(warnings.map((l) => l.message)).toEqual([
			`_headers has 102 rules, more than the ${maxHeaderRules} Cloudflare Pages reads: the site has too many top-level files and folders. Group them in fewer folders, or set the headers in the host's own configuration.`,
		]);
	});
});
