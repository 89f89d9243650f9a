// The handbook's search on Pagefind's JavaScript API: loads Pagefind when the search opens,
// turns a reader's query into concepts (src/search/query.ts), asks Pagefind for each,
// corrects words that are not in the index, and merges the results. Filters are applied to
// the merged results with Pagefind's filter index (one filter-only search per value, cached).
import {
	asksForAuthoring,
	conceptHits,
	nearestWord,
	parseQuery,
	rankPages,
	vocabularyIndex,
	type ClientVocabulary,
	type Concept,
	type ConceptHits,
} from '../search/query.ts';
import { matchNeeds, type ClientNeed, type NeedTarget } from '../search/needs-match.ts';

/** What Pagefind returns for one page (see Pagefind's JavaScript API). */
export interface PageData {
	url: string;
	meta: { title?: string; type?: string; domain?: string };
	excerpt: string;
	sub_results: { title: string; url: string; excerpt: string }[];
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PageData>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(
		term: string | null,
		options?: { filters?: Record<string, string | string[]> },
	): Promise<{ results: PagefindResult[] } | null>;
}

/** A query word replaced by the nearest indexed word. */
export interface Correction {
	from: string;
	to: string;
}

export interface Outcome {
	/** Page ids, best first, after the filters. */
	ids: string[];
	corrections: Correction[];
	/** True when only the authoring guide matched, so it is shown although the reader did not ask for it. */
	onlyAuthoring: boolean;
	/** Every page id the query matched before facet filters (for the filter counts). */
	matched: Set<string>;
	/** Pages put first because they answer the need the query describes: what to show for each (a challenge entry, say). */
	answers: Map<string, NeedTarget>;
	/** What the handbook's sources do not cover, when the query says so. */
	gap?: Gap;
}

/**
 * What search says the handbook does not cover: a need the editors know its sources do not
 * answer (`need`), or the query's meaningful words that no reader page has (`words`), and
 * whether its other words matched only words that most pages have (`nothing`).
 */
export interface Gap {
	need?: string;
	words: string[];
	nothing: boolean;
	nearest: NeedTarget[];
}

/** A word on more than this share of the readers' pages says nothing about what a query is about. */
const everywhereShare = 0.6;

/** The most pages search puts first for the needs a query describes. */
const maxAnswers = 3;

/** Labels of the filters every page carries (see `rankingFacets`). */
export const readersLabel = 'Readers';
export const editorsLabel = 'Content editors';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The query with each corrected word replaced by the indexed word. */
export function corrected(query: string, corrections: readonly Correction[]): string {
	return corrections.reduce(
		(q, f) => q.replace(new RegExp(`(?<![\\p{L}-])${escapeRegExp(f.from)}(?![\\p{L}-])`, 'iu'), f.to),
		query,
	);
}

export class SearchEngine {
	readonly ready: Promise<void>;
	#pagefind!: Pagefind;
	#vocabulary!: ReturnType<typeof vocabularyIndex>;
	/** How many pages are for readers (the page count search ranking uses). */
	#readerCount = 1;
	#editors = new Set<string>();
	#brief = new Set<string>();
	#reference = new Set<string>();
	#needs: ClientNeed[] = [];
	/** Whether a page is for readers. Pages with no audience (the home page) are neither readers' nor editors'. */
	#isReader: (id: string) => boolean = () => true;
	#words?: Promise<{ indexed: string[]; real: Set<string> }>;
	#facetIds = new Map<string, Promise<Set<string>>>();
	#results = new Map<string, PagefindResult>();
	#base: string;

	constructor(base: string, ranking: Record<string, unknown>) {
		this.#base = base.replace(/\/?$/, '/');
		this.ready = this.#load(ranking);
	}

