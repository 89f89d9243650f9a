// The search UI, shared by the header's dialog and the search page: a search box, a message,
// an optional filter panel (search-filters.ts, the search page only), and the results. Built on
// Pagefind's JavaScript API through search-engine.ts (Pagefind's own UI script would add 26 KB
// and cannot merge searches).
// Result and filter elements keep Pagefind UI's class names, which Starlight's styling and
// the browser tests know. Everything content-supplied is set as text, never as HTML.
import words, { fill } from 'virtual:handbook/ui-strings/search';
import { el, plural } from './dom.ts';
import type { SearchFilters } from './search-filters.ts';
import { corrected, SearchEngine, type Gap, type Outcome, type PageData } from './search-engine.ts';
import type { NeedTarget } from '../search/needs-match.ts';
import { pathWithBase, siteBase } from '../model/routes.ts';
// Imported as a URL and linked on first use: a CSS import would make every page load it.
import searchStyles from '../styles/search.css?url';

/** `template` as text and nodes: each `{{name}}` replaced by its value, an element (a link, a button) or text. */
function fillParts<T extends string | Node>(template: string, values: Record<string, T>): (string | T)[] {
	return template
		.split(/(\{\{\w+\}\})/)
		.filter(Boolean)
		.map((part) => {
			const name = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
			return name !== undefined && Object.hasOwn(values, name) ? values[name]! : part;
		});
}

/** A search term in the language's quotation marks. */
const quote = (text: string) => fill(words.quoted, { text });

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
	/**
	 * The filters to offer (the search page, from search-filters.ts); none in the header's dialog, which
	 * therefore never loads their code.
	 */
	filters?: SearchFilters;
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

/** The chosen filter ids, by facet. */
type ChosenIds = ReadonlyMap<string, ReadonlySet<string>>;

/** The search box: a labelled input and its clear button, in a search landmark. */
function searchBox(uid: string, placeholder: string) {
	const form = el('form', 'pagefind-ui__form');
	form.setAttribute('role', 'search');
	const label = el('label', 'sr-only', placeholder);
	label.htmlFor = `${uid}-input`;
	const input = el('input', 'pagefind-ui__search-input');
	Object.assign(input, { type: 'search', id: `${uid}-input`, placeholder, autocomplete: 'off' });
	input.setAttribute('autocapitalize', 'none');
	input.spellcheck = false;
	const clear = el('button', 'pagefind-ui__search-clear', words.clearSearch);
	clear.type = 'button';
	clear.hidden = true;
	form.append(label, input, clear);
	return { form, input, clear };
}

/** The status (a correction and a message), the results, and the "More results" button. */
function resultsDrawer() {
	const status = el('div', 'search-status');
	status.setAttribute('role', 'status');
	const correction = el('p', 'search-correction');
	correction.hidden = true;
	const message = el('p', 'pagefind-ui__message');
	const gap = el('p', 'search-gap');
	gap.hidden = true;
	status.append(correction, message, gap);
	const results = el('ol', 'pagefind-ui__results');
	const more = el('button', 'pagefind-ui__button', words.moreResults);
	more.type = 'button';
	more.hidden = true;
	const drawer = el('div', 'pagefind-ui__drawer');
	drawer.append(status, results, more);
	return { drawer, correction, message, gap, results, more };
}

type Elements = ReturnType<typeof searchBox> & ReturnType<typeof resultsDrawer>;

/** A result's title: a link to the page or section. */
function resultTitle(text: string, href: string): HTMLParagraphElement {
	const title = el('p', 'pagefind-ui__result-title');
	const link = el('a', 'pagefind-ui__result-link', text);
	link.href = href;
	title.append(link);
	return title;
}

/** A result's excerpt, with the matched words marked. */
function resultExcerpt(html: string): HTMLParagraphElement {
	const excerpt = el('p', 'pagefind-ui__result-excerpt');
	excerpt.append(...excerptNodes(html));
	return excerpt;
}

/** A handbook address (as the content names it, from the site's root) as a link in this site. */
const siteUrl = (options: Pick<SearchOptions, 'formatURL'>, url: string) => options.formatURL(pathWithBase(url));

