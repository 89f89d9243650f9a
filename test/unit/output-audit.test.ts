// The second layer of the content boundary (SECURITY.md): the output audit of `npm run build`. Every payload of
// the markup corpus is planted in one copy of the fixture and built with the check's markup rules switched off
// (HANDBOOK_TEST_UNCHECKED_MARKUP, which only this kind of test sets): the audit alone must refuse each one,
// naming its page and source file, and leave the previous dist/ as it was.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { auditPage, loadAllowlist } from '../../src/build/output-audit.ts';
import { linkSchemes } from '../../src/check/links.ts';
import { editorMetaNames } from '../../src/check/markup.ts';
import { buildEnv, validFixture } from '../helpers/fixtures.ts';
import {
	markupPayloads,
	payloadFile,
	payloadUrl,
	plantPayloads,
	withoutLookRules,
} from '../helpers/markup-payloads.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

let result: SpawnSyncReturns<string>;
let dist = '';

beforeAll(() => {
	const base = temporaryFolder('handbook-audit-');
	const root = path.join(base, 'content');
	fs.cpSync(validFixture, root, { recursive: true });
	plantPayloads(root);
	withoutLookRules(root);
	dist = path.join(base, 'dist');
	fs.mkdirSync(dist);
	fs.writeFileSync(path.join(dist, 'index.html'), 'previous good build');
	result = spawnSync(process.execPath, ['scripts/build.ts'], {
		env: buildEnv({
			HANDBOOK_CONTENT_DIR: root,
			HANDBOOK_DIST: dist,
			HANDBOOK_CACHE_DIR: path.join(base, 'cache'),
			HANDBOOK_TEST_UNCHECKED_MARKUP: '1',
		}),
		encoding: 'utf8',
		timeout: 280_000,
	});
}, 300_000);

describe('the output audit, alone, refuses every markup payload', () => {
	test('the check let the payloads through, Astro built them, and the audit refused the build', () => {
		expect(result.stderr).not.toMatch(/Nothing was built/);
		expect(result.stderr).toMatch(/The output audit refused \d+ page\(s\)/);
		expect(result.status).toBe(1);
		expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('previous good build');
		expect(fs.readdirSync(path.dirname(dist)).filter((f) => /^dist\./.test(f))).toEqual([]);
	});

	/** The problems the audit found on a page, by the page's address. */
	const problemsOf = (url: string) => {
		const line = result.stderr.split('\n').find((l) => l.includes('output-audit') && l.includes(`(page ${url})`));
		return { line, problems: line?.split('the built page holds ')[1]?.split('; ') ?? [] };
	};

	/** A problem that quotes one of the sidebar payloads (`p39`, `__pwned=39`...). */
	const sidebarNumbers = markupPayloads.flatMap((p, i) => (p.marker ? [i + 1] : []));
	const sidebarPayload = new RegExp(`(p|__pwned=)(${sidebarNumbers.join('|')})\\b`);

	test.each(markupPayloads.map((payload, i) => ({ ...payload, i })))('$kind: $name', (payload) => {
		const { line, problems } = problemsOf(payloadUrl(payload.i));
		// Named with its source file and its page.
		expect(line, result.stderr.slice(0, 4000)).toContain(`content/${payloadFile(payload, payload.i)}`);
		// A payload in the sidebar shows on every page; the problem on its own page quotes it.
		if (payload.marker) expect(line).toContain(payload.marker);
		// Any other is refused for its own markup, not only for the sidebar payloads that other pages show too.
		else expect(problems.filter((p) => !sidebarPayload.test(p))).not.toEqual([]);
	});
});

describe('the audit of one page', () => {
	const allowlist = loadAllowlist();
	const page = (head: string, body: string) =>
		`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

	test('a page of plain Markdown output passes', () => {
		expect(
			auditPage(
				page('', '<main><h2 id="a">A</h2><p><a href="/x/">x</a> <q>y</q></p><img src="/i.png" alt=""></main>'),
				allowlist,
			),
		).toEqual([]);
	});

	test('a link to another site needs rel="noopener noreferrer"', () => {
		expect(auditPage(page('', '<p><a href="https://example.org/">x</a></p>'), allowlist).join()).toMatch(/noopener/);
		expect(
			auditPage(page('', '<p><a href="https://example.org/" rel="noopener noreferrer">x</a></p>'), allowlist),
		).toEqual([]);
	});

	test("an inline script that the page's policy does not list", () => {
		expect(auditPage(page('', '<script>window.x=1</script>'), allowlist).join()).toMatch(/policy does not list/);
	});

	test('a refresh to another site, and any refresh in the body', () => {
		const refresh = '<meta http-equiv="refresh" content="0;url=https://example.org/">';
		expect(auditPage(page(refresh, ''), allowlist).join()).toMatch(/refresh/);
		expect(auditPage(page('', '<meta http-equiv="refresh" content="0;url=/x/">'), allowlist).join()).toMatch(
			/refresh|meta/,
		);
		expect(auditPage(page('<meta http-equiv="refresh" content="0;url=/x/">', ''), allowlist)).toEqual([]);
	});

	test('an address of the published site counts as one of this site', () => {
		const canonical = '<link rel="canonical" href="https://handbook.example.org/x/">';
		expect(auditPage(page(canonical, ''), allowlist, 'https://handbook.example.org')).toEqual([]);
		expect(auditPage(page(canonical, ''), allowlist).join()).toMatch(/https/);
	});
});

// The check and the audit judge the same content: an editor whose page passes `npm run check` must not find the
// build refused. Each kind of markup the check lets an editor write must be in the audit's allowlist.
describe('what the check accepts, the build publishes', () => {
	const allowlist = loadAllowlist();
	const page = (head: string, body: string) =>
		`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

	test.each(['https://example.org/', 'http://example.org/', 'mailto:office@example.org', 'tel:+15555550100'])(
		'a link to %s',
		(href) => {
			expect(auditPage(page('', `<p><a href="${href}" rel="noopener noreferrer">x</a></p>`), allowlist)).toEqual([]);
		},
	);

	test.each(['author', 'keywords', 'robots'])('a `%s` meta tag added in `head:`', (name) => {
		expect(auditPage(page(`<meta name="${name}" content="x">`, ''), allowlist)).toEqual([]);
	});

	test('the lists the check uses are the ones in the allowlist', () => {
		expect(allowlist.schemes['a@href']).toEqual(expect.arrayContaining([...linkSchemes]));
		expect(allowlist.values['meta@name']).toEqual(expect.arrayContaining([...editorMetaNames]));
	});
});
