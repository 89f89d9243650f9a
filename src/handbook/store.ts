import { handbookConfig } from '../config.ts';
import { awaitBuildSnapshot } from './snapshot-wait.ts';
import { errorsOf, validateContent } from '../validation/validate.ts';
import { handbookOf, runCiteproc, type Citeproc, type Handbook } from './handbook.ts';
import { adoptSnapshot, fingerprint, snapshotFile, writeSnapshot } from './snapshot.ts';

/**
 * The handbook of one content set, for one Astro process: made once, kept until the content changes
 * (`refresh`, called by the handbook integration in `npm run dev`), and written as a snapshot for the
 * pages (see `snapshot.ts`). Created in `astro.config.ts` and passed explicitly to the integrations,
 * the Markdown plugins and the sidebar.
 */
export class HandbookStore {
	readonly root: string;
	readonly file: string;
	#current: Handbook | undefined;
	#version = 0;

	constructor(root: string, file = snapshotFile(root)) {
		this.root = root;
		this.file = file;
	}

	/** The handbook as the content is now (read and checked on first use, and after each change). */
	current(): Handbook {
		this.#current ??= this.#load();
		return this.#current;
	}

	/** How many times the content has been read: a plugin's cache can key on it. */
	get version(): number {
		return this.#version;
	}

	/** Forgets the handbook after a change to the content, and reads it again. */
	refresh(): Handbook {
		this.#current = undefined;
		return this.current();
	}

	#load(): Handbook {
		this.#version++;
		// In `npm run build`, the build's worker may still be running citeproc for the snapshot: waiting for it
		// costs nothing, doing the same work here costs seconds.
		if (this.#version === 1) awaitBuildSnapshot();
		const print = fingerprint(this.root);
		const adopted = adoptSnapshot(this.file, print);
		if (adopted) return adopted.handbook;
		const { content, problems } = validateContent(this.root);
		const citeproc = safeCiteproc(content, errorsOf(problems).length > 0);
		const handbook = handbookOf(content, problems, citeproc);
		writeSnapshot(this.file, handbook, citeproc, print);
		return handbook;
	}
}

/**
 * Citeproc over the bibliography. Content with errors may hold entries citeproc cannot format; the
 * check has reported them, and the site shows keys instead of references until they are fixed.
 */
function safeCiteproc(content: Handbook['model'], hasErrors: boolean): Citeproc {
	try {
		return runCiteproc(content);
	} catch (error) {
		if (!hasErrors) throw error;
		return {
			formatted: { style: handbookConfig.citationStyle, entries: [], citations: [] },
			pageTemplate: runCiteproc({ ...content, references: new Map() }).pageTemplate,
		};
	}
}
