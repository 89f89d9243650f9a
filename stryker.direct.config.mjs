// Mutation testing of the modules that every check and build uses (`npm run test:mutation:direct`; not part of
// `npm test`), judged by the tests that call them directly. Every test of the check reaches these modules, so with
// the whole unit suite each of their mutants ran the whole check dozens of times: about five mutants a minute, hours
// for these files. TESTING.md says how to read the result.
import base from './stryker.config.mjs';

export default {
	...base,
	mutate: [
		'src/model/data-file.ts',
		'src/model/pages.ts',
		'src/citations/bibliography.ts',
		'src/model/page-types.ts',
		'src/check/catalogue.ts',
		'src/check/engine.ts',
		'src/model/load.ts',
		'src/check/vocabulary.ts',
		'src/site/social-card.ts',
	],
	vitest: { ...base.vitest, configFile: 'vitest.mutation-direct.config.ts' },
	incrementalFile: 'test-results/mutation/incremental-direct.json',
};
