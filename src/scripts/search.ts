// The search UI, shared by the header's dialog and the search page: a search box, a message,
// an optional filter panel, and the results. Built on Pagefind's JavaScript API through
// search-engine.ts (Pagefind's own UI script would add 26 KB and cannot merge searches).
// Result and filter elements keep Pagefind UI's class names, which Starlight's styling and
// the browser tests know. Everything content-supplied is set as text, never as HTML.
import type { Facet } from '../site/search/params.ts';
import { corrected, SearchEngine, type Outcome, type PageData } from './search-engine.ts';
// Imported as a URL and linked on first use: a CSS import would make every page load it.
import searchStyles from '../styles/search.css?url';

function loadStyles(): void {
	if (document.querySelector('link[data-search-styles]')) return;
	const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: searchStyles });
	link.dataset.searchStyles = '';
	document.head.append(link);
}

export interface SearchOptions {
	/** Starlight's `pagefind.ranking` options. */
	ranking: Record<string, unknown>;
	placeholder: string;
	formatURL: (url: string) => string;
	/** The filters to offer (the search page); none in the header's dialog. */
	facets?: Facet[];
	/** Results shown at first and added by "More results". */
	pageSize?: number;
	/** Milliseconds from the last keystroke to the search: longer than the pause between keys of a
	 * reader typing steadily, so the words on the way to the query are not searched (and their results
	 * not downloaded), and short enough that results show within 300 ms of the last key. */
	debounce?: number;
}

export interface MountedSearch {
	/** Calls back with the query and the chosen filter ids whenever either changes. */
	onChange(callback: (query: string, selection: ReadonlyMap<string, ReadonlySet<string>>) => void): void;
	/** Sets the query and filters (ids) and searches. */
	set(query: string, selection?: ReadonlyMap<string, ReadonlySet<string>>): void;
}

/** Creates an element with a class and, optionally, text. */
function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/**
 * Pagefind's excerpts are HTML-escaped text with `<mark>` around the matched words. They are
 * parsed inert and rebuilt from text nodes and `<mark>` elements only.
 */
function excerptNodes(html: string): Node[] {
	const parsed = new DOMParser().parseFromString(html, 'text/html').body;
	return [...parsed.childNodes].map((node) =>
		node.nodeName === 'MARK'
			? el('mark', undefined, node.textContent ?? '')
			: document.createTextNode(node.textContent ?? ''),
	);
}

let idCounter = 0;
/** The shortest query searched as the reader types. */
const minimumQuery = 3;

