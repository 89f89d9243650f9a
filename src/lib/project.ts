import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/**
 * Where the handbook's content lives. `HANDBOOK_CONTENT_DIR` points the whole
 * pipeline (check, build, benchmark) at another content set, such as a test
 * fixture or a synthetic handbook.
 */
export function contentDir(): string {
	return path.resolve(process.env.HANDBOOK_CONTENT_DIR ?? path.join(process.cwd(), 'content'));
}

/** The data files of a content set, relative to its root. */
export const dataFiles = {
	framework: 'taxonomy/leads.yaml',
	bibliography: 'bibliography/references.json',
	glossary: 'glossary/terms.yaml',
	reflection: 'reflection/questions.yaml',
	redirects: 'redirects.yaml',
} as const;

/** The folder of MDX pages inside a content set. */
export const docsFolder = 'docs';

/** Reads one data file of a content set and validates it with `schema`; throws if it is invalid. */
export function readData<Parsed>(
	file: keyof typeof dataFiles,
	schema: { parse(value: unknown): Parsed },
	root = contentDir(),
): Parsed {
	return schema.parse(parseYaml(fs.readFileSync(path.join(root, dataFiles[file]), 'utf8')));
}

// Kept on globalThis: a build loads this module several times (the build script, the Astro
// config, the content config, the pre-rendering bundle), and building the bibliography runs
// citeproc over every reference. Each data file is read and indexed once per version of it.
const store = globalThis as typeof globalThis & { __coalitionsHandbookData?: Map<string, unknown> };

/**
 * A loader for one data file of a content set: reads, validates with `schema` and
 * indexes it with `build`, once per content set and version of the file. It throws on
 * an invalid file, which `npm run check` has already reported properly by then.
 */
export function dataLoader<Parsed, Built>(
	file: keyof typeof dataFiles,
	schema: { parse(value: unknown): Parsed },
	build: (parsed: Parsed) => Built,
): (root?: string) => Built {
	return (root = contentDir()) => {
		const source = path.join(root, dataFiles[file]);
		store.__coalitionsHandbookData ??= new Map();
		const kept = store.__coalitionsHandbookData.get(source) as { mtimeMs: number; built: Built } | undefined;
		// A production build's files do not change under it, and the Markdown plugins ask for
		// the bibliography and glossary at every citation: a stat each time costs over a second at 2,000 pages.
		if (kept && process.env.NODE_ENV === 'production') return kept.built;
		const { mtimeMs } = fs.statSync(source);
		if (kept?.mtimeMs === mtimeMs) return kept.built;
		const built = build(readData(file, schema, root));
		store.__coalitionsHandbookData.set(source, { mtimeMs, built });
		return built;
	};
}
