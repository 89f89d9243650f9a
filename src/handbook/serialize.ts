// The handbook as text, for the two places it crosses a boundary: from the build's worker thread to Astro's
// store (`build-handoff.ts`), and from the store to the pages through Astro's content layer (`loader.ts`,
// `content-layer.ts`: the configuration and the pre-rendered pages are separate module instances, and Astro's
// data store is how a value reaches the pages). Plain JSON: maps are written as `{ "$map": [[key, value], ...] }`.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../check/engine.ts';
import { buildFramework } from '../model/framework.ts';
import type { HandbookModel } from '../model/load.ts';
import type { SearchWords } from '../search/vocabulary.ts';
import { handbookOf, type Citeproc, type Handbook } from './handbook.ts';

/** One reading of a content set: the handbook and citeproc's results it was made with. */
export interface Reading {
	handbook: Handbook;
	citeproc: Citeproc;
}

interface Serialized {
	model: HandbookModel;
	problems: Problem[];
	citeproc: Citeproc;
	search: SearchWords;
}

const encode = (_key: string, value: unknown) => (value instanceof Map ? { $map: [...value] } : value);
const decode = (_key: string, value: unknown) =>
	value && typeof value === 'object' && '$map' in value
		? new Map((value as { $map: [unknown, unknown][] }).$map)
		: value;

/**
 * The model without what only the check needs, what is rebuilt on reading, and the pages' plain text. The
 * check has run before the handbook is serialized (its problems travel with it), so the pages' text blocks
 * (rule `untraced-statement`) and the positions inside frontmatter are left behind; the search's words, the
 * one thing the site makes from the pages' text, travel made (`Handbook.search`). Together over three
 * quarters of the text at any size (issue #25: the text goes into Astro's data store, which the build
 * bundles and loads as a module).
 */
function portable(model: HandbookModel): HandbookModel {
	return {
		...model,
		framework: undefined,
		pages: model.pages.map(({ frontmatterFile: _, ...page }) => ({ ...page, blocks: [], text: '' })),
		sources: Object.fromEntries(
			Object.entries(model.sources).map(([name, { data: _, ...source }]) => [name, source]),
		) as HandbookModel['sources'],
	};
}

/** The handbook as JSON text. */
export function serializeHandbook({ handbook, citeproc }: Reading): string {
	const serialized: Serialized = {
		model: portable(handbook.model),
		problems: handbook.problems,
		citeproc,
		search: handbook.search,
	};
	return JSON.stringify(serialized, encode);
}

/** The handbook again, from `serializeHandbook`'s text: the indexes (framework, bibliography) are rebuilt. */
export function deserializeHandbook(text: string): Reading {
	const { model, problems, citeproc, search } = JSON.parse(text, decode) as Serialized;
	const framework = model.sources.framework.value;
	const handbook = handbookOf(
		{ ...model, framework: framework ? buildFramework(framework) : undefined },
		problems,
		citeproc,
		search,
	);
	return { handbook, citeproc };
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
