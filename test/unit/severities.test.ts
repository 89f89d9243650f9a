// content/check.yaml as an editor writes it: how much each editorial rule matters, for the whole handbook or some of
// its files (drafts, say), and what the check says when the file itself is wrong. Safety rules stay errors whatever
// it says (SECURITY.md).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Rule } from '../../src/check/rule.ts';
import { loadSeverities, severityFor, type SeverityConfig } from '../../src/check/severities.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

/** A content folder named `content` whose check.yaml holds `text` (none when undefined). */
function contentWith(text?: string): string {
	const parent = temporaryFolder('severities-');
	const root = path.join(parent, 'content');
	fs.mkdirSync(root);
	if (text !== undefined) fs.writeFileSync(path.join(root, 'check.yaml'), text);
	return root;
}

const rule = (id: string, kind: Rule['kind'], severity?: Rule['severity']) =>
	({ id, kind, severity, summary: '', example: '', fix: '', scope: 'page', check: () => {} }) as unknown as Rule;
const inBrief = rule('in-brief-missing', 'editorial');
const reviewDate = rule('review-date', 'editorial', 'warn');
const mdxCode = rule('mdx-code', 'safety');

describe('reading content/check.yaml', () => {
	test('a content set without one has no settings, and no problem', () => {
		expect(loadSeverities(contentWith())).toEqual({});
	});

	test('its rules and overrides, as written', () => {
		const { config, problem } = loadSeverities(
			contentWith(
				"rules:\n  in-brief-missing: warn\noverrides:\n  - files: 'content/docs/drafts/**'\n    rules: { in-brief-missing: off }\n",
			),
		);
		expect(problem).toBeUndefined();
		expect(config).toEqual({
			rules: { 'in-brief-missing': 'warn' },
			overrides: [{ files: 'content/docs/drafts/**', rules: { 'in-brief-missing': 'off' } }],
		});
	});

	test('an empty file sets nothing', () => {
		expect(loadSeverities(contentWith(''))).toEqual({ config: { rules: {}, overrides: [] } });
	});

	test('broken YAML is reported at its line and column, in the content folder', () => {
		const { config, problem } = loadSeverities(contentWith('rules:\n  in-brief-missing: [warn\n'));
		expect(config).toBeUndefined();
		expect(problem).toMatch(/^content\/check\.yaml:\d+:\d+ {2}\S/);
	});

	test('a value the settings do not allow is reported at its place, with the setting it is for', () => {
		const { config, problem } = loadSeverities(contentWith('rules:\n  in-brief-missing: loud\n'));
		expect(config).toBeUndefined();
		expect(problem).toMatch(/^content\/check\.yaml:2:21 {2}`rules\.in-brief-missing` \S/);
		expect(loadSeverities(contentWith('overrides:\n  - rules: { in-brief-missing: warn }\n')).problem).toMatch(
			/^content\/check\.yaml:2:5 {2}`overrides\.0\.files` \S/,
		);
	});
});

describe('the severity of a problem', () => {
	const config: SeverityConfig = {
		rules: { 'in-brief-missing': 'warn', 'mdx-code': 'off' },
		overrides: [
			{ files: 'content/docs/drafts/**', rules: { 'in-brief-missing': 'off' } },
			{ files: ['content/docs/cases/*.mdx', 'content/docs/lessons/*.mdx'], rules: { 'review-date': 'error' } },
			{ files: 'content/docs/drafts/keep.mdx', rules: { 'in-brief-missing': 'error' } },
		],
	};

	test("without settings, the rule's own default, else an error", () => {
		expect(severityFor(undefined, inBrief, 'content/docs/a.mdx')).toBe('error');
		expect(severityFor(undefined, reviewDate, 'content/docs/a.mdx')).toBe('warn');
	});

	test('the whole-handbook setting, then the overrides whose files match, the last one winning', () => {
		expect(severityFor(config, inBrief, 'content/docs/practices/a.mdx')).toBe('warn');
		expect(severityFor(config, inBrief, 'content/docs/drafts/a.mdx')).toBe('off');
		expect(severityFor(config, inBrief, 'content/docs/drafts/keep.mdx')).toBe('error');
		// A list of patterns: any of them.
		expect(severityFor(config, reviewDate, 'content/docs/lessons/a.mdx')).toBe('error');
		expect(severityFor(config, reviewDate, 'content/docs/cases/a.mdx')).toBe('error');
		expect(severityFor(config, reviewDate, 'content/docs/practices/a.mdx')).toBe('warn');
		// An override that does not name the rule leaves it as it was.
		expect(severityFor(config, reviewDate, 'content/docs/drafts/a.mdx')).toBe('warn');
	});

	test('a safety rule is an error whatever the file says', () => {
		expect(severityFor(config, mdxCode, 'content/docs/a.mdx')).toBe('error');
		expect(
			severityFor(
				{ rules: {}, overrides: [{ files: '**', rules: { 'mdx-code': 'off' } }] },
				mdxCode,
				'content/docs/a.mdx',
			),
		).toBe('error');
	});
});
