// When each page was last changed in a commit (src/model/review-dates.ts): the date a page shows as last
// reviewed when its frontmatter gives none. Made in a Git repository of the test's own, with commit dates set.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { lastCommitDates } from '../../src/model/review-dates.ts';

const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'review-dates-'));
afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

const git = (args: string[], date?: string) =>
	execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args], {
		cwd: repo,
		env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
		stdio: 'ignore',
	});
const write = (file: string, text: string) => {
	fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
	fs.writeFileSync(path.join(repo, file), text);
};
const commit = (date: string) => {
	git(['add', '-A']);
	git(['commit', '-q', '-m', `changes of ${date}`], `${date}T12:00:00Z`);
};

describe('the day each page was last changed', () => {
	test('is the date of the last commit that changed it, by its path inside the folder asked about', () => {
		git(['init', '-q']);
		write('docs/a.mdx', 'first');
		write('docs/cases/b.mdx', 'first');
		write('outside.md', 'first');
		commit('2026-01-02');
		write('docs/a.mdx', 'second');
		write('outside.md', 'second');
		commit('2026-03-04');
		write('docs/new.mdx', 'new');
		commit('2026-05-06');
		expect(Object.fromEntries(lastCommitDates(path.join(repo, 'docs')))).toEqual({
			'a.mdx': '2026-03-04',
			'cases/b.mdx': '2026-01-02',
			'new.mdx': '2026-05-06',
		});
	});

	test('is unknown outside a Git checkout (an exported copy, a synthetic benchmark site)', () => {
		const loose = fs.mkdtempSync(path.join(os.tmpdir(), 'no-git-'));
		try {
			fs.writeFileSync(path.join(loose, 'a.mdx'), 'text');
			expect(lastCommitDates(loose).size).toBe(0);
			expect(lastCommitDates(path.join(loose, 'missing')).size).toBe(0);
		} finally {
			fs.rmSync(loose, { recursive: true, force: true });
		}
	});
});
