import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

/** Where the handbook's pages are, and where Starlight expects them. */
export interface MarkdownPages {
	/** The handbook's page folder (`content/docs/`), absolute. */
	folder: string;
	/** Starlight's docs folder (`src/content/docs/`), absolute: it reads a page's language from the path under it. */
	starlightFolder: string;
	/** The Markdown plugins configured before Starlight added its own, which are left as they are. */
	earlier: ReadonlySet<unknown>;
}

/**
 * Starlight's own Markdown plugins (heading anchor links, asides) read a page's language from its path under
 * `src/content/docs/`: for a page in the handbook's folder they found none and wrote English ("Section titled …",
 * "Note") on every page of every language. Each of Starlight's plugin factories is given the path the page would
 * have in Starlight's folder (`content/docs/fr/x.mdx` as `src/content/docs/fr/x.mdx`), which is all they use it for;
 * other plugins, and pages outside the handbook's folder, see the real path.
 */
export function inStarlightFolder<Entry>(entries: Entry[], pages: MarkdownPages): Entry[] {
	return entries.map((entry) => {
		if (typeof entry !== 'function' || pages.earlier.has(entry)) return entry;
		const factory = entry as (context: { fileURL?: URL }) => unknown;
		return ((context: { fileURL?: URL }) =>
			factory({ ...context, fileURL: starlightPath(context.fileURL, pages) })) as Entry;
	});
}

/** A page's address as if it were in Starlight's docs folder; any other file's as it is. */
export function starlightPath(fileURL: URL | undefined, { folder, starlightFolder }: MarkdownPages): URL | undefined {
	if (!fileURL || fileURL.protocol !== 'file:') return fileURL;
	const relative = path.relative(folder, fileURLToPath(fileURL));
	if (relative.startsWith('..') || path.isAbsolute(relative)) return fileURL;
	return pathToFileURL(path.join(starlightFolder, relative));
}
