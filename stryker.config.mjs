// Mutation testing (`npm run test:mutation`; not part of `npm test`): StrykerJS changes the code one small
// piece at a time (a condition flipped, a string emptied, a branch removed) and runs the unit tests against
// each change. A change no test notices ("survived") is behaviour nothing pins. TESTING.md says how to run
// it on part of the code and how to read the report.
export default {
	testRunner: 'vitest',
	// `related: false`: Vitest's related-file lookup finds no test for the sandbox's copies; per-test coverage
	// (below) does that job instead.
	vitest: { configFile: 'vitest.mutation.config.ts', related: false },
	// Each mutant runs only the tests that executed its code.
	coverageAnalysis: 'perTest',
	// A mutant in code that runs when a module loads (a constant, a table, a regular expression at the top of a
	// file) is "static": every test would have to run for it, about 50 seconds each here, and a few hundred of
	// them took 99% of a run's time (about 4 hours for 13 files). They are left out of the run and the score.
	ignoreStatic: true,
	mutate: [
		'src/check/**/*.ts',
		'src/model/**/*.ts',
		'src/site/**/*.ts',
		'src/citations/**/*.ts',
		// The pure parts of the browser scripts: storage, addresses and query parsing.
		'src/scripts/reading-list-store.ts',
		'src/scripts/worksheet-storage.ts',
		'src/scripts/qr.ts',
		'src/search/params.ts',
		'src/search/query.ts',
	],
	// Two cores: one mutant at a time leaves a core for the test runner's own work.
	concurrency: 1,
	timeoutMS: 60_000,
	reporters: ['clear-text', 'progress', 'html', 'json'],
	htmlReporter: { fileName: 'test-results/mutation/index.html' },
	jsonReporter: { fileName: 'test-results/mutation/report.json' },
	// What the tests do not read stays out of Stryker's sandbox copy of the project.
	ignorePatterns: ['dist', 'dist-*', 'dist.*', 'test-results', '.astro', '.bench', 'review', 'BENCHMARKS.md'],
	tempDirName: '.stryker-tmp',
	thresholds: { high: 85, low: 70, break: null },
	cleanTempDir: 'always',
	// `--incremental` keeps results between runs: only mutants in changed code, or covered by changed tests, run again.
	incrementalFile: 'test-results/mutation/incremental.json',
};
