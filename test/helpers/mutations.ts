/**
 * Seeded, random mutations of real content files, for the robustness test: the kinds of
 * mistakes editors make (broken frontmatter, wrong types, misspelled tags and keys,
 * unbalanced MDX, truncated bibliography entries, bad links).
 */

/** A small, seedable PRNG (mulberry32), so a failing mutation can be replayed from its seed. */
export function random(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (n: number) => Math.floor(next() * n),
		pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
	};
}
type Random = ReturnType<typeof random>;

/** Swaps two neighbouring letters of a word: the typical typo. */
function typo(word: string, rng: Random): string {
	if (word.length < 3) return `${word}x`;
	const i = 1 + rng.int(word.length - 2);
	return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

/** Replaces one random match of `pattern` using `edit`; undefined when there is none. */
function replaceOne(
	text: string,
	pattern: RegExp,
	edit: (match: RegExpExecArray) => string,
	rng: Random,
): string | undefined {
	const matches = [
		...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)),
	];
	if (!matches.length) return undefined;
	const match = rng.pick(matches);
	return text.slice(0, match.index) + edit(match) + text.slice(match.index + match[0].length);
}

const lines = (text: string) => text.split('\n');
const frontmatterEnd = (text: string) => text.indexOf('\n---', 4);

export interface Mutation {
	name: string;
	/** Which kind of file it applies to. */
	applies: 'page' | 'bibliography' | 'glossary' | 'taxonomy' | 'any';
	apply(text: string, rng: Random): string | undefined;
}

export const mutations: Mutation[] = [
	{
		name: 'delete a frontmatter line',
		applies: 'page',
		apply: (t, r) => {
			const ls = lines(t);
			const end = lines(t.slice(0, frontmatterEnd(t))).length;
			if (end < 3) return undefined;
			ls.splice(1 + r.int(end - 1), 1);
			return ls.join('\n');
		},
	},
	{
		name: 'drop the closing frontmatter fence',
		applies: 'page',
		apply: (t) => (frontmatterEnd(t) > 0 ? t.slice(0, frontmatterEnd(t)) + t.slice(frontmatterEnd(t) + 4) : undefined),
	},
	{
		name: 'break frontmatter YAML',
		applies: 'page',
		apply: (t, r) =>
			replaceOne(t.slice(0, frontmatterEnd(t)), /^(\w+): /m, (m) => `${m[1]}: : [`, r)?.concat(
				t.slice(frontmatterEnd(t)),
			),
	},
	{
		name: 'unknown page type',
		applies: 'page',
		apply: (t, r) => replaceOne(t, /^type: ([\w-]+)$/m, (m) => `type: ${typo(m[1]!, r)}`, r),
	},
	{
		name: 'capabilities as a string',
		applies: 'page',
		apply: (t, r) => replaceOne(t, /^capabilities: \[([\w-]+)[^\]]*\]$/m, (m) => `capabilities: ${m[1]}`, r),
	},
	{
		name: 'title as a list',
		applies: 'page',
		apply: (t, r) => replaceOne(t, /^title: (.+)$/m, (m) => `title: [${m[1]}`, r),
	},
	{
		name: 'misspell a capability id',
		applies: 'page',
		apply: (t, r) => replaceOne(t, /(?<=^capabilities: \[[^\]]*?)\b[a-z]+-[a-z-]+\b/m, (m) => typo(m[0], r), r),
	},
	{
		name: 'misspell a citation key',
		applies: 'page',
		apply: (t, r) => replaceOne(t, /(?<=\[@)[a-z0-9-]+/, (m) => typo(m[0], r), r),
	},
	{
		name: 'misspell a source key',
		applies: 'page',
		apply: (t, r) =>
			replaceOne(t, /(?<=^sources: \[[^\]]*?)\b[a-z0-9]+-(?:\d{4}|nd)-[a-z]+\b/m, (m) => typo(m[0], r), r),
	},
	{
		name: 'misspell a glossary term',
		applies: 'page',
		apply: (t, r) => replaceOne(t, /(?<=\(glossary:)[a-z0-9-]+/, (m) => typo(m[0], r), r),
	},
	{
		name: 'break an internal link',
		applies: 'page',
		apply: (t, r) => replaceOne(t, /(?<=\]\(\/)[a-z0-9-]+/, (m) => typo(m[0], r), r),
	},
	{
		name: 'break an anchor',
		applies: 'page',
		apply: (t, r) => replaceOne(t, /(?<=\]\([^)#\s]*#)[a-z0-9-]+/, (m) => typo(m[0], r), r),
	},
	{
		name: 'unbalanced brace in prose',
		applies: 'page',
		apply: (t, r) => {
			const body = frontmatterEnd(t) + 5;
			const at = body + r.int(Math.max(1, t.length - body));
			return t.slice(0, at) + '{' + t.slice(at);
		},
	},
	{
		name: 'unclosed tag',
		applies: 'page',
		apply: (t, r) => {
			const body = frontmatterEnd(t) + 5;
			const at = t.indexOf(' ', body + r.int(Math.max(1, t.length - body)));
			return at < 0 ? undefined : `${t.slice(0, at)} <div>${t.slice(at)}`;
		},
	},
	{ name: 'stray closing quotation tag', applies: 'page', apply: (t, r) => replaceOne(t, /<q>/, () => '</q>', r) },
	{ name: 'image without alt text', applies: 'page', apply: (t) => `${t}\n![](/images/diagram.svg)\n` },
	{
		name: 'delete a random line',
		applies: 'any',
		apply: (t, r) => {
			const ls = lines(t);
			if (ls.length < 3) return undefined;
			ls.splice(r.int(ls.length), 1);
			return ls.join('\n');
		},
	},
	{
		name: 'insert a random character',
		applies: 'any',
		apply: (t, r) => {
			const at = r.int(t.length);
			return t.slice(0, at) + r.pick(['{', '}', '<', '[', ']', ':', '"', '`', '\t']) + t.slice(at);
		},
	},
	{
		name: 'truncate the file',
		applies: 'any',
		apply: (t, r) => t.slice(0, Math.floor(t.length * (0.2 + 0.7 * r.next()))),
	},
	{
		name: 'remove a bibliography field',
		applies: 'bibliography',
		apply: (t, r) => replaceOne(t, /^\s+"(author|id|type|note)": .*\n/m, () => '', r),
	},
	{
		name: 'truncate a bibliography entry',
		applies: 'bibliography',
		apply: (t, r) => replaceOne(t, /\{\n\s+"id": [^}]*?\n\s+\}/, (m) => m[0].slice(0, Math.floor(m[0].length / 2)), r),
	},
	{
		name: 'rename a bibliography key',
		applies: 'bibliography',
		apply: (t, r) => replaceOne(t, /(?<="id": ")[a-z0-9-]+/, (m) => typo(m[0], r), r),
	},
	{
		name: 'misspell a glossary citation',
		applies: 'glossary',
		apply: (t, r) => replaceOne(t, /(?<=cite: \[)[a-z0-9-]+/, (m) => typo(m[0], r), r),
	},
	{
		name: 'break glossary indentation',
		applies: 'glossary',
		apply: (t, r) => replaceOne(t, /^ {2}(term|definition): /m, (m) => ` ${m[1]}: `, r),
	},
	{
		name: 'duplicate a capability id',
		applies: 'taxonomy',
		apply: (t, r) => replaceOne(t, /\{ id: ([a-z-]+),/, () => '{ id: self-aware,', r),
	},
];
