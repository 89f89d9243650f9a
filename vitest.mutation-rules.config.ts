import { defineConfig } from 'vitest/config';

// The tests `npm run test:mutation:rules` runs against each mutant of a rule (see stryker.rules.config.mjs): the
// check's own, each of which runs the check in this process on a content set with planted mistakes.
export default defineConfig({
	test: {
		include: [
			'test/unit/{bad-content,validation,check-messages,needs-check,markup-policy,links,rule-registry,fix,severities,report,interpretation}.test.ts',
		],
		setupFiles: ['test/helpers/cleanup.ts'],
		env: { HANDBOOK_MUTATION_RUN: '1' },
		testTimeout: 60_000,
	},
});
