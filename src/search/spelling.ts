/**
 * Spelling variants. The sources mix Canadian, UK and US spelling; readers type any
 * of them. Search normalizes every query word to the handbook's Canadian form, and
 * pages whose text uses another form (mostly in quotations) are also indexed under
 * the Canadian form. Only whole words listed here are touched, so precision holds.
 */
const groups: [canonical: string, ...variants: string[]][] = [
	['organization', 'organisation'],
	['organizations', 'organisations'],
	['organizational', 'organisational'],
	['inter-organizational', 'inter-organisational', 'interorganizational', 'interorganisational'],
	['mobilize', 'mobilise'],
	['mobilizes', 'mobilises'],
	['mobilized', 'mobilised'],
	['mobilizing', 'mobilising'],
	['mobilization', 'mobilisation'],
	['centre', 'center'],
	['centres', 'centers'],
	['centred', 'centered'],
	['behaviour', 'behavior'],
	['behaviours', 'behaviors'],
	['behavioural', 'behavioral'],
	['coordinated', 'co-ordinated'],
	['coordinate', 'co-ordinate'],
	['coordination', 'co-ordination'],
	['cooperation', 'co-operation'],
	['program', 'programme'],
	['programs', 'programmes'],
	['prioritize', 'prioritise'],
	['prioritized', 'prioritised'],
	['recognize', 'recognise'],
	['realize', 'realise'],
	['analyze', 'analyse'],
	['summarize', 'summarise'],
	['emphasize', 'emphasise'],
	['minimize', 'minimise'],
	['utilize', 'utilise'],
	['colour', 'color'],
	['favour', 'favor'],
	['labour', 'labor'],
	['defence', 'defense'],
	['licence', 'license'],
	['practise', 'practice'],
];

/** Every variant and canonical form, lowercased, to its canonical form. */
export const canonicalSpelling: ReadonlyMap<string, string> = new Map(
	groups.flatMap(([canonical, ...variants]) => [
		[canonical, canonical],
		...variants.map((v) => [v, canonical] as const),
	]),
);
// "practice" is the noun in every source; only the verb differs, so it is not rewritten.
(canonicalSpelling as Map<string, string>).delete('practice');

const wordPattern = /[a-z]+(?:-[a-z]+)*/gi;

/** A search query with every listed variant replaced by its Canadian form. */
export function normalizeQuery(query: string): string {
	return query.replace(wordPattern, (word) => canonicalSpelling.get(word.toLowerCase()) ?? word);
}

/** The Canadian forms a text does not contain but whose variants it does: what to add to its search index. */
export function missingCanonicalForms(text: string): string[] {
	const words = new Set((text.match(wordPattern) ?? []).map((w) => w.toLowerCase()));
	const missing = new Set<string>();
	for (const word of words) {
		const canonical = canonicalSpelling.get(word);
		if (canonical && canonical !== word && !words.has(canonical)) missing.add(canonical);
	}
	return [...missing].sort();
}
