import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { buildFramework, type Framework } from './framework.ts';
import { dataFiles, docsFolder, slashed } from './project.ts';
import { lastCommitDates } from './review-dates.ts';
import { configuredLocales, type Locales } from './locales.ts';
import { frameworkFileSchema, type FrameworkFile } from '../schemas/framework.ts';
import { glossaryTermSchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { isRepeated } from '../schemas/listed-once.ts';
import { referenceSchema, type Reference } from '../schemas/reference.ts';
import { reflectionQuestionSchema, type ReflectionQuestion } from '../schemas/reflection.ts';
import { redirectSchema, type Redirect } from '../schemas/redirects.ts';
import { sourceStructureSchema, type SourceStructure } from '../schemas/structure.ts';
import { reviewedDate } from '../schemas/page.ts';
import { readDataFile, type DataFile, type Position } from './data-file.ts';
import { readPage, type PageInfo } from './pages.ts';

/** A schema problem in a data file, located. */
export interface SchemaIssue {
	path: PropertyKey[];
	message: string;
	position: Position;
	/** A value listed twice (`listedOnce`), whose fix is to remove it. */
	repeated?: boolean;
}

/** One data file of the content set, as read: its parsed value (when valid) and what is wrong with it. */
export interface DataSource<T> {
	/** The path shown in reports, such as `content/glossary/terms.yaml`. */
	file: string;
	/** Whether the file exists. Optional files (reflection questions, redirects) may be absent. */
	exists: boolean;
	optional: boolean;
	/**
	 * The file with positions, when it exists (not kept when the model crosses a thread). For a list, `locate` counts
	 * entries as `value` does: an entry dropped as invalid is not counted.
	 */
	data?: DataFile;
	syntaxErrors: { message: string; position: Position }[];
	/** Schema problems, each at its place in the file. */
	issues: SchemaIssue[];
	/** The valid value; for lists, the valid entries (an invalid entry is reported, its neighbours still count). */
	value?: T;
}

/** A file under `content/docs/` that the site will not build as a page, or builds unchecked. */
export interface StrayFile {
	file: string;
	/**
	 * `symlink`: a symbolic link (Astro follows it, the check does not); `not-built`: a file that
	 * looks like a page but that Astro skips (`.MDX`, `.markdown`); `other`: anything else (images).
	 */
	kind: 'symlink' | 'not-built' | 'other';
}

/** Everything a content set holds, as the check and the site see it: the handbook's one content model. */
export interface HandbookModel {
	/** The content folder (holding `docs/`, `taxonomy/`, `bibliography/`, ...). */
	root: string;
	/** The folder reports name files relative to (the content folder's parent). */
	displayRoot: string;
	sources: {
		framework: DataSource<FrameworkFile>;
		bibliography: DataSource<Reference[]>;
		glossary: DataSource<GlossaryTerm[]>;
		reflection: DataSource<ReflectionQuestion[]>;
		redirects: DataSource<Redirect[]>;
		structure: DataSource<SourceStructure[]>;
	};
	framework: Framework | undefined;
	/** Bibliography entries by key. An entry with a key but invalid fields is kept, so citations of it still resolve. */
	references: Map<string, Reference>;
	glossary: Map<string, GlossaryTerm>;
	reflection: ReflectionQuestion[];
	redirects: Redirect[];
	/** The parts of each source a citation's locator can name, by bibliography key (`bibliography/structure.yaml`). */
	structure: Map<string, SourceStructure>;
	pages: PageInfo[];
	/** Files in `content/docs/` that are not pages Astro builds normally. */
	strays: StrayFile[];
	/**
	 * The handbook's languages (`locales` in the configuration): which folder of `docs/` holds each language's
	 * pages. With the content model, so the check and the site ask one place which language a page is in.
	 */
	locales: Locales;
}

/** The files Astro's glob loader builds as pages: `[^_]*.{md,mdx}` in any folder, case-sensitive. */
const pageFile = /\.mdx?$/;
/** Names that look like pages to an editor but that the build skips. */
const lookalikePage = /\.(mdx?|markdown|mdown|mkd)$/i;

/**
 * Every page file under `dir`, as Astro's glob loader finds them, and the files that are not
 * pages. Like the loader, it skips hidden files and folders (a leading `.`) and files whose name
 * starts with `_` (drafts); a folder whose name starts with `_` is built all the same.
 */
function listDocs(dir: string, displayRoot: string): { pages: string[]; strays: StrayFile[] } {
	const pages: string[] = [];
	const strays: StrayFile[] = [];
	if (!fs.existsSync(dir)) return { pages, strays };
	const linkedFolders: string[] = [];
	const entries = fs.readdirSync(dir, { recursive: true, withFileTypes: true });
	for (const entry of entries.sort((a, b) => a.parentPath.length - b.parentPath.length)) {
		const absolute = path.join(entry.parentPath, entry.name);
		const relative = slashed(path.relative(dir, absolute));
		const file = slashed(path.relative(displayRoot, absolute));
		// What lies behind a symbolic link is reported once, as the link.
		if (relative.split('/').some((part) => part.startsWith('.'))) continue;
		if (linkedFolders.some((folder) => absolute.startsWith(folder + path.sep))) continue;
		if (entry.isSymbolicLink()) {
			strays.push({ file, kind: 'symlink' });
			linkedFolders.push(absolute);
		} else if (!entry.isFile() || entry.name.startsWith('_')) continue;
		else if (pageFile.test(entry.name)) pages.push(absolute);
		else strays.push({ file, kind: lookalikePage.test(entry.name) ? 'not-built' : 'other' });
	}
	return { pages: pages.sort(), strays: strays.sort((a, b) => a.file.localeCompare(b.file)) };
}

/** Reads a data file that is a list of entries, validating each entry on its own. */
function readList<T>(root: string, relative: string, entry: z.ZodType<T>, optional = false): DataSource<T[]> {
	const source = readSource<unknown>(root, relative, optional);
	if (source.value === undefined) return source as DataSource<T[]>;
	if (!Array.isArray(source.value)) {
		return {
			...source,
			value: undefined,
			issues: [{ path: [], message: 'must be a list of entries', position: source.data!.locate([]) }],
		} as DataSource<T[]>;
	}
	const valid: T[] = [];
	// Where each kept entry is in the file: an invalid entry without an id is dropped, and the entries after it keep
	// their own places (`locate([2, 'id'])` is the id of `value[2]`, wherever that entry is in the file).
	const places: number[] = [];
	const issues: SchemaIssue[] = [];
	const { locate } = source.data!;
	source.value.forEach((item, i) => {
		const result = entry.safeParse(item);
		if (result.success) valid.push(result.data);
		else {
			for (const issue of result.error.issues) {
				const keyPath = [i, ...issue.path];
				issues.push({
					path: keyPath,
					message: issue.message,
					position: locate(keyPath),
					...(isRepeated(issue) && { repeated: true }),
				});
			}
			// Keep an entry whose id is readable, so that what refers to it is not reported a second time.
			const id = (item as { id?: unknown } | null)?.id;
			if (typeof id !== 'string') return;
			valid.push(item as T);
		}
		places.push(i);
	});
	const data: DataFile = {
		...source.data!,
		locate: (keyPath) =>
			locate(typeof keyPath[0] === 'number' ? [places[keyPath[0]] ?? keyPath[0], ...keyPath.slice(1)] : keyPath),
	};
	return { ...source, data, value: valid, issues } as DataSource<T[]>;
}

/** Reads a data file with positions; the value is what the file holds, before any schema. */
function readSource<T>(root: string, relative: string, optional = false): DataSource<T> {
	const absolute = path.join(root, relative);
	const file = slashed(path.join(path.basename(root), relative));
	if (!fs.existsSync(absolute)) return { file, exists: false, optional, syntaxErrors: [], issues: [] };
	let data: DataFile;
	try {
		data = readDataFile(absolute);
	} catch (error) {
		// A folder where the file should be, or a file the check may not read: reported, never thrown.
		const message = (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read';
		const position = { line: 1, column: 1 };
		data = {
			path: absolute,
			value: undefined,
			syntaxErrors: [{ message: `the file ${message}`, position }],
			locate: () => position,
		};
	}
	return {
		file,
		exists: true,
		optional,
		data,
		syntaxErrors: data.syntaxErrors,
		issues: [],
		value: data.syntaxErrors.length ? undefined : (data.value as T),
	};
}

/** Reads a data file that is one object, validated by `schema`. */
function readObject<T>(root: string, relative: string, schema: z.ZodType<T>): DataSource<T> {
	const source = readSource<unknown>(root, relative);
	if (source.value === undefined) return source as DataSource<T>;
	const result = schema.safeParse(source.value);
	if (result.success) return { ...source, value: result.data };
	return {
		...source,
		value: undefined,
		issues: result.error.issues.map((issue) => ({
			path: issue.path,
			message: issue.message,
			position: source.data!.locate(issue.path),
		})),
	};
}

/**
 * Reads a whole content set into the handbook's content model: every data file and page, with
 * positions for reports. Reading never throws on bad content: what cannot be read is recorded in
 * the model for the check's rules to report. The languages are the configuration's (`configuredLocales`)
 * unless given.
 */
export function loadHandbook(root: string, locales: Locales = configuredLocales()): HandbookModel {
	const displayRoot = path.dirname(root);
	const framework = readObject(root, dataFiles.framework, frameworkFileSchema);
	const bibliography = readList(root, dataFiles.bibliography, referenceSchema);
	const glossary = readList(root, dataFiles.glossary, glossaryTermSchema);
	const reflection = readList(root, dataFiles.reflection, reflectionQuestionSchema, true);
	const redirects = readList(root, dataFiles.redirects, redirectSchema, true);
	const structure = readList(root, dataFiles.structure, sourceStructureSchema, true);

	const docsRoot = path.join(root, docsFolder);
	const { pages: files, strays } = listDocs(docsRoot, displayRoot);
	const commitDates = lastCommitDates(docsRoot);
	const pages = files.map((file) => {
		const page = readPage(file, docsRoot, displayRoot);
		// The editor's `reviewed:` day when it is a real one (`reviewed-date` reports any other; none is not a day),
		// else the last commit's.
		const written = reviewedDate.safeParse(page.frontmatter?.reviewed);
		page.reviewed = written.success ? written.data : commitDates.get(page.relativePath);
		return page;
	});

	return {
		root,
		displayRoot,
		sources: { framework, bibliography, glossary, reflection, redirects, structure },
		framework: framework.value ? buildFramework(framework.value) : undefined,
		references: new Map((bibliography.value ?? []).map((entry) => [entry.id, entry])),
		glossary: new Map((glossary.value ?? []).map((term) => [term.id, term])),
		reflection: reflection.value ?? [],
		redirects: redirects.value ?? [],
		structure: new Map((structure.value ?? []).map((entry) => [entry.key, entry])),
		pages,
		strays,
		locales,
	};
}