/**
 * One result: the page's title, its type and domain, its excerpt, and the sections where the words
 * are. A page that answers the reader's need (`answer`) is shown as that answer: a challenge entry
 * by its heading, under the challenges page's title.
 */
async function renderResult(
	engine: SearchEngine,
	options: Pick<SearchOptions, 'formatURL'>,
	id: string,
	answer?: NeedTarget,
): Promise<HTMLLIElement> {
	const data: PageData = await engine.data(id);
	const item = el('li', 'pagefind-ui__result');
	const inner = el('div', 'pagefind-ui__result-inner');
	const entry = answer?.url.includes('#') ? answer : undefined;
	inner.append(
		entry
			? resultTitle(entry.title, siteUrl(options, entry.url))
			: resultTitle(data.meta.title ?? data.url, options.formatURL(data.url)),
	);
	const context = [entry ? data.meta.title : data.meta.type, data.meta.domain].filter(Boolean).join(' · ');
	if (context) inner.append(el('p', 'search-result-context', context));
	const anchor = entry && `#${entry.url.split('#')[1]}`;
	const section = anchor && data.sub_results.find((s) => s.url.endsWith(anchor));
	inner.append(resultExcerpt(section ? section.excerpt : data.excerpt));
	item.append(inner);
	// Up to two sections of the page where the words are, as Starlight shows them.
	const sections = entry ? [] : data.sub_results;
	for (const sub of sections.filter((s) => s.url.includes('#') && s.title !== data.meta.title).slice(0, 2)) {
		const nested = el('div', 'pagefind-ui__result-nested');
		nested.append(resultTitle(sub.title, options.formatURL(sub.url)), resultExcerpt(sub.excerpt));
		item.append(nested);
	}
	return item;
}

/**
 * One mounted search UI: its elements, what the reader asked for (the query and the chosen filter
 * ids), and the search shown. Each search takes the next number of `#sequence`; a search whose
 * number is no longer the latest does not show its results.
 */
class SearchUI {
	readonly #root: HTMLElement;
	readonly #options: SearchOptions;
	#loaded: SearchEngine | undefined;
	readonly #pageSize: number;
	readonly #filters: SearchFilters | undefined;
	readonly #el: Elements;

