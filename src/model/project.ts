import { handbookFolders } from '../folders.ts';

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
