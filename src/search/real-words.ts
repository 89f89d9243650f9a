/**
 * Real English words, so that typo correction stays honest: a query word that is a real word is
 * spelled correctly even when the handbook does not use it ("involving", "resolving"), and search
 * says it found nothing for it rather than searching for a nearby word ("evolving") instead.
 * The browser gets only the real words that correction could otherwise replace: those near a
 * word of the index.
 */
import { editDistance } from './query.ts';
// English words of four letters or more (SCOWL, through Debian's word lists): see the file's header.
// Bundled into the build's server code only: the browser gets the few near the index.
import wordList from './english-words.txt?raw';

let cached: string[] | undefined;
/** The English word list, one lowercase word a line, split once. */
export function englishWords(): string[] {
	cached ??= wordList.split('\n').filter((line) => line && !line.startsWith('#'));
	return cached;
}

/** How many edits correction allows for a word (as `nearestWord` does). */
const allowedEdits = (word: string) => (word.length >= 8 ? 2 : 1);

/** The word with up to `edits` letters deleted, every way. */
function deletions(word: string, edits: number): Set<string> {
	const all = new Set([word]);
	let current = [word];
	for (let n = 0; n < edits; n++) {
		const next: string[] = [];
		for (const w of current)
			for (let i = 0; i < w.length; i++) {
				const shorter = w.slice(0, i) + w.slice(i + 1);
				if (!all.has(shorter)) next.push(shorter);
				all.add(shorter);
			}
		current = next;
	}
	return all;
}

/**
 * The real words that typo correction could replace with a word of `indexed`: within its allowed
 * edits of an indexed word and not a form of it (which Pagefind's stemming finds). Found by
 * shared deletions, which every pair within two edits has, then confirmed by edit distance.
 */
export function realWordsNear(indexed: readonly string[], dictionary: readonly string[] = englishWords()): string[] {
	const index = new Set(indexed);
	const byDeletion = new Map<string, string[]>();
	for (const word of indexed)
		for (const d of deletions(word, 2)) {
			const list = byDeletion.get(d);
			if (list) list.push(word);
			else byDeletion.set(d, [word]);
		}
	const near: string[] = [];
	for (const word of dictionary) {
		if (index.has(word) || word.length < 4) continue;
		const edits = allowedEdits(word);
		const candidates = new Set([...deletions(word, edits)].flatMap((d) => byDeletion.get(d) ?? []));
		for (const c of candidates)
			if (
				Math.abs(c.length - word.length) <= edits &&
				!c.startsWith(word) &&
				!word.startsWith(c) &&
				editDistance(word, c, edits) <= edits
			) {
				near.push(word);
				break;
			}
	}
	return near.sort();
}
