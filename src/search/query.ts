/**
 * The handbook's query processing, shared by the header's search dialog and the search page.
 * Pure functions (no Pagefind, no DOM), so the unit tests run them as the browser does:
 * a question in a leader's own words becomes a few concepts, each with the handbook's terms
 * for it; Pagefind searches each; the results are merged so that pages matching most of the
 * meaningful words come first, and pages matching all of them first of all.
 */
import type { ClientNeed } from './needs-match.ts';
import { phraseKey, stopWords, tokenize } from './words.ts';

/** The search vocabulary as the browser receives it: what leaders type, and the handbook's terms for it. */
export interface ClientVocabulary {
	/** One entry per vocabulary entry: the words leaders use, and the handbook's terms they map to. */
	entries: { words: string[]; means: string[] }[];
	/**
	 * Which of Pagefind's pages (by its page id) are for content editors and which are brief, and how
	 * many pages are for readers: added after Pagefind has indexed the site (`search-audience.ts`), so
	 * that a first search needs no filter index to rank and to leave out the authoring guide.
	 */
	audience?: PageAudience;
	/** The needs leaders describe and the pages that answer them (`content/search/needs.yaml`). */
	needs?: ClientNeed[];
}

/** Pagefind page ids of the authoring guide's pages and of brief pages, and the number of readers' pages. */
export interface PageAudience {
	editors: string[];
	brief: string[];
	/** Pages indexed without an audience (the home page, whose hero has no page title): never a result. */
	unlisted: string[];
	readers: number;
	/** Long reference pages (the glossary): one line on many subjects, ranked below the pages that treat one. */
	reference?: string[];
}

/** One meaningful part of a query: a word or a vocabulary phrase, and what to search for it. */
export interface Concept {
	/** The words as the reader typed them (after spelling normalization). */
	text: string;
	/** What Pagefind is asked for: the reader's own words first, then the handbook's terms. */
	alternatives: string[];
	/** True when the concept came from the search vocabulary. */
	fromVocabulary: boolean;
}

/** The vocabulary as a lookup from a phrase's key to its terms, and the longest phrase's length. */
export function vocabularyIndex(vocabulary: ClientVocabulary): { terms: Map<string, string[]>; longest: number } {
	const terms = new Map<string, string[]>();
	let longest = 1;
	for (const entry of vocabulary.entries) {
		for (const word of entry.words) {
			const words = tokenize(word);
			if (!words.length) continue;
			const key = phraseKey(words);
			terms.set(key, [...new Set([...(terms.get(key) ?? []), ...entry.means])]);
			longest = Math.max(longest, words.length);
		}
	}
	return { terms, longest };
}

/**
 * A query as concepts: vocabulary phrases (longest first, filler words allowed inside them),
 * then every remaining word that is not filler. A quoted query is one exact concept.
 */
export function parseQuery(query: string, index: ReturnType<typeof vocabularyIndex>): Concept[] {
	if (/^\s*".+"\s*$/.test(query)) return [{ text: query.trim(), alternatives: [query.trim()], fromVocabulary: false }];
	const words = tokenize(query);
	const concepts: Concept[] = [];
	for (let i = 0; i < words.length;) {
		let matched = false;
		for (let length = Math.min(index.longest, words.length - i); length >= 1; length--) {
			const phrase = words.slice(i, i + length);
			const terms = index.terms.get(phraseKey(phrase));
			if (!terms) continue;
			const text = phrase.join(' ');
			const own = phrase.filter((w) => !stopWords.has(w)).join(' ');
			concepts.push({ text, alternatives: [...new Set([own || text, ...terms])], fromVocabulary: true });
			i += length;
			matched = true;
			break;
		}
		if (matched) continue;
		const word = words[i]!;
		if (!stopWords.has(word)) concepts.push({ text: word, alternatives: [word], fromVocabulary: false });
		i++;
	}
	// A query of filler words only ("how to") is searched as typed rather than not at all.
	if (!concepts.length && words.length) {
		const text = words.join(' ');
		return [{ text, alternatives: [text], fromVocabulary: false }];
	}
	// The same concept twice ("trust and trust") counts once.
	return concepts.filter((c, i) => concepts.findIndex((d) => d.text === c.text) === i);
}

/** Edit distance with adjacent transpositions (Damerau–Levenshtein, optimal string alignment), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
	if (Math.abs(a.length - b.length) > cap) return cap + 1;
	const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
	for (let i = 1; i <= a.length; i++) {
		let best = Infinity;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
			rows[i]![j] = d;
			best = Math.min(best, d);
		}
		if (best > cap) return cap + 1;
	}
	return rows[a.length]![b.length]!;
}

/**
 * The indexed word nearest to a word that is not in the index: one edit away for short words,
 * two for words of eight letters or more. `words` is ordered most frequent first, which breaks ties.
 */
