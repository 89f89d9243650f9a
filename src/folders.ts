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
