import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildEnv, mutatedFixture, replaceOnce } from '../helpers/fixtures.ts';

/** Runs the real `npm run build` script against a content set, into a dist folder holding a previous "good" build. */
function buildInto(contentRoot: string) {
	const dist = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-dist-')), 'dist');
	fs.mkdirSync(dist);
	fs.writeFileSync(path.join(dist, 'index.html'), 'previous good build');
	const result = spawnSync(process.execPath, ['scripts/build.ts'], {
		env: buildEnv({ HANDBOOK_CONTENT_DIR: contentRoot, HANDBOOK_DIST: dist }),
		encoding: 'utf8',
		timeout: 240_000,
	});
	return { ...result, previous: fs.readFileSync(path.join(dist, 'index.html'), 'utf8'), dist };
}

describe('a failed build leaves the previous dist/ intact', () => {
	test('when the content check fails, the report names the file, line and rule, and nothing is built', () => {
		const root = mutatedFixture({
			'docs/leads/develop-coalitions/mobilize-knowledge.mdx': replaceOnce(
				'[mobilize-knowledge]',
				'[mobilise-knowledge]',
			),
		});
		const { status, stderr, previous } = buildInto(root);
		expect(status).toBe(1);
		expect(stderr).toContain('content/docs/leads/develop-coalitions/mobilize-knowledge.mdx:5:16  unknown-capability');
		expect(stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
		expect(previous).toBe('previous good build');
	});

	test('when Astro itself fails after the check passed', () => {
		const root = mutatedFixture({
			'docs/index.mdx': replaceOnce(
				'---\n\nStart',
				"---\n\nimport Missing from '~/components/DoesNotExist.astro';\n\nStart",
			),
		});
		const { status, stderr, previous } = buildInto(root);
		expect(status).not.toBe(0);
		expect(stderr).toContain('unchanged');
		expect(previous).toBe('previous good build');
	});

	test('when a page that a redirect leads to is removed', () => {
		const root = mutatedFixture({ 'docs/cases/example.mdx': () => '' });
		fs.rmSync(path.join(root, 'docs/cases/example.mdx'));
		const { status, stderr, previous } = buildInto(root);
		expect(status).toBe(1);
		expect(stderr).toContain('content/redirects.yaml:3:7  unknown-redirect-target');
		expect(previous).toBe('previous good build');
	});
});
