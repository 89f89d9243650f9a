// The reading list page: shows the list held in the address (a shared link) or, without one, the
// list kept in this browser; every change is saved here and written back into the address.
// Page titles, summaries and short links come from the site's catalog.json and are put in the page
// as text (never as HTML).
import { announce } from './announce.ts';
import { addressOf, listFromAddress, loadList, saveList, type ReadingListItem } from './reading-list-store.ts';

interface CatalogEntry {
	id: string;
	type: string;
	title: string;
	summary: string;
	url: string;
	shortLink: string | null;
}

const typeLabels: Record<string, string> = {
	'reflection-question': 'Reflection question',
	'glossary-term': 'Glossary term',
	'case-study': 'Case study',
};
const label = (type: string) => typeLabels[type] ?? type.charAt(0).toUpperCase() + type.slice(1);
/** Addresses are site paths in a preview build: complete them with this page's origin. */
const full = (address: string) => new URL(address, location.origin).href;

/** A new element with the given properties (text goes in as `textContent`, never as HTML). */
function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Record<string, unknown> = {},
): HTMLElementTagNameMap[K] {
	return Object.assign(document.createElement(tag), props);
}

/** The text of one item: the page's title, type, summary and short link, and the reader's note, which `onNote` saves. */
function itemText(entry: CatalogEntry, item: ReadingListItem, onNote: () => void): HTMLDivElement {
	const text = element('div', { className: 'reading-list-text' });
	const title = element('a', { href: entry.url, className: 'reading-list-title', textContent: entry.title });
	const kind = element('span', { className: 'reading-list-type', textContent: ` (${label(entry.type)})` });
	const summary = element('p', { className: 'reading-list-summary', textContent: entry.summary });
	const short = element('p', {
		className: 'reading-list-short',
		textContent: `Short link: ${full(entry.shortLink!)}`,
	});
	const noteId = `note-${item.id}`;
	const noteLabel = element('label', { htmlFor: noteId, textContent: `Note for “${entry.title}”` });
	const note = element('textarea', { id: noteId, rows: 2, value: item.note, className: 'reading-list-note' });
	note.addEventListener('change', () => {
		item.note = note.value.trim();
		onNote();
	});
	const printedNote = element('p', { className: 'reading-list-printed-note', textContent: item.note });
	text.append(title, kind, summary, short, noteLabel, note, printedNote);
	return text;
}

/** The reading list on its page: the items shown, and whether they are still the shared list from the address. */
class ReadingList {
	readonly #root: HTMLElement;
	readonly #list: HTMLOListElement;
	readonly #status: HTMLElement;
	readonly #choice: HTMLSelectElement;
	readonly #catalog: { entries: CatalogEntry[] };
	readonly #byId: Map<string, CatalogEntry>;
	readonly #fromAddress: ReadingListItem[] | undefined;
	#items: ReadingListItem[];
	// A shared list is shown as it is, and becomes this browser's list at the first change.
	#shared: boolean;

	constructor(root: HTMLElement, catalog: { entries: CatalogEntry[] }) {
		this.#root = root;
		this.#list = root.querySelector<HTMLOListElement>('.reading-list-items')!;
		this.#status = root.querySelector<HTMLElement>('.reading-list-status')!;
		this.#choice = root.querySelector<HTMLSelectElement>('#reading-list-choice')!;
		this.#catalog = catalog;
		this.#byId = new Map(catalog.entries.filter((e) => e.shortLink).map((e) => [e.id, e]));
		this.#fromAddress = listFromAddress(new URLSearchParams(location.search));
		this.#items = (this.#fromAddress ?? loadList()).filter((item) => this.#byId.has(item.id));
		this.#shared = this.#fromAddress !== undefined && JSON.stringify(this.#fromAddress) !== JSON.stringify(loadList());
	}

