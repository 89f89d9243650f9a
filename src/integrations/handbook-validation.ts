import type { AstroIntegration } from 'astro';
import { validateOnce } from '../lib/content-index.ts';
import { formatReport } from '../check/report.ts';
import { errorsOf } from '../validation/validate.ts';

/**
 * Runs the content checks before Astro builds anything, so `astro build` on its
 * own refuses bad content with the same report as `npm run check`.
 * (Starlight only logs an error thrown while rendering a page; this runs first.)
 */
export function handbookValidation(): AstroIntegration {
	return {
		name: 'handbook-validation',
		hooks: {
			'astro:build:start': ({ logger }) => {
				const problems = errorsOf(validateOnce().problems);
				if (problems.length) {
					logger.error(`\n${formatReport(problems)}`);
					throw new Error(
						`The content has ${problems.length} problem(s), listed above; nothing was built. Fix them and build again.`,
					);
				}
			},
		},
	};
}
