// The search page's filters (src/pages/[...locale]/search.astro): a panel with a group of checkboxes per facet, with
// each value's count for the current search, and a chip for each chosen value. Only the search page loads
// this module: the header's search dialog has no filters, so a reader's first search does not download them.
// Element classes keep Pagefind UI's names, which Starlight's styling and the browser tests know.
import words, { fill } from 'virtual:handbook/ui-strings/searchPage';
import { shownLabel, unknownMessage, type Facet, type UnknownValue } from '../search/params.ts';
import { el, plural } from './dom.ts';
import type { Outcome, SearchEngine } from './search-engine.ts';

/** What the filters share with the search UI that holds them. */
export interface FilterHost {
	/** The UI's own prefix for element ids. */
	readonly uid: string;
	/** The chosen filter ids by facet: the UI's own, read and changed in place. */
	readonly selection: Map<string, Set<string>>;
	/** The search engine, loaded on first use. */
	engine(): SearchEngine;
	/** Tells the UI that the chosen filters changed, so it searches again. */
	changed(): void;
}

interface FacetCount {
	id: string;
	/** The value's label in the index (what Pagefind's filters name). */
	valueLabel: string;
	/** Pages with the value; unknown before the search engine is loaded (no search yet). */
	count?: number;
}

/**
 * The count of each of a facet's values among the pages that match the query (`matched`), with the
 * filters chosen in the other facets (as labels). The audience facet counts every page with the value.
 */
