// The handbook crosses module instances as a file. Astro loads the config and integrations, the
// content config and the pre-rendering bundle as separate module instances in one process (and the
// build's check runs in a worker thread), so a value in one module is not seen by the others. The
// store (`store.ts`) writes each version of the handbook here; pages read it through
// `Astro.locals.handbook` (`src/middleware.ts`), which reads the file again only when it changes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../check/engine.ts';
import { buildFramework } from '../model/framework.ts';
import { handbookOf, readHandbook, type Citeproc, type Handbook } from './handbook.ts';
import type { HandbookModel } from '../model/load.ts';

/** What a snapshot file holds: plain JSON (maps as `{ "$map": [[key, value], ...] }`). */
interface Snapshot {
	/** The content's files (names, sizes, times) when it was read: see `fingerprint`. */
	fingerprint: string;
	/** The process that wrote it: the build's worker thread writes one for its own process only. */
	pid: number;
	model: HandbookModel;
	problems: Problem[];
	citeproc: Citeproc;
}

/** Where the snapshot of a content set lives: one file per content folder, in the project's `.astro/`. */
export function snapshotFile(root: string, project = process.cwd()): string {
	const key = createHash('sha1').update(path.resolve(root)).digest('hex').slice(0, 12);
	return path.join(project, '.astro', 'handbook', `${key}.json`);
}

/** Names, sizes and modification times of every file of a content set: equal fingerprints, same content. */
export function fingerprint(root: string): string {
	const hash = createHash('sha1');
	if (!fs.existsSync(root)) return 'missing';
	const entries = fs.readdirSync(root, { recursive: true, withFileTypes: true });
	for (const entry of entries.sort(
		(a, b) => a.parentPath.localeCompare(b.parentPath) || a.name.localeCompare(b.name),
	)) {
		const file = path.join(entry.parentPath, entry.name);
		const stat = fs.lstatSync(file, { throwIfNoEntry: false });
		if (stat) hash.update(`${path.relative(root, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
	}
	return hash.digest('hex');
}

const encode = (_key: string, value: unknown) => (value instanceof Map ? { $map: [...value] } : value);
const decode = (_key: string, value: unknown) =>
	value && typeof value === 'object' && '$map' in value
		? new Map((value as { $map: [unknown, unknown][] }).$map)
		: value;

/** The model without what only the check needs (positions inside files) and what is rebuilt on reading. */
function portable(model: HandbookModel): HandbookModel {
	return {
		...model,
		framework: undefined,
		pages: model.pages.map(({ frontmatterFile: _, ...page }) => page),
		sources: Object.fromEntries(
			Object.entries(model.sources).map(([name, { data: _, ...source }]) => [name, source]),
		) as HandbookModel['sources'],
	};
}

/** Writes a snapshot of the handbook, whole or not at all (a reader never sees half a file). */
export function writeSnapshot(file: string, handbook: Handbook, citeproc: Citeproc, print: string): void {
	const snapshot: Snapshot = {
		fingerprint: print,
		pid: process.pid,
		model: portable(handbook.model),
		problems: handbook.problems,
		citeproc,
	};
	fs.mkdirSync(path.dirname(file), { recursive: true });
	const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
	fs.writeFileSync(temporary, JSON.stringify(snapshot, encode));
	fs.renameSync(temporary, file);
	pruneSnapshots(path.dirname(file));
}

/** A day: snapshots of content sets not built or served since (test fixtures, old benchmarks) are removed. */
const snapshotLifetime = 24 * 60 * 60 * 1000;

function pruneSnapshots(folder: string): void {
	const oldest = Date.now() - snapshotLifetime;
	for (const name of fs.readdirSync(folder)) {
		const file = path.join(folder, name);
		const stat = fs.statSync(file, { throwIfNoEntry: false });
		if (stat && stat.mtimeMs < oldest) fs.rmSync(file, { force: true });
	}
}

function parse(file: string): Snapshot | undefined {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'), decode) as Snapshot;
	} catch {
		return undefined;
	}
}

function hydrate(snapshot: Snapshot): Handbook {
	const { model } = snapshot;
	const framework = model.sources.framework.value;
	return handbookOf(
		{ ...model, framework: framework ? buildFramework(framework) : undefined },
		snapshot.problems,
		snapshot.citeproc,
	);
}

/**
 * The snapshot this process's build worker wrote, if it is of the content as it is now: the build
 * checks the content and runs citeproc in a worker while Astro starts, and Astro takes the result.
 */
export function adoptSnapshot(file: string, print: string): { handbook: Handbook; citeproc: Citeproc } | undefined {
	if (!fs.existsSync(file)) return undefined;
	const snapshot = parse(file);
	if (!snapshot || snapshot.pid !== process.pid || snapshot.fingerprint !== print) return undefined;
	return { handbook: hydrate(snapshot), citeproc: snapshot.citeproc };
}

/** The last snapshot read in this module instance, and the file's time then. */
let opened: { file: string; mtimeMs: number; handbook: Handbook } | undefined;

/**
 * The handbook of a content set, for pages and components: the store's latest snapshot, read again
 * only when the store has written a newer one (in `npm run dev`, after each saved change). Without a
 * snapshot (a tool that renders outside Astro), the content is read and checked here.
 */
export function openHandbook(root: string): Handbook {
	const file = snapshotFile(root);
	// -1: no snapshot; what was read without one is kept until the store writes one.
	const mtimeMs = fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
	if (opened?.file === file && opened.mtimeMs === mtimeMs) return opened.handbook;
	const snapshot = mtimeMs < 0 ? undefined : parse(file);
	const handbook = snapshot ? hydrate(snapshot) : readHandbook(root);
	opened = { file, mtimeMs, handbook };
	return handbook;
}
