// One way to start Pagefind's UI, shared by the header dialog and the search page.
import { normalizeQuery } from '../lib/spelling.ts';
// Imported as a URL and linked on first use: a CSS import would make every page load it.
import searchStyles from '../styles/search.css?url';

function loadStyles(): void {
	if (document.querySelector('link[data-search-styles]')) return;
	const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: searchStyles });
	link.dataset.searchStyles = '';
	document.head.append(link);
}

interface Result {
	url: string;
	sub_results: { url: string }[];
}

export interface SearchOptions {
	/** Starlight's `pagefind` options (ranking). */
	config: object;
	translations: object;
	formatURL: (url: string) => string;
	/** Show Pagefind's filter panel (type, domain, capability, source). */
	filters: boolean;
}

export interface MountedSearch {
	/** Calls back with the query whenever it or a filter changes. */
	onChange(callback: (query: string, filters: Record<string, string[]>) => void): void;
	triggerSearch(query: string): void;
	triggerFilters(filters: Record<string, string[]>): void;
}

export async function mountSearch(element: HTMLElement, options: SearchOptions): Promise<MountedSearch> {
	loadStyles();
	// @ts-expect-error: @pagefind/default-ui ships no types.
	const { PagefindUI } = await import('@pagefind/default-ui');
	const base = import.meta.env.BASE_URL;
	const ui = new PagefindUI({
		...options.config,
		element,
		baseUrl: base,
		bundlePath: `${base.replace(/\/$/, '')}/pagefind/`,
		showImages: false,
		showSubResults: true,
		showEmptyFilters: false,
		openFilters: ['type'],
		translations: options.translations,
		processTerm: normalizeQuery,
		processResult: (result: Result) => {
			result.url = options.formatURL(result.url);
			result.sub_results = result.sub_results.map((sub) => ({ ...sub, url: options.formatURL(sub.url) }));
		},
	});
	if (!options.filters) element.classList.add('search-without-filters');

	const callbacks: ((query: string, filters: Record<string, string[]>) => void)[] = [];
	const read = () => {
		const query = element.querySelector<HTMLInputElement>('.pagefind-ui__search-input')?.value ?? '';
		const filters: Record<string, string[]> = {};
		for (const box of element.querySelectorAll<HTMLInputElement>('.pagefind-ui__filter-checkbox:checked')) {
			(filters[box.name] ??= []).push(box.value);
		}
		for (const callback of callbacks) callback(query, filters);
	};
	element.addEventListener('input', read);
	element.addEventListener('change', read);
	return {
		onChange: (callback) => callbacks.push(callback),
		triggerSearch: (query) => ui.triggerSearch(query),
		triggerFilters: (filters) => ui.triggerFilters(filters),
	};
}