async function facetCounts(
	engine: SearchEngine,
	facet: Facet,
	matched: Iterable<string>,
	chosen: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<{ facet: Facet; values: FacetCount[] }> {
	// A value's count: the matching pages with the other facets' choices, and this value.
	let pool = [...matched];
	for (const [other, labels] of chosen) {
		if (other === facet.id || other === 'audience') continue;
		const sets = await Promise.all([...labels].map((l) => engine.facetIds(other, l)));
		pool = pool.filter((id) => sets.some((s) => s.has(id)));
	}
	const values = await Promise.all(
		[...facet.values].map(async ([id, valueLabel]) => {
			const ids = await engine.facetIds(facet.id, valueLabel);
			return {
				id,
				valueLabel,
				count: facet.id === 'audience' ? ids.size : pool.filter((p) => ids.has(p)).length,
			};
		}),
	);
	return { facet, values };
}

/**
 * One facet's group in the filter panel: a checkbox for each value that has pages or is chosen
 * (`picked`), each calling `toggle` when it changes.
 */
function filterGroup(
	uid: string,
	{ facet, values }: { facet: Facet; values: FacetCount[] },
	picked: ReadonlySet<string> | undefined,
	open: boolean,
	toggle: (facet: string, id: string, on: boolean) => void,
): HTMLDetailsElement {
	const group = el('details', 'pagefind-ui__filter-block');
	group.dataset.facet = facet.id;
	group.open = open;
	const summary = el('summary', 'pagefind-ui__filter-name', facet.name);
	const fieldset = el('fieldset', 'pagefind-ui__filter-group');
	fieldset.append(el('legend', 'sr-only', facet.name));
	for (const { id, count } of values) {
		if (count === 0 && !picked?.has(id)) continue;
		const row = el('div', 'pagefind-ui__filter-value');
		const box = el('input', 'pagefind-ui__filter-checkbox');
		Object.assign(box, { type: 'checkbox', id: `${uid}-${facet.id}-${id}`, name: facet.id, value: id });
		box.checked = Boolean(picked?.has(id));
		box.addEventListener('change', () => toggle(facet.id, id, box.checked));
		const shown = shownLabel(facet, id);
		const boxLabel = el('label', 'pagefind-ui__filter-label', count === undefined ? shown : `${shown} (${count})`);
		boxLabel.htmlFor = box.id;
		row.append(box, boxLabel);
		fieldset.append(row);
	}
	if (facet.id === 'audience') fieldset.append(el('p', 'search-filter-note', words.audienceNote));
	group.append(summary, fieldset);
	return group;
}

/** A button that removes one chosen filter. */
function chip(facet: Facet, label: string, remove: () => void): HTMLButtonElement {
	const button = el('button', 'search-chip');
	button.type = 'button';
	button.append(fill(words.filterChip, { filter: facet.name, value: label }), el('span', 'search-chip-x', '×'));
	button.querySelector('.search-chip-x')!.setAttribute('aria-hidden', 'true');
	button.setAttribute('aria-label', fill(words.removeFilter, { filter: facet.name, value: label }));
	button.addEventListener('click', remove);
	return button;
}

/** What the search page says of a value in its address that names nothing, in the page's language. */
export function unknownValueMessage(unknown: UnknownValue): string {
	const { key, values } = unknownMessage(unknown);
	return fill(key === 'unknownFilterSuggest' ? words.unknownFilterSuggest : words.unknownFilterChoose, values);
}

/** A value's label in the index, which Pagefind's filters name. */
const labelOf = (facet: Facet, id: string) => facet.values.get(id) ?? id;

/** The panel's heading, with how many values are chosen. */
function filtersHeading(total: number): string {
	return total
		? fill(plural(total, words.filtersChosenOne, words.filtersChosenOther), { count: total })
		: words.filters;
}

/** The filter panel and chips of one search UI. */
export class SearchFilters {
	readonly #facets: Facet[];
	#host: FilterHost | undefined;
	readonly #panel = el('details', 'search-filters');
	readonly #summary = el('summary', 'search-filters-summary', words.filters);
	readonly #body = el('div', 'search-filters-body');
	readonly #chips = el('div', 'search-chips');

	/** `facets`: the filters to offer, in order. */
	constructor(facets: Facet[]) {
		this.#facets = facets;
		this.#panel.append(this.#summary, this.#body);
		this.#chips.hidden = true;
	}

	/** Joins the search UI `host`; returns the elements it places between the search box and the results. */
	attach(host: FilterHost): HTMLElement[] {
		this.#host = host;
		// Open beside the results on a wide screen; collapsed on a phone, so the results stay in view.
		this.#panel.open = window.matchMedia('(min-width: 50rem)').matches;
		return [this.#panel, this.#chips];
	}

	get #attached(): FilterHost {
		if (!this.#host) throw new Error('The search filters are used before a search UI holds them.');
		return this.#host;
	}

	/** The chosen filters by facet, as value labels (what Pagefind's filters name). */
	chosenLabels(): Map<string, Set<string>> {
		const { selection } = this.#attached;
		return new Map(
			this.#facets
				.filter((f) => selection.get(f.id)?.size)
				.map((f) => [f.id, new Set([...selection.get(f.id)!].map((id) => labelOf(f, id)))] as const),
		);
	}

	/** Shows each facet's values with their counts for this search (`outcome`), then the chips. */
	async render(outcome: Outcome): Promise<void> {
		const { engine, selection, uid } = this.#attached;
		const chosen = this.chosenLabels();
		const groups = await Promise.all(
			this.#facets.map((facet) => facetCounts(engine(), facet, outcome.matched, chosen)),
		);
		const openBefore = new Set(
			[...this.#body.querySelectorAll<HTMLDetailsElement>('details[data-facet]')]
				.filter((d) => d.open)
				.map((d) => d.dataset.facet),
		);
		const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement.id : '';
		this.#body.replaceChildren(
			...groups.map((group) => {
				const picked = selection.get(group.facet.id);
				// Collapsed unless the reader opened it or chose one of its values, so the results stay in view.
				const open = openBefore.has(group.facet.id) || Boolean(picked?.size);
				return filterGroup(uid, group, picked, open, this.#toggle);
			}),
		);
		if (focused) document.getElementById(focused)?.focus();
		const total = [...selection.values()].reduce((n, s) => n + s.size, 0);
		this.#summary.textContent = filtersHeading(total);
		this.#renderChips();
	}

	/** Shows each facet's values, without counts, before the first search (counts would need the engine). */
	renderUncounted(): void {
		const { uid } = this.#attached;
		this.#body.replaceChildren(
			...this.#facets.map((facet) =>
				filterGroup(
					uid,
					{ facet, values: [...facet.values].map(([id, valueLabel]) => ({ id, valueLabel })) },
					undefined,
					false,
					this.#toggle,
				),
			),
		);
		this.#summary.textContent = filtersHeading(0);
		this.#renderChips();
	}

	/** Shows a chip for each chosen filter, and "Clear all" when there is one. */
	#renderChips(): void {
		const { selection, changed } = this.#attached;
		const list: HTMLElement[] = [];
		for (const facet of this.#facets)
			for (const id of selection.get(facet.id) ?? [])
				list.push(chip(facet, shownLabel(facet, id), () => this.#toggle(facet.id, id, false)));
		if (list.length) {
			const all = el('button', 'search-clear-all', words.clearAllFilters);
			all.type = 'button';
			all.addEventListener('click', () => {
				selection.clear();
				changed();
			});
			list.push(all);
		}
		this.#chips.replaceChildren(...list);
		this.#chips.hidden = !list.length;
	}

	/** Chooses or drops one filter value, and has the UI search again. */
	readonly #toggle = (facet: string, id: string, on: boolean): void => {
		const { selection, changed } = this.#attached;
		if (!selection.has(facet)) selection.set(facet, new Set());
		if (on) selection.get(facet)!.add(id);
		else selection.get(facet)!.delete(id);
		if (!selection.get(facet)!.size) selection.delete(facet);
		changed();
	};
}