	#query = '';
	#exact = false;
	readonly #selection = new Map<string, Set<string>>();
	#sequence = 0;
	#outcome: Outcome | undefined;
	#shown = 0;
	readonly #callbacks: ((q: string, s: ChosenIds) => void)[] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** Builds the UI in `root` (replacing what it holds) and listens to it; the engine loads with the first search. */
	constructor(root: HTMLElement, options: SearchOptions) {
		loadStyles();
		this.#root = root;
		this.#options = options;
		this.#pageSize = options.pageSize ?? 5;
		this.#filters = options.filters;
		const uid = `search-${++idCounter}`;
		this.#el = { ...searchBox(uid, options.placeholder), ...resultsDrawer() };
		const { form, drawer } = this.#el;
		const filters =
			this.#filters?.attach({
				uid,
				selection: this.#selection,
				engine: () => this.#engine,
				changed: () => this.#changed(),
			}) ?? [];
		root.replaceChildren(form, ...filters, drawer);
		root.classList.add('pagefind-ui', 'handbook-search-ui');
		this.#listen();
	}

	/**
	 * The search engine (Pagefind and the handbook's vocabulary), loaded on first use: when the reader
	 * types, chooses a filter or arrives with a search in the address. A page opened to search
	 * downloads nothing of it before then.
	 */
	get #engine(): SearchEngine {
		this.#loaded ??= new SearchEngine(siteBase(), this.#options.ranking);
		return this.#loaded;
	}

	/** Calls back with the query and the chosen filter ids whenever either changes. */
	onChange(callback: (query: string, selection: ChosenIds) => void): void {
		this.#callbacks.push(callback);
	}

	/** Sets the query and filters (ids) and searches. */
	set(nextQuery: string, nextSelection?: ChosenIds): void {
		this.#el.input.value = this.#query = nextQuery;
		this.#selection.clear();
		for (const [facet, ids] of nextSelection ?? []) if (ids.size) this.#selection.set(facet, new Set(ids));
		void this.#run();
	}

	/** Listens to the search box, its clear button and "More results". */
	#listen(): void {
		const { form, input, clear, more } = this.#el;
		input.addEventListener('input', () => {
			// The first keystroke starts loading the engine, while the reader goes on typing.
			void this.#engine.ready;
			this.#query = input.value;
			this.#exact = false;
			clear.hidden = !this.#query;
			clearTimeout(this.#timer);
			// A search still running for the words typed so far must not show its results as this query's.
			this.#sequence++;
			this.#notify();
			this.#timer = setTimeout(() => void this.#run(), this.#options.debounce ?? 150);
		});
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			clearTimeout(this.#timer);
			void this.#run();
		});
		clear.addEventListener('click', () => {
			input.value = this.#query = '';
			input.focus();
			this.#changed();
		});
		more.addEventListener('click', () => void this.#showMore(this.#sequence, 10));
	}

	/** Tells the listeners the query and the chosen filters. */
	#notify(): void {
		for (const callback of this.#callbacks) callback(this.#query, this.#selection);
	}

	/** One result, linked through the `formatURL` option. */
	#renderResult(id: string): Promise<HTMLLIElement> {
		return renderResult(this.#engine, this.#options, id, this.#outcome?.answers.get(id));
	}

	/** Adds the next `count` results, unless search `run` is no longer the latest. */
	async #showMore(run: number, count: number): Promise<void> {
		if (!this.#outcome) return;
		const next = this.#outcome.ids.slice(this.#shown, this.#shown + count);
		const items = await Promise.all(next.map((id) => this.#renderResult(id)));
		if (run !== this.#sequence) return;
		this.#el.results.append(...items);
		this.#shown += next.length;
		this.#el.more.hidden = this.#shown >= this.#outcome.ids.length;
	}

	/** A filter-only search lists every matching page by title. */
	async #showAll(run: number): Promise<void> {
		if (!this.#outcome) return;
		const pages = await Promise.all(this.#outcome.ids.map(async (id) => ({ id, data: await this.#engine.data(id) })));
		pages.sort((a, b) => (a.data.meta.title ?? '').localeCompare(b.data.meta.title ?? ''));
		const items = await Promise.all(pages.map((p) => this.#renderResult(p.id)));
		if (run !== this.#sequence) return;
		this.#el.results.replaceChildren(...items);
		this.#shown = items.length;
		this.#el.more.hidden = true;
	}

	/** Says which corrected query was searched, with a button to search the query as typed. */
	#renderCorrection(): void {
		const { correction } = this.#el;
		const fixes = this.#outcome?.corrections ?? [];
		correction.hidden = !fixes.length;
		if (!fixes.length) return;
		const instead = el('button', 'search-instead', this.#query);
		instead.type = 'button';
		instead.addEventListener('click', () => {
			this.#exact = true;
			void this.#run();
		});
		correction.replaceChildren(
			...fillParts(words.showingResultsFor, {
				corrected: el('em', undefined, corrected(this.#query, fixes)),
				query: instead,
			}),
		);
	}

	/** Says how many pages were found, and for what. */
	#renderMessage(filterOnly: boolean): void {
		const { message } = this.#el;
		const query = quote(this.#query);
		const count = this.#outcome?.ids.length ?? 0;
		if (filterOnly)
			message.textContent = fill(plural(count, words.filterMatchesOne, words.filterMatchesOther), { count });
		else if (!count) message.textContent = fill(words.noResults, { query });
		else message.textContent = fill(plural(count, words.resultsOne, words.resultsOther), { count, query });
		if (this.#outcome?.onlyAuthoring && count) message.textContent += `. ${words.onlyAuthoring}`;
	}

	/** A link with the class of the gap's links. */
	#link(href: string, title: string): HTMLAnchorElement {
		const link = el('a', 'search-gap-link', title);
		link.href = href;
		return link;
	}

	/**
	 * Says what the handbook's sources do not cover, when the query shows it, with the nearest
	 * topics (the gap's own, or the first results) and the challenges page to start from.
	 */
	async #renderGap(gap: Gap | undefined): Promise<void> {
		const box = this.#el.gap;
		box.hidden = !gap;
		if (!gap) return box.replaceChildren();
		const quoted = gap.words.map(quote).join(', ');
		const parts: (string | Node)[] = [];
		if (gap.need) parts.push(fill(words.gapNeed, { need: gap.need }));
		else if (gap.nothing) parts.push(fill(words.gapNothing, { words: quoted }));
		// "Them" or "it": by how many words, not by a plural rule.
		else parts.push(fill(gap.words.length > 1 ? words.gapSomeOther : words.gapSomeOne, { words: quoted }));
		// Only the gap's own nearest pages: when no reader page matches, the results are the authoring
		// guide's (written for editors), which are no topic to offer a leader.
		const nearest = gap.nearest.map((t) => ({ href: siteUrl(this.#options, t.url), title: t.title }));
		if (nearest.length) {
			// A fragment: the links go into the message as they are, with no element around them.
			const topics = document.createDocumentFragment();
			nearest.forEach(({ href, title }, i) => topics.append(...(i ? [', '] : []), this.#link(href, title)));
			parts.push(' ', ...fillParts(words.nearestTopics, { topics }));
		}
		const challenges = this.#link(siteUrl(this.#options, '/challenges/'), words.findHelpByChallenge);
		parts.push(' ', ...fillParts(words.startFromSituation, { link: challenges }));
		box.replaceChildren(...parts);
	}

	/** Tells the listeners, and searches again. */
	#changed(): void {
		this.#notify();
		void this.#run();
	}

	/** Clears the results of a query too short to search; the filters still show every page's counts. */
	async #runEmpty(current: number): Promise<void> {
		const { results, message, correction, more, gap } = this.#el;
		this.#outcome = undefined;
		results.replaceChildren();
		message.textContent = '';
		gap.hidden = true;
		correction.hidden = true;
		more.hidden = true;
		if (this.#filters && !this.#loaded) {
			// No search yet: the filters are offered without counts, which would need the engine.
			this.#filters.renderUncounted();
		} else if (this.#filters) {
			this.#outcome = await this.#engine.search('', new Map());
			if (current !== this.#sequence) return;
			await this.#filters.render(this.#outcome);
		}
		this.#root.dataset.searched = String(current);
	}

	/** Searches for the query and the chosen filters, and shows the results, the message and the filters. */
	async #run(): Promise<void> {
		const current = ++this.#sequence;
		const query = this.#query;
		const filterOnly = !query.trim() && this.#selection.size > 0;
		this.#el.clear.hidden = !query;
		// One or two letters match too much to help, and would download results for nothing.
		if (query.trim().length < minimumQuery && !filterOnly) return this.#runEmpty(current);
		const found = await this.#engine.search(query, this.#filters?.chosenLabels() ?? new Map(), this.#exact);
		if (current !== this.#sequence) return;
		this.#outcome = found;
		this.#shown = 0;
		if (filterOnly) await this.#showAll(current);
		else {
			const items = await Promise.all(found.ids.slice(0, this.#pageSize).map((id) => this.#renderResult(id)));
			if (current !== this.#sequence) return;
			this.#el.results.replaceChildren(...items);
			this.#shown = items.length;
			this.#el.more.hidden = this.#shown >= found.ids.length;
		}
		this.#renderCorrection();
		this.#renderMessage(filterOnly);
		await this.#renderGap(filterOnly ? undefined : found.gap);
		if (current !== this.#sequence) return;
		this.#root.dataset.searched = String(current);
		await this.#filters?.render(found);
	}
}

/** Builds the search UI in `root`, and returns the handle that sets its search and reports changes. */
export function mountSearch(root: HTMLElement, options: SearchOptions): MountedSearch {
	const ui = new SearchUI(root, options);
	return {
		onChange: (callback) => ui.onChange(callback),
		set: (nextQuery, nextSelection) => ui.set(nextQuery, nextSelection),
	};
}
