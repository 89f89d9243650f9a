// Mutation testing of the check's rules (`npm run test:mutation:rules`; not part of `npm test`). Every rule runs on
// every content set a test checks, so with the whole unit suite a mutant that survives costs 25 seconds or more
// here, and the rules' 50 files many hours. This run judges the rules by the check's own tests (the planted
// mistakes, the bad-content catalogue, the messages an editor reads): a mutant they miss is behaviour those tests
// do not pin, whatever other tests might notice. TESTING.md says how to read the result.
import base from './stryker.config.mjs';

export default {
	...base,
	mutate: ['src/check/rules/**/*.ts'],
	vitest: { ...base.vitest, configFile: 'vitest.mutation-rules.config.ts' },
	incrementalFile: 'test-results/mutation/incremental-rules.json',
};
