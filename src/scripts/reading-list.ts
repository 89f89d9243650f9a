// The reading list page: shows the list held in the address (a shared link) or, without one, the
// list kept in this browser; every change is written into the address at once (notes as they are
// typed), and into this browser's storage when the list is the reader's own.
// A shared list never replaces the reader's own list by itself: while both exist, the shared one is
// changed in its address only, and the reader chooses to keep it as a separate list, to replace
// their own (with Undo), or to merge it into theirs.
// The list is updated in place, item by item, so that focus, typing and Tab order survive changes.
// Page titles, summaries and short links come from the site's catalog.json and are put in the page
// as text (never as HTML).
import words, { fill } from 'virtual:handbook/ui-strings/readingList';
import { announce } from './announce.ts';
import { inLanguage, plural } from './dom.ts';
import {
	addressOf,
	keepPrevious,
	listFromAddress,
	loadList,
	loadTitle,
	mergeLists,
	previousList,
	readingListLimit,
	sameItems,
	saveList,
	saveSeparately,
	savedLists,
	titleFromAddress,
	type ReadingListItem,
} from './reading-list-store.ts';

interface CatalogEntry {
	id: string;
	type: string;
	title: string;
	summary: string;
	url: string;
	shortLink: string | null;
	/** The language of the entry's page: the list may hold pages of another language than its page's. */
	lang: string;
}

/** Addresses are site paths in a preview build: complete them with this page's origin. */
const full = (address: string) => new URL(address, location.origin).href;

/** A new element with the given properties (text goes in as `textContent`, never as HTML). */
function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Record<string, unknown> = {},
): HTMLElementTagNameMap[K] {
	return Object.assign(document.createElement(tag), props);
}

/**
 * Whose list is shown: the reader's own (saved here at every change); a shared list while the reader
 * has none (it becomes theirs at the first change); or a shared list beside the reader's own list
 * (kept in the address only until the reader chooses what to do with it).
 */
type Mode = 'own' | 'adopting' | 'shared';

/** The reading list on its page. */
class ReadingList {
	readonly #root: HTMLElement;
	/** The label of each kind of catalog entry, as the page-type registry has it (the page's `data-type-labels`). */
	readonly #labels: Record<string, string>;
	readonly #list: HTMLOListElement;
	readonly #status: HTMLElement;
	readonly #choice: HTMLSelectElement;
	readonly #titleInput: HTMLInputElement;
	readonly #notice: HTMLElement;
	readonly #catalog: { entries: CatalogEntry[] };
	readonly #byId: Map<string, CatalogEntry>;
	#items: ReadingListItem[];
	#title: string;
	#mode: Mode;
	/** Short ids of the list that name no page of this handbook (a page since removed, a mistyped link): left out, and said. */
	readonly #missing: string[];