export function mountSearch(root: HTMLElement, options: SearchOptions): MountedSearch {
	loadStyles();
	const base = import.meta.env.BASE_URL;
	const engine = new SearchEngine(base, options.ranking);
	const pageSize = options.pageSize ?? 5;
	const facets = options.facets ?? [];
	const uid = `search-${++idCounter}`;

	let query = '';
	let exact = false;
	const selection = new Map<string, Set<string>>();
	let sequence = 0;
	let outcome: Outcome | undefined;
	let shown = 0;
	const callbacks: ((q: string, s: ReadonlyMap<string, ReadonlySet<string>>) => void)[] = [];

	// The search box.
	const form = el('form', 'pagefind-ui__form');
	form.setAttribute('role', 'search');
	const label = el('label', 'sr-only', options.placeholder);
	label.htmlFor = `${uid}-input`;
	const input = el('input', 'pagefind-ui__search-input');
	Object.assign(input, { type: 'search', id: `${uid}-input`, placeholder: options.placeholder, autocomplete: 'off' });
	input.setAttribute('autocapitalize', 'none');
	input.spellcheck = false;
	const clear = el('button', 'pagefind-ui__search-clear', 'Clear');
	clear.type = 'button';
	clear.hidden = true;
	form.append(label, input, clear);

	// Filters (search page only): a panel of checkboxes, then chips for the chosen ones.
	const panel = el('details', 'search-filters');
	const panelSummary = el('summary', 'search-filters-summary', 'Filters');
	const panelBody = el('div', 'search-filters-body');
	panel.append(panelSummary, panelBody);
	const chips = el('div', 'search-chips');
	chips.hidden = true;

	const status = el('div', 'search-status');
	status.setAttribute('role', 'status');
	const correction = el('p', 'search-correction');
	correction.hidden = true;
	const message = el('p', 'pagefind-ui__message');
	status.append(correction, message);
	const results = el('ol', 'pagefind-ui__results');
	const more = el('button', 'pagefind-ui__button', 'More results');
	more.type = 'button';
	more.hidden = true;

	const drawer = el('div', 'pagefind-ui__drawer');
	drawer.append(status, results, more);
	root.replaceChildren(form, ...(facets.length ? [panel, chips] : []), drawer);
	root.classList.add('pagefind-ui', 'handbook-search-ui');
	if (facets.length) panel.open = window.matchMedia('(min-width: 50rem)').matches;

	const labelOf = (facet: Facet, id: string) => facet.values.get(id) ?? id;
	const chosenLabels = () =>
		new Map(
			facets
				.filter((f) => selection.get(f.id)?.size)
				.map((f) => [f.id, new Set([...selection.get(f.id)!].map((id) => labelOf(f, id)))] as const),
		);
	const notify = () => {
		for (const callback of callbacks) callback(query, selection);
	};

	async function renderResult(id: string): Promise<HTMLLIElement> {
		const data: PageData = await engine.data(id);
		const item = el('li', 'pagefind-ui__result');
		const inner = el('div', 'pagefind-ui__result-inner');
		const title = el('p', 'pagefind-ui__result-title');
		const link = el('a', 'pagefind-ui__result-link', data.meta.title ?? data.url);
		link.href = options.formatURL(data.url);
		title.append(link);
		inner.append(title);
		const context = [data.meta.type, data.meta.domain].filter(Boolean).join(' · ');
		if (context) inner.append(el('p', 'search-result-context', context));
		const excerpt = el('p', 'pagefind-ui__result-excerpt');
		excerpt.append(...excerptNodes(data.excerpt));
		inner.append(excerpt);
		item.append(inner);
		// Up to two sections of the page where the words are, as Starlight shows them.
		for (const sub of data.sub_results.filter((s) => s.url.includes('#') && s.title !== data.meta.title).slice(0, 2)) {
			const nested = el('div', 'pagefind-ui__result-nested');
			const subTitle = el('p', 'pagefind-ui__result-title');
			const subLink = el('a', 'pagefind-ui__result-link', sub.title);
			subLink.href = options.formatURL(sub.url);
			subTitle.append(subLink);
			const subExcerpt = el('p', 'pagefind-ui__result-excerpt');
			subExcerpt.append(...excerptNodes(sub.excerpt));
			nested.append(subTitle, subExcerpt);
			item.append(nested);
		}
		return item;
	}

	async function showMore(run: number, count: number): Promise<void> {
		if (!outcome) return;
		const next = outcome.ids.slice(shown, shown + count);
		const items = await Promise.all(next.map(renderResult));
		if (run !== sequence) return;
		results.append(...items);
		shown += next.length;
		more.hidden = shown >= outcome.ids.length;
	}

	/** A filter-only search lists every matching page by title. */
	async function showAll(run: number): Promise<void> {
		if (!outcome) return;
		const pages = await Promise.all(outcome.ids.map(async (id) => ({ id, data: await engine.data(id) })));
		pages.sort((a, b) => (a.data.meta.title ?? '').localeCompare(b.data.meta.title ?? ''));
		const items = await Promise.all(pages.map((p) => renderResult(p.id)));
		if (run !== sequence) return;
		results.replaceChildren(...items);
		shown = items.length;
		more.hidden = true;
	}

	function renderCorrection(): void {
		const fixes = outcome?.corrections ?? [];
		correction.hidden = !fixes.length;
		if (!fixes.length) return;
		const instead = el('button', 'search-instead', query);
		instead.type = 'button';
		instead.addEventListener('click', () => {
			exact = true;
			void run();
		});
		correction.replaceChildren(
			'Showing results for ',
			el('em', undefined, corrected(query, fixes)),
			'. Search instead for ',
			instead,
		);
	}

	function renderMessage(filterOnly: boolean): void {
		const count = outcome?.ids.length ?? 0;
		const noun = count === 1 ? 'result' : 'results';
		if (filterOnly) message.textContent = `${count} ${count === 1 ? 'page matches' : 'pages match'} the filters`;
		else if (!count) message.textContent = `No results for “${query}”`;
		else message.textContent = `${count} ${noun} for “${query}”`;
		if (outcome?.onlyAuthoring && count)
			message.textContent += '. Only the authoring guide, written for content editors, matches.';
	}

	async function renderFilters(): Promise<void> {
		if (!facets.length || !outcome) return;
		const base = outcome.matched;
		const chosen = chosenLabels();
		const groups = await Promise.all(
			facets.map(async (facet) => {
				// A value's count: the matching pages with the other facets' choices, and this value.
				let pool = [...base];
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
			}),
		);
		const openBefore = new Set(
			[...panelBody.querySelectorAll<HTMLDetailsElement>('details[data-facet]')]
				.filter((d) => d.open)
				.map((d) => d.dataset.facet),
		);
		const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement.id : '';
		panelBody.replaceChildren(
			...groups.map(({ facet, values }) => {
				const group = el('details', 'pagefind-ui__filter-block');
				group.dataset.facet = facet.id;
				const picked = selection.get(facet.id);
				// Collapsed unless the reader opened it or chose one of its values, so the results stay in view.
				group.open = openBefore.has(facet.id) || Boolean(picked?.size);
				const summary = el('summary', 'pagefind-ui__filter-name', facet.name);
				const fieldset = el('fieldset', 'pagefind-ui__filter-group');
				fieldset.append(el('legend', 'sr-only', facet.name));
				for (const { id, valueLabel, count } of values) {
					if (!count && !picked?.has(id)) continue;
					const row = el('div', 'pagefind-ui__filter-value');
					const box = el('input', 'pagefind-ui__filter-checkbox');
					Object.assign(box, { type: 'checkbox', id: `${uid}-${facet.id}-${id}`, name: facet.id, value: id });
					box.checked = Boolean(picked?.has(id));
					box.addEventListener('change', () => toggle(facet.id, id, box.checked));
					const boxLabel = el('label', 'pagefind-ui__filter-label', `${valueLabel} (${count})`);
					boxLabel.htmlFor = box.id;
					row.append(box, boxLabel);
					fieldset.append(row);
				}
				if (facet.id === 'audience')
					fieldset.append(el('p', 'search-filter-note', 'Without a choice here, results are the pages for readers.'));
				group.append(summary, fieldset);
				return group;
			}),
		);
		if (focused) document.getElementById(focused)?.focus();
		const total = [...selection.values()].reduce((n, s) => n + s.size, 0);
		panelSummary.textContent = total ? `Filters (${total} chosen)` : 'Filters';
		renderChips();
	}

	function renderChips(): void {
		const list: HTMLElement[] = [];
		for (const facet of facets)
			for (const id of selection.get(facet.id) ?? []) {
				const chip = el('button', 'search-chip');
				chip.type = 'button';
				chip.append(`${facet.name}: ${labelOf(facet, id)}`, el('span', 'search-chip-x', '×'));
				chip.querySelector('.search-chip-x')!.setAttribute('aria-hidden', 'true');
				chip.setAttribute('aria-label', `Remove filter ${facet.name}: ${labelOf(facet, id)}`);
				chip.addEventListener('click', () => toggle(facet.id, id, false));
				list.push(chip);
			}
		if (list.length) {
			const all = el('button', 'search-clear-all', 'Clear all');
			all.type = 'button';
			all.addEventListener('click', () => {
				selection.clear();
				changed();
			});
			list.push(all);
		}
		chips.replaceChildren(...list);
		chips.hidden = !list.length;
	}

	function toggle(facet: string, id: string, on: boolean): void {
		if (!selection.has(facet)) selection.set(facet, new Set());
		if (on) selection.get(facet)!.add(id);
		else selection.get(facet)!.delete(id);
		if (!selection.get(facet)!.size) selection.delete(facet);
		changed();
	}

	function changed(): void {
		notify();
		void run();
	}

	async function run(): Promise<void> {
		const current = ++sequence;
		const filterOnly = !query.trim() && selection.size > 0;
		clear.hidden = !query;
		// One or two letters match too much to help, and would download results for nothing.
		if (query.trim().length < minimumQuery && !filterOnly) {
			outcome = undefined;
			results.replaceChildren();
			message.textContent = '';
			correction.hidden = true;
			more.hidden = true;
			if (facets.length) {
				outcome = await engine.search('', new Map());
				if (current !== sequence) return;
				await renderFilters();
			}
			root.dataset.searched = String(current);
			return;
		}
		const found = await engine.search(query, chosenLabels(), exact);
		if (current !== sequence) return;
		outcome = found;
		shown = 0;
		if (filterOnly) await showAll(current);
		else {
			const items = await Promise.all(found.ids.slice(0, pageSize).map(renderResult));
			if (current !== sequence) return;
			results.replaceChildren(...items);
			shown = items.length;
			more.hidden = shown >= found.ids.length;
		}
		renderCorrection();
		renderMessage(filterOnly);
		root.dataset.searched = String(current);
		await renderFilters();
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		query = input.value;
		exact = false;
		clear.hidden = !query;
		clearTimeout(timer);
		// A search still running for the words typed so far must not show its results as this query's.
		sequence++;
		notify();
		timer = setTimeout(() => void run(), options.debounce ?? 150);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(timer);
		void run();
	});
	clear.addEventListener('click', () => {
		input.value = query = '';
		input.focus();
		changed();
	});
	more.addEventListener('click', () => void showMore(sequence, 10));

	return {
		onChange: (callback) => callbacks.push(callback),
		set(nextQuery, nextSelection) {
			input.value = query = nextQuery;
			selection.clear();
			for (const [facet, ids] of nextSelection ?? []) if (ids.size) selection.set(facet, new Set(ids));
			void run();
		},
	};
}
