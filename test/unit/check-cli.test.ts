/* eslint no-control-regex: off -- the tests look for terminal colour codes, which are control characters */
// `npm run check` as editors run it: the real script, as a child process, on a copy of the fixture.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildEnv, mutatedFixture, replaceOnce } from '../helpers/fixtures.ts';

const capabilityPage = 'docs/leads/develop-coalitions/mobilize-knowledge.mdx';
const casePage = 'docs/cases/example.mdx';
const script = path.resolve('scripts/check.ts');

/** Runs `node scripts/check.ts <args>` from the folder holding `content/`, as `npm run check -- <args>` would. */
function check(root: string, ...args: string[]) {
	// npm says where the command was typed in INIT_CWD; here, the folder holding `content/`.
	const env = buildEnv({ HANDBOOK_CONTENT_DIR: root, INIT_CWD: path.dirname(root) });
	delete env.FORCE_COLOR; // not a terminal, and nobody asked for colour
	const result = spawnSync(process.execPath, [script, ...args], {
		cwd: path.dirname(root),
		env,
		encoding: 'utf8',
		timeout: 60_000,
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A fixture with three mistakes: two with one likely fix each, in the capability page, and one without, in the case study. */
const plantedMistakes = () =>
	mutatedFixture({
		[capabilityPage]: (t) =>
			replaceOnce(
				'[mobilize-knowledge]',
				'[mobilise-knowledge]',
			)(replaceOnce('solutions [@leadersforlife-2010-develop]', 'solutions [@leadersforlife-2010-develp]')(t)),
		[casePage]: replaceOnce('## Purpose', '## Aim'),
	});

describe('npm run check', () => {
	test('reports every problem with path:line:col and rule, without colour codes when not a terminal', () => {
		const { status, output } = check(plantedMistakes());
		expect(status).toBe(1);
		expect(output).toContain(`content/${capabilityPage}:5:16  unknown-capability`);
		expect(output).toContain(`content/${capabilityPage}:9:64  unknown-citation`);
		expect(output).toContain(`content/${casePage}:19:1  case-study-template`);
		expect(output).not.toMatch(/\u001b\[/);
		expect(output).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/); // no stack trace
	});

	test('`-- <file>` reports only the problems of the pages named', () => {
		const root = plantedMistakes();
		const { status, output } = check(root, `content/${casePage}`);
		expect(status).toBe(1);
		expect(output).toContain(`content/${casePage}:19:1  case-study-template`);
		expect(output).not.toContain(capabilityPage);
		expect(output).not.toMatch(/\u001b\[/);
		// A page without problems passes on its own, even though other pages have some.
		const clean = check(root, 'content/docs/index.mdx');
		expect(clean.status, clean.output).toBe(0);
		expect(clean.output).toContain('Content checked: 1 of 6 pages, 3 references, 2 glossary terms. No problems found.');
	});

	test('`-- <folder>` checks every file in it; a data file is counted apart from the pages', () => {
		const root = plantedMistakes();
		const folder = check(root, 'content/docs/leads/');
		expect(folder.status).toBe(1);
		expect(folder.output).toContain(`content/${capabilityPage}:5:16  unknown-capability`);
		expect(folder.output).not.toContain(casePage);
		const data = check(root, 'content/glossary/terms.yaml', 'content/docs/index.mdx');
		expect(data.status, data.output).toBe(0);
		expect(data.output).toContain('Content checked: 1 of 6 pages and 1 other file,');
	});

	test('a path that names no file of the content says so, with the likely one, and checks nothing', () => {
		const root = plantedMistakes();
		const typo = check(root, 'content/docs/cases/example.md');
		expect(typo.status).toBe(2);
		expect(typo.output).toBe(
			'npm run check: nothing was checked.\n  `content/docs/cases/example.md` is not a file: did you mean `content/docs/cases/example.mdx`? Give the path of a page or data file under content/, from the folder you run the command in.\n',
		);
		const outside = check(root, 'README.md');
		expect(outside.status).toBe(2);
		expect(outside.output).toContain(
			"`README.md` is not in the content folder (content/): the check reads only the handbook's pages and data files.",
		);
		expect(outside.output).not.toContain('Content checked');
	});

	test('`-- --fix` applies the single-candidate fixes, lists them, and checks again', () => {
		const root = plantedMistakes();
		const { status, output } = check(root, '--fix');
		expect(output).toContain(
			`fixed content/${capabilityPage}:5:16  unknown-capability  \`mobilise-knowledge\` → \`mobilize-knowledge\``,
		);
		expect(output).toContain(
			`fixed content/${capabilityPage}:9:65  unknown-citation  \`leadersforlife-2010-develp\` → \`leadersforlife-2010-develop\``,
		);
		expect(output).toContain('2 fixes applied.');
		// The second check finds only what has no single fix.
		expect(status).toBe(1);
		expect(output).not.toMatch(new RegExp(`^  content/${capabilityPage}:`, 'm'));
		expect(output).toContain(`content/${casePage}:19:1  case-study-template`);
		expect(output).not.toMatch(/\u001b\[/);
		const page = fs.readFileSync(path.join(root, capabilityPage), 'utf8');
		expect(page).toContain('capabilities: [mobilize-knowledge]');
		expect(page).toContain('solutions [@leadersforlife-2010-develop]');
		// Run again, nothing is left to fix.
		expect(check(root, '--fix').output).toContain('Nothing to fix automatically.');
	});
});