	#label(type: string): string {
		return this.#labels[type] ?? type;
	}

	constructor(root: HTMLElement, catalog: { entries: CatalogEntry[] }) {
		this.#root = root;
		this.#labels = JSON.parse(root.dataset.typeLabels ?? '{}') as Record<string, string>;
		this.#list = root.querySelector<HTMLOListElement>('.reading-list-items')!;
		this.#status = root.querySelector<HTMLElement>('.reading-list-status')!;
		this.#choice = root.querySelector<HTMLSelectElement>('#reading-list-choice')!;
		this.#titleInput = root.querySelector<HTMLInputElement>('#reading-list-name')!;
		this.#notice = root.querySelector<HTMLElement>('.reading-list-shared')!;
		this.#catalog = catalog;
		this.#byId = new Map(catalog.entries.filter((e) => e.shortLink).map((e) => [e.id, e]));
		const params = new URLSearchParams(location.search);
		const fromAddress = listFromAddress(params);
		const own = loadList();
		if (!fromAddress) {
			[this.#items, this.#title, this.#mode] = [own, loadTitle(), 'own'];
		} else {
			this.#items = fromAddress;
			this.#title = titleFromAddress(params);
			this.#mode =
				sameItems(fromAddress, own) && this.#title === loadTitle() ? 'own' : own.length ? 'shared' : 'adopting';
		}
		this.#missing = this.#items.filter((item) => !this.#byId.has(item.id)).map((item) => item.id);
		this.#items = this.#items.filter((item) => this.#byId.has(item.id));
	}

	/** Offers the catalog's pages, listens to the controls, and shows the list. */
	start(): void {
		const root = this.#root;
		this.#choice.replaceChildren(
			element('option', { value: '', textContent: words.choosePage }),
			...this.#catalog.entries
				.filter((e) => e.shortLink)
				.map((e) => element('option', { value: e.id, textContent: `${e.title} (${this.#label(e.type)})` })),
		);
		root.querySelector('form')!.addEventListener('submit', (event) => {
			event.preventDefault();
			const id = this.#choice.value;
			if (!id) return;
			if (this.#items.some((item) => item.id === id))
				return announce(fill(words.alreadyOnList, { title: this.#byId.get(id)!.title }));
			// Past the limit a page would show here but be gone from the address and storage on the next visit.
			if (this.#items.length >= readingListLimit)
				return announce(fill(words.listFull, { title: this.#byId.get(id)!.title, count: readingListLimit }));
			this.#items.push({ id, note: '' });
			this.#commit(fill(words.pageAdded, { title: this.#byId.get(id)!.title }));
		});
		this.#titleInput.value = this.#title;
		root.querySelector<HTMLElement>('.reading-list-title-field')!.hidden = false;
		this.#titleInput.addEventListener('input', () => {
			this.#title = this.#titleInput.value;
			this.#edited();
		});
		root.querySelector('[data-action="copy-link"]')!.addEventListener('click', async () => {
			const link = `${location.origin}${location.pathname}${addressOf(this.#items, this.#title)}`;
			try {
				await navigator.clipboard.writeText(link);
				announce(fill(words.listLinkCopied, { link }));
			} catch {
				announce(`${words.copyFromAddressBar} ${link}`);
			}
		});
		root.querySelector('[data-action="print"]')!.addEventListener('click', () => print());
		root.querySelector('[data-action="clear"]')!.addEventListener('click', () => {
			if (!this.#items.length || !confirm(words.confirmClearList)) return;
			// A list of the reader's own can be brought back; a shared one is still in its link.
			const own = this.#mode === 'own' && keepPrevious({ title: this.#title, items: this.#items });
			this.#items = [];
			this.#commit(words.listEmptied);
			if (own) this.#root.querySelector<HTMLButtonElement>('[data-action="undo"]')!.hidden = false;
		});
		this.#sharedChoices();
		root.querySelector<HTMLElement>('.reading-list-controls')!.hidden = false;
		this.#sync();
		this.#render();
	}

	/** The notice and buttons shown while a shared list sits beside the reader's own. */
	#sharedChoices(): void {
		const notice = this.#notice;
		const own = () => ({ title: loadTitle(), items: loadList() });
		notice.querySelector('[data-action="save-separately"]')!.addEventListener('click', () => {
			if (!saveSeparately({ title: this.#title, items: this.#items })) return announce(words.listNotKept);
			this.#showSaved();
			announce(words.savedSeparately);
		});
		notice.querySelector('[data-action="replace"]')!.addEventListener('click', () => {
			if (!keepPrevious(own())) return announce(words.replaceRefused);
			this.#becomeOwn(this.#items, words.listReplaced);
		});
		notice.querySelector('[data-action="merge"]')!.addEventListener('click', () => {
			const previous = own();
			if (!keepPrevious(previous)) return announce(words.mergeRefused);
			// The reader's own list keeps its title; a list that had none takes the shared one's.
			this.#title = previous.title || this.#title;
			// The shared list holds only pages the handbook has (the constructor left out the others, and said so).
			const shared = this.#items;
			const merged = mergeLists(previous.items, shared);
			// Pages of the shared list beyond the limit are not added: say how many, rather than drop them unsaid.
			const left = new Set([...previous.items, ...shared].map((item) => item.id)).size - merged.length;
			const notFitted = left
				? fill(plural(left, words.mergeLeftOne, words.mergeLeftOther), { count: left, limit: readingListLimit })
				: '';
			this.#becomeOwn(merged, [words.listsMerged, notFitted, words.mergeUndo].filter(Boolean).join(' '));
		});
		this.#root.querySelector('[data-action="undo"]')!.addEventListener('click', () => {
			const previous = previousList();
			if (!previous) return;
			keepPrevious({ title: this.#title, items: this.#items });
			this.#title = previous.title;
			this.#titleInput.value = previous.title;
			this.#becomeOwn(previous.items, words.previousListBack);
		});
		this.#showSaved();
	}

	/** Makes `items` the reader's own list, saved here, and offers Undo. */
	#becomeOwn(items: ReadingListItem[], message: string): void {
		this.#items = items.filter((item) => this.#byId.has(item.id));
		this.#mode = 'own';
		this.#titleInput.value = this.#title;
		this.#commit(message);
		const undo = this.#root.querySelector<HTMLButtonElement>('[data-action="undo"]')!;
		undo.hidden = false;
		undo.focus();
	}

	/** The lists the reader kept beside their own, as links to their addresses. */
	#showSaved(): void {
		const lists = savedLists();
		const section = this.#root.querySelector<HTMLElement>('.reading-list-saved')!;
		section.hidden = !lists.length;
		section.querySelector('ul')!.replaceChildren(
			...lists.map((list) => {
				const count = new URLSearchParams(list.address).get('p')!.split(',').length;
				const link = element('a', {
					href: `${location.pathname}${list.address}`,
					textContent: list.title || words.untitledList,
				});
				const li = element('li');
				li.append(
					link,
					` ${fill(plural(count, words.savedListPagesOne, words.savedListPagesOther), { count, date: list.saved.slice(0, 10) })}`,
				);
				return li;
			}),
		);
	}

	/**
	 * Writes the list into the address, the course pack link and, when the list is the reader's own,
	 * this browser's storage; says whose list it is. Cheap enough to run at every keystroke.
	 */
	#sync(): void {
		const address = addressOf(this.#items, this.#title);
		history.replaceState(null, '', `${location.pathname}${address}`);
		// The printed handout's heading: the title as typed, not the form field.
		this.#root.querySelector('.reading-list-printed-title')!.textContent = this.#title.trim();
		if (this.#mode === 'own' && !saveList(this.#items, this.#title)) this.#status.textContent = words.listNotSaved;
		const pack = this.#root.querySelector<HTMLAnchorElement>('[data-action="course-pack"]')!;
		pack.href = `${this.#root.dataset.coursePack}${address}`;
		pack.hidden = !this.#items.length;
		this.#notice.hidden = this.#mode !== 'shared';
		this.#showStatus();
	}

	#showStatus(): void {
		const n = this.#items.length;
		const whose =
			this.#mode === 'shared' ? words.listWhoseShared : this.#mode === 'adopting' ? words.listWhoseAdopting : '';
		const gone = this.#missing.length;
		const count = n ? fill(plural(n, words.listCountOne, words.listCountOther), { count: n, whose }) : words.listEmpty;
		const missing = gone
			? fill(plural(gone, words.listMissingOne, words.listMissingOther), { count: gone, ids: this.#missing.join(', ') })
			: '';
		this.#status.textContent = [count, missing].filter(Boolean).join(' ');
	}

	/**
	 * After the title or a note is typed: saved as it is typed. A list from a shared link, while the reader has none
	 * of their own, becomes theirs, as its status line says any change makes it.
	 */
	#edited(): void {
		if (this.#mode === 'adopting') this.#mode = 'own';
		this.#sync();
	}

	/** After a change of the list: saves it, updates the items in place, focuses `focus`, and announces `message`. */
	#commit(message: string, focus?: string): void {
		if (this.#mode === 'adopting') this.#mode = 'own';
		this.#sync();
		this.#render(focus);
		announce(message);
	}

	/** Moves the item `id` by `by` places, keeping the focus on its button that moved it. */
	#move(id: string, by: number): void {
		const items = this.#items;
		const index = items.findIndex((item) => item.id === id);
		const [item] = items.splice(index, 1);
		items.splice(index + by, 0, item!);
		this.#commit(
			fill(words.movedTo, { title: this.#byId.get(id)!.title, position: index + by + 1, count: items.length }),
			`${id}:${by < 0 ? 'up' : 'down'}`,
		);
	}

	/**
	 * Puts the list's items in order, reusing each item's element (so a note being typed, or a box
	 * being clicked, stays where it is); `focus` names the button (`id:action`) to focus after a move.
	 */
	#render(focus?: string): void {
		const existing = new Map(
			[...this.#list.querySelectorAll<HTMLLIElement>(':scope > li')].map((li) => [li.dataset.id!, li]),
		);
		this.#items.forEach((item, index) => {
			const li = existing.get(item.id) ?? this.#renderItem(item);
			existing.delete(item.id);
			this.#updateButtons(li, index);
			if (this.#list.children[index] !== li) this.#list.insertBefore(li, this.#list.children[index] ?? null);
		});
		for (const li of existing.values()) li.remove();
		if (focus) {
			const target = this.#list.querySelector<HTMLButtonElement>(`button[data-key="${focus}"]`);
			(target && !target.disabled
				? target
				: this.#list.querySelector<HTMLButtonElement>(`button[data-key^="${focus.split(':')[0]}:"]:not(:disabled)`)
			)?.focus();
		}
	}

	#updateButtons(li: HTMLLIElement, index: number): void {
		li.querySelector<HTMLButtonElement>('[data-key$=":up"]')!.disabled = index === 0;
		li.querySelector<HTMLButtonElement>('[data-key$=":down"]')!.disabled = index === this.#items.length - 1;
	}

	/** One item: its text and note, the QR code of its short link, and its buttons. */
	#renderItem(item: ReadingListItem): HTMLLIElement {
		const entry = this.#byId.get(item.id)!;
		const li = element('li', { className: 'reading-list-item' });
		li.dataset.id = item.id;
		li.append(this.#itemText(entry, item), this.#qrCode(entry), this.#itemButtons(item, entry));
		return li;
	}

	/**
	 * The QR code of a page's short link. A published build's catalog holds full addresses and the
	 * build drew their codes (/qr/<id>.svg); a preview build's holds site paths, which a phone cannot
	 * open, so the code is drawn here from the address this page is served from.
	 */
	#qrCode(entry: CatalogEntry): HTMLElement {
		const alt = fill(words.qrCodeOf, { title: entry.title });
		if (!entry.shortLink!.startsWith('/'))
			return element('img', {
				src: `${this.#root.dataset.qrBase}${entry.id}.svg`,
				alt,
				className: 'reading-list-qr',
				width: 96,
				height: 96,
			});
		const holder = element('div', { className: 'reading-list-qr' });
		holder.setAttribute('role', 'img');
		holder.setAttribute('aria-label', alt);
		// The QR code maker is loaded only in a preview build, where it is needed.
		void import('./qr.ts')
			.then(({ qrSvgFor }) => qrSvgFor(entry.shortLink!))
			.then((svg) => {
				const template = document.createElement('template');
				template.innerHTML = svg;
				holder.replaceChildren(template.content);
				holder.dataset.qr = full(entry.shortLink!);
			});
		return holder;
	}

	/** The text of one item: the page's title, type, summary and short link, and the reader's note, saved as it is typed. */
	#itemText(entry: CatalogEntry, item: ReadingListItem): HTMLDivElement {
		const text = element('div', { className: 'reading-list-text' });
		const title = inLanguage(
			element('a', { href: entry.url, className: 'reading-list-title', textContent: entry.title }),
			entry.lang,
		);
		const kind = element('span', { className: 'reading-list-type', textContent: ` (${this.#label(entry.type)})` });
		const summary = inLanguage(
			element('p', { className: 'reading-list-summary', textContent: entry.summary }),
			entry.lang,
		);
		const short = element('p', {
			className: 'reading-list-short',
			textContent: fill(words.shortLinkIs, { link: full(entry.shortLink!) }),
		});
		const noteId = `note-${item.id}`;
		const noteLabel = element('label', { htmlFor: noteId, textContent: fill(words.noteFor, { title: entry.title }) });
		const note = element('textarea', { id: noteId, rows: 2, value: item.note, className: 'reading-list-note' });
		const printedNote = element('p', { className: 'reading-list-printed-note', textContent: item.note });
		// Saved at every keystroke, without touching the list's elements: the address always holds the note.
		note.addEventListener('input', () => {
			item.note = note.value;
			printedNote.textContent = note.value;
			this.#edited();
		});
		note.addEventListener('change', () => announce(fill(words.noteSaved, { title: entry.title })));
		text.append(title, kind, summary, short, noteLabel, note, printedNote);
		return text;
	}

	/** An item's buttons: move up, move down, and remove. They find the item by id, wherever it has moved. */
	#itemButtons(item: ReadingListItem, entry: CatalogEntry): HTMLDivElement {
		const buttons = element('div', { className: 'reading-list-item-actions' });
		const button = (name: string, text: string, action: () => void) => {
			const b = element('button', { type: 'button', textContent: text });
			b.setAttribute('aria-label', fill(words.itemAction, { action: text, title: entry.title }));
			b.dataset.key = `${item.id}:${name}`;
			b.addEventListener('click', action);
			return b;
		};
		buttons.append(
			button('up', words.moveUp, () => this.#move(item.id, -1)),
			button('down', words.moveDown, () => this.#move(item.id, 1)),
			button('remove', words.removeFromList, () => {
				const index = this.#items.findIndex((i) => i.id === item.id);
				this.#items.splice(index, 1);
				this.#commit(fill(words.removedFromList, { title: entry.title }));
				// The next item's first button, else the previous one's, else the page chooser.
				const next = this.#list.children[Math.min(index, this.#list.children.length - 1)];
				(next?.querySelector<HTMLButtonElement>('button:not(:disabled)') ?? this.#choice).focus();
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
