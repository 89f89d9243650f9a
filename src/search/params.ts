/**
 * The search page's address as data: `?q=conflict&type=practice&domain=develop-coalitions`.
 * Every value is looked up in Maps built from the facets, never as a property of a plain
 * object, so an address such as `?type=__proto__` is just an unknown id.
 */
import { editDistance } from './query.ts';

/** A search filter: its id in addresses, the name readers see, and its values (id to label). */
export interface Facet {
	id: string;
	name: string;
	/** What one value is called in messages ("page type"). */
	noun: string;
	/** Each value's label in Pagefind's filters (the index's, the same in every language), by id. */
	values: ReadonlyMap<string, string>;
	/** Each value's label as the page's language shows it, by id, where it differs from the index's. */
	shown: ReadonlyMap<string, string>;
}

/** A value in the address that names nothing, and the nearest id when there is one. */
export interface UnknownValue {
	facet: Facet;
	value: string;
	suggestion?: string;
}

export interface SearchState {
	query: string;
	/** Facet id to the chosen value ids. */
	selection: Map<string, Set<string>>;
	unknown: UnknownValue[];
}

/** A facet's string values from the page's JSON (`{ practice: 'Practice' }`); anything else is left out. */
function stringEntries(values: unknown): [string, string][] {
	return values && typeof values === 'object'
		? Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string')
		: [];
}

/**
 * The facets from the page's JSON (`{ type: { practice: 'Practice' } }`), in the given order, with the labels the
 * page's language shows where they differ from the index's (`shown`: `{ type: { practice: 'Pratique' } }`).
 */
export function facetsFrom(
	data: unknown,
	names: readonly (readonly [id: string, name: string, noun: string])[],
	shown: unknown = {},
): Facet[] {
	const source = new Map(Object.entries(data && typeof data === 'object' ? data : {}));
	const translated = new Map(Object.entries(shown && typeof shown === 'object' ? shown : {}));
	return names.map(([id, name, noun]) => ({
		id,
		name,
		noun,
		values: new Map(stringEntries(source.get(id))),
		shown: new Map(stringEntries(translated.get(id))),
	}));
}

/** A value's label as the page shows it: the language's, or the index's, or its id. */
export const shownLabel = (facet: Facet, id: string) => facet.shown.get(id) ?? facet.values.get(id) ?? id;

/** The nearest known id to a mistyped one ("practices" → "practice"), if it is near enough to be a typo. */
export function suggestId(value: string, ids: Iterable<string>): string | undefined {
	const lower = value.toLowerCase();
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const id of ids) {
		const distance = id === lower ? 0 : editDistance(lower, id, 4);
		if (distance < bestDistance) [best, bestDistance] = [id, distance];
	}
	return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

/** Reads the address: the query, the known filter values (repeatable, or comma-separated), and the unknown ones. */
export function parseSearchParams(params: URLSearchParams, facets: readonly Facet[]): SearchState {
	const selection = new Map<string, Set<string>>();
	const unknown: UnknownValue[] = [];
	for (const facet of facets) {
		const ids = params
			.getAll(facet.id)
			.flatMap((v) => v.split(','))
			.map((v) => v.trim())
			.filter(Boolean);
		for (const id of ids) {
			if (facet.values.has(id)) {
				if (!selection.has(facet.id)) selection.set(facet.id, new Set());
				selection.get(facet.id)!.add(id);
			} else unknown.push({ facet, value: id, suggestion: suggestId(id, facet.values.keys()) });
		}
	}
	return { query: params.get('q') ?? '', selection, unknown };
}

/** The address's query string for a search: `q` first, then each facet's values in facet order. */
export function toSearchParams(
	query: string,
	selection: ReadonlyMap<string, ReadonlySet<string>>,
	facets: readonly Facet[],
): URLSearchParams {
	const params = new URLSearchParams();
	if (query) params.set('q', query);
	for (const facet of facets) for (const id of selection.get(facet.id) ?? []) params.append(facet.id, id);
	return params;
}

/**
 * What to say of a value that names nothing: which of the search page's strings (`unknownFilterSuggest`, "No page
 * type called 'practices'. Did you mean 'practice'?", or `unknownFilterChoose`), and what fills it in.
 */
export function unknownMessage({ facet, value, suggestion }: UnknownValue) {
	const values = { noun: facet.noun, filter: facet.name, value };
	return suggestion
		? { key: 'unknownFilterSuggest' as const, values: { ...values, suggestion } }
		: { key: 'unknownFilterChoose' as const, values };
}
