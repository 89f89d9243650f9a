import { defineConfig } from 'vitest/config';

// The tests `npm run test:mutation:direct` runs against each mutant (see stryker.direct.config.mjs): the tests whose
// subject is one of the modules every check and build uses (reading pages, data files and whole content sets, the
// engine that runs the rules, the bibliography, the page types, the rule catalogue, the vocabulary's check, the social
// cards), called directly. The check's and the build's own
// tests reach these modules too, but each of them runs the whole check, which made a run take hours.
export default defineConfig({
	test: {
		include: [
			'test/unit/{check-engine,handbook-loading,page-reading,data-file,search-data-file,social-card,vocabulary-check,bibliography,cited-text,citation-style,page-types,page-graph,rule-registry,catalog}.test.ts',
		],
		setupFiles: ['test/helpers/cleanup.ts'],
		env: { HANDBOOK_MUTATION_RUN: '1' },
		testTimeout: 60_000,
	},
});