	async #load(ranking: Record<string, unknown>): Promise<void> {
		const [pagefind, vocabulary] = await Promise.all([
			import(/* @vite-ignore */ `${this.#base}pagefind/pagefind.js`) as Promise<Pagefind>,
			fetch(`${this.#base}search-data.json`)
				.then((r) => (r.ok ? (r.json() as Promise<ClientVocabulary>) : { entries: [] }))
				.catch((): ClientVocabulary => ({ entries: [] })),
		]);
		// In the page's thread: the handbook's index is small, and Pagefind's worker would cost a
		// 12 KB download and a start-up before the first result.
		await pagefind.options({ noWorker: true, baseUrl: this.#base, ranking, excerptLength: 24 });
		this.#pagefind = pagefind;
		this.#vocabulary = vocabularyIndex(vocabulary);
		this.#needs = vocabulary.needs ?? [];
		// Pagefind's WebAssembly and index metadata load now, while the reader types.
		const init = pagefind.init();
		if (vocabulary.audience) {
			// Written when the site was built (see src/integrations/search-audience.ts): no filter index needed.
			this.#editors = new Set(vocabulary.audience.editors);
			this.#brief = new Set(vocabulary.audience.brief);
			this.#reference = new Set(vocabulary.audience.reference ?? []);
			const unlisted = new Set(vocabulary.audience.unlisted);
			this.#isReader = (id) => !this.#editors.has(id) && !unlisted.has(id);
			this.#readerCount = vocabulary.audience.readers;
			await init;
			return;
		}
		await init;
		const [readers, editors, brief] = await Promise.all([
			this.facetIds('audience', readersLabel),
			this.facetIds('audience', editorsLabel),
			this.facetIds('depth', 'Brief'),
		]);
		[this.#readerCount, this.#editors, this.#brief] = [readers.size, editors, brief];
		this.#isReader = (id) => readers.has(id);
	}

	/** Every page of the index (every page carries an audience). */
	async #everyPage(): Promise<Set<string>> {
		const [readers, editors] = await Promise.all([
			this.facetIds('audience', readersLabel),
			this.facetIds('audience', editorsLabel),
		]);
		return new Set([...readers, ...editors]);
	}

	/** The ids of every page with one filter value, from Pagefind's filter index (cached). */
	facetIds(facet: string, label: string): Promise<Set<string>> {
		const key = `${facet}\u0000${label}`;
		let ids = this.#facetIds.get(key);
		if (!ids) {
			ids = this.#pagefind
				.search(null, { filters: { [facet]: label } })
				.then((found) => new Set((found?.results ?? []).map((r) => this.#keep(r).id)));
			this.#facetIds.set(key, ids);
		}
		return ids;
	}

	#keep(result: PagefindResult): PagefindResult {
		if (!this.#results.has(result.id)) this.#results.set(result.id, result);
		return result;
	}

	/** Pagefind's data for a page found earlier: its address, title, type and excerpt. */
	data(id: string): Promise<PageData> {
		return this.#results.get(id)!.data();
	}

	async #hits(concept: Concept): Promise<ConceptHits & { top?: PagefindResult }> {
		const lists = await Promise.all(
			concept.alternatives.map(async (term) => {
				const found = await this.#pagefind.search(term);
				return (found?.results ?? []).map((r) => this.#keep(r));
			}),
		);
		return { ...conceptHits(concept, lists), top: lists[0]?.[0] };
	}

	/**
	 * Whether a word that Pagefind matched is in the index as typed. Pagefind also matches words
	 * that only begin like the query ("partnershp" finds "partners"), so its best page's matched
	 * words are read: the word is indexed when one of them begins with it ("trus" finds "trust").
	 * Otherwise the list of indexed words decides, fetched only then.
	 */
	async #mistyped(word: string, top: PagefindResult | undefined): Promise<string | undefined> {
		if (top) {
			const data = await top.data();
			const marked = [data.excerpt, ...data.sub_results.map((s) => s.excerpt)]
				.join(' ')
				.matchAll(/<mark>([^<]*)<\/mark>/g);
			for (const [, text] of marked)
				if (
					text!
						.toLowerCase()
						.replace(/[^\p{L}\p{N}-]/gu, '')
						.startsWith(word)
				)
					return undefined;
		}
		const { indexed, real } = await this.#indexedWords();
		// A real word is spelled right, even when the handbook does not use it: it is never replaced.
		if (indexed.includes(word) || real.has(word)) return undefined;
		const nearest = nearestWord(word, indexed);
		// A form of an indexed word ("conflicts" beside "conflict") is not a typo: Pagefind's stemming finds it.
		if (!nearest || nearest.startsWith(word) || word.startsWith(nearest)) return undefined;
		return nearest;
	}

	/**
	 * The list of indexed words, and after its `#` line the real words near them (never corrected),
	 * fetched the first time a query word is not in the index.
	 */
	#indexedWords(): Promise<{ indexed: string[]; real: Set<string> }> {
		this.#words ??= fetch(`${this.#base}search-words.txt`)
			.then((r) => (r.ok ? r.text() : ''))
			.catch(() => '')
			.then((text) => {
				const [indexed = '', real = ''] = text.split(/^#$/m);
				const lines = (part: string) => part.split('\n').filter(Boolean);
				return { indexed: lines(indexed), real: new Set(lines(real)) };
			});
		return this.#words;
	}

	/**
	 * What the handbook does not cover, when the query shows it: a gap the needs name, or the
	 * meaningful words no reader page has (after correction). Undefined when every word matched
	 * or when a need the query describes has an answer.
	 */
	#gap(hits: ConceptHits[], answered: boolean, gapNeed: ClientNeed | undefined): Gap | undefined {
		if (gapNeed) return { need: gapNeed.gap, words: [], nothing: false, nearest: gapNeed.nearest ?? [] };
		if (answered) return undefined;
		const onReaders = (h: ConceptHits) => [...h.scores.keys()].filter(this.#isReader).length;
		const missing = hits.filter((h) => onReaders(h) === 0 && !h.concept.text.startsWith('"'));
		if (!missing.length) return undefined;
		// Matching only words that most pages have ("coalition") says nothing about the subject.
		const nothing = hits.every((h) => onReaders(h) === 0 || onReaders(h) > everywhereShare * this.#readerCount);
		return { words: missing.map((h) => h.concept.text), nothing, nearest: [] };
	}

	/**
	 * Searches for a query: each concept, with the handbook's terms for it; a word that finds
	 * nothing is replaced by the nearest indexed word unless `exact`. The authoring guide is left
	 * out unless the reader chose it, asked about authoring, or nothing else matches.
	 */
	/** `filters`: facet id to the chosen values' labels, as Pagefind knows them. */
	async search(query: string, filters: ReadonlyMap<string, ReadonlySet<string>>, exact = false): Promise<Outcome> {
		await this.ready;
		const corrections: Correction[] = [];
		let hits: (ConceptHits & { top?: PagefindResult })[] = [];
		if (query.trim()) {
			hits = await Promise.all(parseQuery(query, this.#vocabulary).map((c) => this.#hits(c)));
			if (!exact) {
				const fixes = await Promise.all(
					hits.map(async ({ concept, top }) =>
						concept.fromVocabulary || !/^[\p{L}-]{4,}$/u.test(concept.text)
							? undefined
							: this.#mistyped(concept.text, top).then((to) => to && { from: concept.text, to }),
					),
				);
				corrections.push(...fixes.filter((f): f is Correction => Boolean(f)));
				// The corrected query is parsed again: a corrected word may complete a vocabulary phrase
				// ("psycological safety" → "psychological safety" → the safe and inclusive environment).
				if (corrections.length)
					hits = await Promise.all(
						parseQuery(corrected(query, corrections), this.#vocabulary).map((c) => this.#hits(c)),
					);
			}
		}
		let ranked = hits.length
			? rankPages(hits, { pageCount: this.#readerCount || 1, brief: this.#brief, reference: this.#reference })
			: null;
		// The pages that answer the need the query describes come first; a gap the needs name is said.
		const needs = query.trim() && !exact ? matchNeeds(corrected(query, corrections), this.#needs) : [];
		const answers = new Map<string, NeedTarget>();
		for (const { need } of needs) {
			if (answers.size >= maxAnswers) break;
			const target = need.answer;
			if (target?.id && !answers.has(target.id)) answers.set(target.id, target);
		}
		const gapNeed = needs[0]?.need.gap ? needs[0].need : undefined;
		if (answers.size) ranked = [...new Set([...answers.keys(), ...(ranked ?? [])])];
		const gap = query.trim() ? this.#gap(hits, answers.size > 0, gapNeed) : undefined;

		// Who the results are for: the reader's choice, else readers (editors too when asked, or when only they match).
		const audience = filters.get('audience');
		const isEditors = (id: string) => this.#editors.has(id);
		const isReader = this.#isReader;
		let allowed = isReader;
		let onlyAuthoring = false;
		if (audience?.size)
			allowed = (id) => (audience.has(readersLabel) && isReader(id)) || (audience.has(editorsLabel) && isEditors(id));
		else if (ranked && asksForAuthoring(query)) allowed = (id) => isReader(id) || isEditors(id);
		else if (ranked?.length && !ranked.some(isReader)) {
			allowed = isEditors;
			onlyAuthoring = true;
		}
		// Without a query (a filter-only address), every page is a candidate: Pagefind's audience filter lists them.
		const candidates = (ranked ?? [...(await this.#everyPage())]).filter(allowed);
		const matched = new Set(candidates);
		let ids = candidates;
		for (const [facet, chosen] of filters) {
			if (facet === 'audience' || !chosen.size) continue;
			const sets = await Promise.all([...chosen].map((label) => this.facetIds(facet, label)));
			ids = ids.filter((id) => sets.some((set) => set.has(id)));
		}
		return { ids, corrections, onlyAuthoring, matched, answers, gap };
	}
}
