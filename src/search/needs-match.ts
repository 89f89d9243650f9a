/**
 * Search by need: leaders describe situations ("a partner keeps sending junior staff to our
 * board"), not the sources' terms. The editors list, for each page or challenge entry, the
 * situations it answers (`content/search/needs.yaml`); a query that describes one of them finds
 * that answer first. Pure functions, shared by the browser and the tests.
 */
import { singular, stopWords, tokenize } from './words.ts';

/** A page or challenge entry, as search shows it. `id` is Pagefind's page id, added after indexing. */
export interface NeedTarget {
	url: string;
	title: string;
	id?: string;
}

/** One entry of the needs as the browser gets it: the phrasings, and the answer or the gap. */
export interface ClientNeed {
	phrases: string[];
	answer?: NeedTarget;
	/** What the handbook's sources do not cover, for a need they do not answer. */
	gap?: string;
	nearest?: NeedTarget[];
}

/** A need a query describes, and how closely (0–1). */
export interface NeedMatch {
	need: ClientNeed;
	score: number;
}

/** Words that carry no situation: a need's phrasing without them still says the same. */
const situationFiller = new Set(
	'always still seem seems seemed anyone anything ever also actually lot lots really kind sort keep kept'.split(' '),
);

/** A light stem, so that "meetings", "meeting" and "meet", or "ignores" and "ignored", match. */
export function needStem(word: string): string {
	let w = singular(word);
	// "disrespectful" → "disrespect", "openness" → "open", "fairly" → "fair".
	w = w.replace(/(?<=\p{L}{4})(?:ful|ness|ly)$/u, '');
	if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
	else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
	if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
	// "getting" → "gett" → "get"; "ss" and "ll" are part of the word ("missing", "willing").
	if (/([b-df-hj-km-rt-z])\1$/.test(w)) w = w.slice(0, -1);
	return w;
}

/** The meaningful words of a query or phrasing, stemmed, once each. */
export function needWords(text: string): string[] {
	const words = tokenize(text)
		.filter((w) => !stopWords.has(w) && !situationFiller.has(w))
		.map(needStem)
		.filter((w) => w.length > 1 && !stopWords.has(w) && !situationFiller.has(w));
	return [...new Set(words)];
}

/** How closely a query must describe a need to find its answer first (cosine of the weighted words). */
export const needThreshold = 0.45;

/**
 * The needs a query describes, closest first. Words are weighted by how few needs use them (a
 * word every need has, like "partner", says little), and a phrasing matches when the words it
 * shares with the query carry most of the weight of both.
 */
export function matchNeeds(query: string, needs: readonly ClientNeed[]): NeedMatch[] {
	const asked = needWords(query);
	if (asked.length < 2) return [];
	const phrased = needs.map((need) => need.phrases.map(needWords));
	const frequency = new Map<string, number>();
	for (const phrases of phrased) for (const w of new Set(phrases.flat())) frequency.set(w, (frequency.get(w) ?? 0) + 1);
	// A word no need uses counts as one that a single need uses: it tells only that the query says more.
	const weight = (w: string) => Math.log(1 + needs.length / (frequency.get(w) ?? 1));
	const total = (words: Iterable<string>) => [...words].reduce((sum, w) => sum + weight(w), 0);
	const askedWeight = total(asked);
	const matches: NeedMatch[] = [];
	needs.forEach((need, i) => {
		let best = 0;
		for (const words of phrased[i]!) {
			const shared = words.filter((w) => asked.includes(w));
			if (shared.length < Math.min(2, words.length)) continue;
			best = Math.max(best, total(shared) / Math.sqrt(total(words) * askedWeight));
		}
		if (best >= needThreshold) matches.push({ need, score: best });
	});
	return matches.sort((a, b) => b.score - a.score);
}
