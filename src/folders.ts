import path from 'node:path';

/** Where one run reads and writes. */
export interface HandbookFolders {
	/** The content set: `content/`, or `HANDBOOK_CONTENT_DIR` (a test fixture, a synthetic benchmark handbook). */
	content: string;
	/** Where Astro writes the site: `dist/`, or `HANDBOOK_OUT_DIR` (`npm run build` points it at its staging folder). */
	out: string;
	/** Astro's cache, or undefined for the default; `HANDBOOK_CACHE_DIR` gives tests and the benchmark their own. */
	cache: string | undefined;
}

/** The folders of this run, from the environment (the only place the handbook reads them). */
export function handbookFolders(env: Record<string, string | undefined> = process.env): HandbookFolders {
	return {
		content: path.resolve(env.HANDBOOK_CONTENT_DIR ?? path.join(process.cwd(), 'content')),
		out: env.HANDBOOK_OUT_DIR ?? './dist',
		cache: env.HANDBOOK_CACHE_DIR,
	};
}

/** Where the committed configuration (`handbook.config.json`, the publishing settings) lives. */
export const configFile = path.join(process.cwd(), 'handbook.config.json');

/**
 * The configuration file of this run: the committed one, or `HANDBOOK_CONFIG` (a path) for one build,
 * as the tests' fixture builds do. The configuration is trusted (SECURITY.md): the variable is set by
 * whoever runs the build, never by the content.
 */
export const configFileOf = (env: Record<string, string | undefined> = process.env) =>
	env.HANDBOOK_CONFIG ? path.resolve(env.HANDBOOK_CONFIG) : configFile;