export function nearestWord(word: string, words: readonly string[]): string | undefined {
	if (word.length < 4 || /\d/.test(word)) return undefined;
	const allowed = word.length >= 8 ? 2 : 1;
	let best: string | undefined;
	let bestDistance = allowed + 1;
	for (const candidate of words) {
		if (candidate === word || Math.abs(candidate.length - word.length) > allowed) continue;
		const distance = editDistance(word, candidate, allowed);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
			if (distance === 1) break;
		}
	}
	return best;
}

/** What Pagefind found for one concept: every page id that matched any of its alternatives, with a score. */
export interface ConceptHits {
	concept: Concept;
	/** Page id to its score, scaled so the concept's best page scores 1. */
	scores: Map<string, number>;
}

/**
 * Scales the concept's Pagefind scores to 0–1 (its best page scores 1) and keeps each page's
 * best. All alternatives share one scale, so a page that matches the handbook's whole term for
 * a concept (a practice's title, say) outranks one that merely has the reader's word.
 */
export function conceptHits(concept: Concept, results: { id: string; score: number }[][]): ConceptHits {
	const raw = new Map<string, number>();
	results.forEach((list, i) => {
		// The editors say what a leader's phrase means: their terms count more than its own words.
		const factor = i === 0 && concept.fromVocabulary && concept.alternatives.length > 1 ? ownWordsWeight : 1;
		for (const r of list) raw.set(r.id, Math.max(raw.get(r.id) ?? 0, r.score * factor));
	});
	const top = Math.max(0, ...raw.values());
	return { concept, scores: new Map([...raw].map(([id, score]) => [id, top > 0 ? score / top : 0])) };
}

/** How much a vocabulary phrase's own words count beside the handbook's terms for it. */
export const ownWordsWeight = 0.5;

export interface RankOptions {
	/** How many pages can be found at all (for how rare each concept is). */
	pageCount: number;
	/** Pages whose body is mostly "the sources only name this": ranked below pages with substance. */
	brief?: ReadonlySet<string>;
	/** Long reference pages (the glossary): ranked below the pages that treat a subject. */
	reference?: ReadonlySet<string>;
}

/** How much less a reference page's score counts: it names many subjects in a line each. */
export const referencePageFactor = 0.5;

/** How much less a brief page's score counts than a page with substance on the same words. */
export const briefPageFactor = 0.35;

/** A concept on more than this share of the pages says little about any of them. */
export const commonShare = 0.4;
/** The vocabulary is the editors' own mapping of a leader's words: its concepts count more than a lone word. */
export const vocabularyWeight = 1.5;

/**
 * Merges the concepts' hits into one ranking. Pages matching every concept (by the reader's word
 * or the handbook's term for it; a word on nearly every page is not required) come first; then
 * the others, by how many of the concepts they match, each weighted by how rare it is and how
 * well the page matches it.
 */
export function rankPages(hits: ConceptHits[], options: RankOptions): string[] {
	const found = hits.filter((h) => h.scores.size > 0);
	if (!found.length) return [];
	const informative = found.filter((h) => h.scores.size <= commonShare * options.pageCount);
	const required = informative.length ? informative : found;
	// A rare word says more about a page than a common one; the vocabulary's concepts count more.
	const weight = (h: ConceptHits) =>
		Math.log(1 + options.pageCount / (1 + h.scores.size)) * (h.concept.fromVocabulary ? vocabularyWeight : 1);
	const weights = found.map(weight);
	const pages = new Map<string, { all: boolean; score: number }>();
	for (const id of new Set(found.flatMap((h) => [...h.scores.keys()]))) {
		let score = 0;
		found.forEach((h, i) => {
			const s = h.scores.get(id);
			if (s !== undefined) score += weights[i]! * (0.2 + 0.8 * s);
		});
		if (options.brief?.has(id)) score *= briefPageFactor;
		if (options.reference?.has(id)) score *= referencePageFactor;
		pages.set(id, { all: required.every((h) => h.scores.has(id)), score });
	}
	return [...pages.entries()]
		.sort(([, a], [, b]) => Number(b.all) - Number(a.all) || b.score - a.score)
		.map(([id]) => id);
}

/** Words that show the reader is looking for the authoring guide, whose pages are otherwise left out. */
export const authoringWords: ReadonlySet<string> = new Set([
	'authoring',
	'author',
	'authors',
	'editor',
	'editors',
	'editing',
	'frontmatter',
	'mdx',
]);

/** True when the query asks about the authoring guide itself. */
export function asksForAuthoring(query: string): boolean {
	return tokenize(query).some((w) => authoringWords.has(w));
}
