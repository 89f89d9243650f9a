import { z } from 'zod';

const severity = z.enum(['error', 'warn', 'off']);

/** `content/check.yaml`: how much each rule of `npm run check` matters, for the whole handbook or some of its files. */
export const checkConfigSchema = z.strictObject({
	/** Severity by rule id: `error` stops the build, `warn` is shown and builds, `off` is not checked. */
	rules: z.record(z.string(), severity).default({}),
	/** Severities for some files only, such as drafts; the last matching entry wins. */
	overrides: z
		.array(
			z.strictObject({
				/** Glob patterns of files, relative to the project, such as `content/docs/drafts/**`. */
				files: z.union([z.string(), z.array(z.string())]),
				rules: z.record(z.string(), severity),
			}),
		)
		.default([]),
});

export type CheckConfig = z.infer<typeof checkConfigSchema>;
