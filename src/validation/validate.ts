// The content check as one call: read the content model, run every rule. Kept as the entry point
// for the build, the tests and the benchmark; the rules themselves live in src/check/rules/.
import { runChecks, type Problem, type RunOptions } from '../check/engine.ts';
import { loadSeverities } from '../check/severities.ts';
import { loadHandbook, type HandbookModel } from '../model/load.ts';

export { caseStudyHeadings } from '../model/page-types.ts';
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
 * Severities come from `<root>/check.yaml` when it exists.
 */
export function validateContent(root: string, options: Omit<RunOptions, 'severities'> = {}): Validation {
	const content = loadHandbook(root);
	const { config } = loadSeverities(root);
	return { problems: runChecks(content, { ...options, severities: config }), content };
}

/** The problems that stop a build (warnings do not). */
export const errorsOf = (problems: Problem[]) => problems.filter((p) => p.severity === 'error');
