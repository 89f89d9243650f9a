// The words of a query or a vocabulary phrase, as search, the needs and the check all read them. Kept apart from
// query.ts so that needs-match.ts (which query.ts's types name) can use them without an import cycle.
import { normalizeQuery } from './spelling.ts';

/**
 * Filler words: a question's grammar, not its subject. They are dropped from questions so
 * that "how do I build trust with another organization" searches for build, trust and
 * organization. A query made only of them is searched as typed.
 */
export const stopWords: ReadonlySet<string> = new Set(
	(
		'a about above after again against all am an and any are as at be because been before being below between both ' +
		'but by can cannot could did do does doing done down during each either else ever few for from further get gets ' +
		'getting got had has have having he her here hers herself him himself his how i if in into is it its itself ' +
		'just let lets me might mine more most much must my myself need needs no nor not now of off on once only or other ' +
		'others our ours ourselves out over own please really same shall she should so some someone something such ' +
		'than that the their theirs them themselves then there these they thing things this those though through to ' +
		'too under until up upon us very via was way ways we were what whatever when where whether which while who ' +
		'whom whose why will with within would yet you your yours yourself yourselves another etc tell tips want wants ' +
		'help does best good better able go going keep look looks like whether'
	).split(' '),
);

/** Words in the query, lowercased, with hyphenated words and digits kept whole. */
export function tokenize(query: string): string[] {
	return normalizeQuery(query)
		.toLowerCase()
		.replace(/[’']s\b/g, '')
		.split(/[^\p{L}\p{N}-]+/u)
		.map((w) => w.replace(/^-+|-+$/g, ''))
		.filter(Boolean);
}

/** A light singular form, only for matching vocabulary phrases ("disputes" finds "dispute"). */
export function singular(word: string): string {
	if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
	if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
	return word;
}

export const phraseKey = (words: string[]) => words.map(singular).join(' ');
