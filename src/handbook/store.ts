import { handbookConfig } from '../config.ts';
import { awaitBuildReading } from './build-handoff.ts';
import { errorsOf, validateContent } from '../validation/validate.ts';
import { handbookOf, runCiteproc, type Citeproc, type Handbook } from './handbook.ts';
import { deserializeHandbook, fingerprint, serializeHandbook, type Reading } from './serialize.ts';

/**
 * The handbook of one content set, for one Astro process: read and checked once, kept until the content
 * changes (`forget`, called by the handbook's content loader in `npm run dev`, see `loader.ts`). The
 * configuration's integrations and Markdown plugins use it directly; the pages get it through Astro's
 * content layer, where the loader puts it.
 */
export class HandbookStore {
	readonly root: string;
	#current: Reading | undefined;
	#text: string | undefined;
	#version = 0;

	constructor(root: string) {
		this.root = root;
	}

	/** The handbook as the content is now (read and checked on first use, and after each change). */
	current(): Handbook {
		return this.#reading().handbook;
	}

	/**
	 * The handbook as last read, without reading it: undefined between a change and the next reading. For what
	 * must not read the content on its own, such as the dev server's redirects answering every request.
	 */
	peek(): Handbook | undefined {
		return this.#current?.handbook;
	}

	/** The handbook as text (`serialize.ts`), made once per reading: what the loader gives Astro's content layer. */
	text(): string {
		this.#text ??= serializeHandbook(this.#reading());
		return this.#text;
	}

	/** How many times the content has been read: a plugin's cache can key on it. */
	get version(): number {
		return this.#version;
	}

	/** Forgets the handbook after a change to the content: the next use reads it again. */
	forget(): void {
		this.#current = undefined;
		this.#text = undefined;
	}

	#reading(): Reading {
		this.#current ??= this.#load();
		return this.#current;
	}

	#load(): Reading {
		this.#version++;
		// In `npm run build`, the build's worker may still be running citeproc: waiting for its reading
		// costs nothing, doing the same work here costs seconds. Taken only if the content is unchanged since.
		if (this.#version === 1) {
			const handed = awaitBuildReading();
			if (handed && handed.fingerprint === fingerprint(this.root)) {
				this.#text = handed.text;
				return deserializeHandbook(handed.text);
			}
		}
		const { content, problems } = validateContent(this.root);
		const citeproc = safeCiteproc(content, errorsOf(problems).length > 0);
		return { handbook: handbookOf(content, problems, citeproc), citeproc };
	}
}

const storesKey = Symbol.for('handbook.stores');

/**
 * The store of a content set in this process, made on first use. Astro loads the configuration (which
 * makes the store) and the content configuration (whose loader publishes it) as separate module
 * instances of this file: both find the one store here, so the content is read once per change.
 */
export function storeFor(root: string): HandbookStore {
	const global = globalThis as Record<symbol, Map<string, HandbookStore> | undefined>;
	const stores = (global[storesKey] ??= new Map());
	let store = stores.get(root);
	if (!store) stores.set(root, (store = new HandbookStore(root)));
	return store;
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
