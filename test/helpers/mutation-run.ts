/**
 * True when StrykerJS runs the unit tests (`npm run test:mutation`, vitest.mutation.config.ts). Its sandbox holds
 * instrumented TypeScript that only Vitest can load: a test that starts Node on the project's files is skipped.
 */
export const mutationRun = process.env.HANDBOOK_MUTATION_RUN === '1';
