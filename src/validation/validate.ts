// The content check as one call: read the content model, run every rule. Kept as the entry point
// for the build, the tests and the benchmark; the rules themselves live in src/check/rules/.
import { rules as allRules } from '../check/catalogue.ts';
import { runChecks, type Problem, type RunOptions } from '../check/engine.ts';
import { loadSeverities } from '../check/severities.ts';
import { loadHandbook, type HandbookModel } from '../model/load.ts';
import type { Locales } from '../model/locales.ts';

export type { Problem };

/** Everything a content set holds, as the check and the site see it (the content model). */
export type ContentSet = HandbookModel;

export interface Validation {
	problems: Problem[];
	content: ContentSet;
}

/**
 * Checks a whole content set and reports every problem found, not only the first.
 * `root` is the content folder (holding `docs/`, `taxonomy/`, `bibliography/`, ...).
 * Severities come from `<root>/check.yaml` when it exists; the languages from the configuration unless given.
 */
export function validateContent(
	root: string,
	options: Omit<RunOptions, 'severities'> = {},
	locales?: Locales,
): Validation {
	const content = loadHandbook(root, locales);
	const { config } = loadSeverities(root);
	const rules = process.env.HANDBOOK_TEST_UNCHECKED_MARKUP
		? allRules.filter((rule) => !uncheckedInTests.includes(rule.id))
		: undefined;
	return { problems: runChecks(content, { rules, ...options, severities: config }), content };
}

/**
 * The rules on markup that the tests switch off (HANDBOOK_TEST_UNCHECKED_MARKUP=1, set only by the test helper
 * that builds a payload fixture; scripts/build.ts refuses it for production builds), so as to show that the
 * output audit alone refuses every payload. Content cannot set it: `content/check.yaml` cannot configure a
 * safety rule. `mdx-code` is never among them: MDX code would run on the build machine.
 */
export const uncheckedInTests: readonly string[] = [
	'unsafe-content',
	'markup-in-text',
	'head-and-banner',
	'frontmatter-attributes',
];

/** The problems that stop a build (warnings do not). */
export const errorsOf = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');