	/** Offers the catalog's pages, listens to the controls, and shows the list. */
	start(): void {
		const root = this.#root;
		this.#choice.replaceChildren(
			element('option', { value: '', textContent: 'Choose a page…' }),
			...this.#catalog.entries
				.filter((e) => e.shortLink)
				.map((e) => element('option', { value: e.id, textContent: `${e.title} (${label(e.type)})` })),
		);
		root.querySelector('form')!.addEventListener('submit', (event) => {
			event.preventDefault();
			const id = this.#choice.value;
			if (!id) return;
			if (this.#items.some((item) => item.id === id))
				return announce(`${this.#byId.get(id)!.title} is already on the list.`);
			this.#items.push({ id, note: '' });
			this.#commit(`${this.#byId.get(id)!.title} added to the reading list.`);
		});
		root.querySelector('[data-action="copy-link"]')!.addEventListener('click', async () => {
			const link = `${location.origin}${location.pathname}${addressOf(this.#items)}`;
			try {
				await navigator.clipboard.writeText(link);
				announce(`Link to this list copied: ${link}`);
			} catch {
				announce(`Copy this address from the address bar: ${link}`);
			}
		});
		root.querySelector('[data-action="print"]')!.addEventListener('click', () => print());
		root.querySelector('[data-action="clear"]')!.addEventListener('click', () => {
			if (!this.#items.length || !confirm('Remove every page from this reading list?')) return;
			this.#items = [];
			this.#commit('The reading list is now empty.');
		});
		root.querySelector<HTMLElement>('.reading-list-controls')!.hidden = false;
		if (!this.#shared && !this.#fromAddress && this.#items.length)
			history.replaceState(null, '', `${location.pathname}${addressOf(this.#items)}`);
		this.#render();
	}

	/** Saves the list here and in the address, shows it (focusing the button `focus` names), and announces `message`. */
	#commit(message: string, focus?: string): void {
		this.#shared = false;
		saveList(this.#items);
		history.replaceState(null, '', `${location.pathname}${addressOf(this.#items)}`);
		this.#render(focus);
		announce(message);
	}

	/** Moves the item at `index` by `by` places, keeping the focus on its button that moved it. */
	#move(index: number, by: number): void {
		const items = this.#items;
		const [item] = items.splice(index, 1);
		items.splice(index + by, 0, item!);
		this.#commit(
			`${this.#byId.get(item!.id)!.title} moved to position ${index + by + 1} of ${items.length}.`,
			`${item!.id}:${by < 0 ? 'up' : 'down'}`,
		);
	}

	/** Shows the list and its count; `focus` names the button (`id:action`) to focus, or the item's first enabled one. */
	#render(focus?: string): void {
		const items = this.#items;
		this.#list.replaceChildren(...items.map((item, index) => this.#renderItem(item, index)));
		this.#status.textContent = items.length
			? `${items.length} page${items.length === 1 ? '' : 's'} on this list${this.#shared ? ' (from a shared link: changing it makes it your list in this browser)' : ''}.`
			: 'The list is empty.';
		if (focus) {
			const target = this.#list.querySelector<HTMLButtonElement>(`button[data-key="${focus}"]`);
			(target && !target.disabled
				? target
				: this.#list.querySelector<HTMLButtonElement>(`button[data-key^="${focus.split(':')[0]}:"]:not(:disabled)`)
			)?.focus();
		}
	}

	/** One item: its text, the QR code of its short link, and its buttons. */
	#renderItem(item: ReadingListItem, index: number): HTMLLIElement {
		const entry = this.#byId.get(item.id)!;
		const li = element('li', { className: 'reading-list-item' });
		li.dataset.id = item.id;
		const text = itemText(entry, item, () => this.#commit(`Note saved for ${entry.title}.`));
		const qr = element('img', {
			src: `${this.#root.dataset.qrBase}${item.id}.svg`,
			alt: `QR code of the short link to ${entry.title}`,
			className: 'reading-list-qr',
			width: 96,
			height: 96,
		});
		li.append(text, qr, this.#itemButtons(item, index, entry));
		return li;
	}

	/** An item's buttons: move up, move down, and remove. */
	#itemButtons(item: ReadingListItem, index: number, entry: CatalogEntry): HTMLDivElement {
		const buttons = element('div', { className: 'reading-list-item-actions' });
		const button = (name: string, text: string, disabled: boolean, action: () => void) => {
			const b = element('button', { type: 'button', textContent: text, disabled });
			b.setAttribute('aria-label', `${text}: ${entry.title}`);
			b.dataset.key = `${item.id}:${name}`;
			b.addEventListener('click', action);
			return b;
		};
		buttons.append(
			button('up', 'Move up', index === 0, () => this.#move(index, -1)),
			button('down', 'Move down', index === this.#items.length - 1, () => this.#move(index, 1)),
			button('remove', 'Remove', false, () => {
				this.#items.splice(index, 1);
				this.#commit(`${entry.title} removed from the reading list.`);
				(this.#list.querySelector('button') ?? this.#choice).focus();
			}),
		);
		return buttons;
	}
}

/** Loads the site's catalog, then shows the reading list in `root`. */
async function setUp(root: HTMLElement): Promise<void> {
	const catalog = (await (await fetch(root.dataset.catalog!)).json()) as { entries: CatalogEntry[] };
	new ReadingList(root, catalog).start();
}

const root = document.querySelector<HTMLElement>('[data-reading-list]');
if (root) void setUp(root);
