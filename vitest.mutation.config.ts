import { defineConfig } from 'vitest/config';

// The unit tests StrykerJS runs for each mutant (`npm run test:mutation`, see TESTING.md): the ones that call
// the code in this process. Tests that spawn a build, the content check's CLI, dependency-cruiser or npm
// cannot see a mutant (it exists only in Stryker's instrumented copy of the modules loaded here) and
// would cost minutes per run, so they are left out; so is a spawned process in a file that is kept
// (`mutationRun` in test/helpers/mutation-run.ts): Node cannot load Stryker's instrumented TypeScript.
export default defineConfig({
	test: {
		include: ['test/unit/**/*.test.ts'],
		exclude: [
			'test/unit/build-safety.test.ts',
			'test/unit/build-worker.test.ts',
			'test/unit/check-cli.test.ts',
			'test/unit/citation-style-build.test.ts',
			'test/unit/config.test.ts',
			'test/unit/layers.test.ts',
			'test/unit/mutation.test.ts',
			'test/unit/npm-audit.test.ts',
			'test/unit/output-audit.test.ts',
			'test/unit/url-identity.test.ts',
			'test/unit/heading-anchors.test.ts',
		],
		setupFiles: ['test/helpers/cleanup.ts'],
		env: { HANDBOOK_MUTATION_RUN: '1' },
		testTimeout: 60_000,
	},
});
