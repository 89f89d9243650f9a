import path from 'node:path';
import { handbookFolders } from '../folders.ts';

/**
 * A relative path as reports and page addresses write it, with `/` between folders. Only on Windows is `\` a
 * separator; elsewhere it is a character of a name, and `notes\.draft.mdx` is one file that Astro builds.
 */
export const slashed = (relative: string) => (path.sep === '\\' ? relative.replaceAll('\\', '/') : relative);

/**
 * Where the handbook's content lives. `HANDBOOK_CONTENT_DIR` points the whole
 * pipeline (check, build, benchmark) at another content set, such as a test
 * fixture or a synthetic handbook.
 */
export function contentDir(): string {
	return handbookFolders().content;
}

/** The data files of a content set, relative to its root. */
export const dataFiles = {
	framework: 'taxonomy/leads.yaml',
	bibliography: 'bibliography/references.json',
	glossary: 'glossary/terms.yaml',
	reflection: 'reflection/questions.yaml',
	redirects: 'redirects.yaml',
	vocabulary: 'search/vocabulary.yaml',
	structure: 'bibliography/structure.yaml',
} as const;

/** The folder of MDX pages inside a content set. */
export const docsFolder = 'docs';
