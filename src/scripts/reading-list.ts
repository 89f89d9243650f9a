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

async function setUp(root: HTMLElement): Promise<void> {
	const list = root.querySelector<HTMLOListElement>('.reading-list-items')!;
	const status = root.querySelector<HTMLElement>('.reading-list-status')!;
	const controls = root.querySelector<HTMLElement>('.reading-list-controls')!;
	const choice = root.querySelector<HTMLSelectElement>('#reading-list-choice')!;
	const catalog = (await (await fetch(root.dataset.catalog!)).json()) as { entries: CatalogEntry[] };
	const byId = new Map(catalog.entries.filter((e) => e.shortLink).map((e) => [e.id, e]));

	const fromAddress = listFromAddress(new URLSearchParams(location.search));
	let items: ReadingListItem[] = (fromAddress ?? loadList()).filter((item) => byId.has(item.id));
	// A shared list is shown as it is, and becomes this browser's list at the first change.
	let shared = fromAddress !== undefined && JSON.stringify(fromAddress) !== JSON.stringify(loadList());

	const commit = (message: string, focus?: string) => {
		shared = false;
		saveList(items);
		history.replaceState(null, '', `${location.pathname}${addressOf(items)}`);
		render(focus);
		announce(message);
	};

	const move = (index: number, by: number) => {
		const [item] = items.splice(index, 1);
		items.splice(index + by, 0, item!);
		commit(
			`${byId.get(item!.id)!.title} moved to position ${index + by + 1} of ${items.length}.`,
			`${item!.id}:${by < 0 ? 'up' : 'down'}`,
		);
	};

	function render(focus?: string): void {
		list.replaceChildren(
			...items.map((item, index) => {
				const entry = byId.get(item.id)!;
				const li = element('li', { className: 'reading-list-item' });
				li.dataset.id = item.id;
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
					commit(`Note saved for ${entry.title}.`);
				});
				const printedNote = element('p', { className: 'reading-list-printed-note', textContent: item.note });
				text.append(title, kind, summary, short, noteLabel, note, printedNote);
				const qr = element('img', {
					src: `${root.dataset.qrBase}${item.id}.svg`,
					alt: `QR code of the short link to ${entry.title}`,
					className: 'reading-list-qr',
					width: 96,
					height: 96,
				});
				const buttons = element('div', { className: 'reading-list-item-actions' });
				const button = (name: string, text: string, disabled: boolean, action: () => void) => {
					const b = element('button', { type: 'button', textContent: text, disabled });
					b.setAttribute('aria-label', `${text}: ${entry.title}`);
					b.dataset.key = `${item.id}:${name}`;
					b.addEventListener('click', action);
					return b;
				};
				buttons.append(
					button('up', 'Move up', index === 0, () => move(index, -1)),
					button('down', 'Move down', index === items.length - 1, () => move(index, 1)),
					button('remove', 'Remove', false, () => {
						items.splice(index, 1);
						commit(`${entry.title} removed from the reading list.`);
						(list.querySelector('button') ?? choice).focus();
					}),
				);
				li.append(text, qr, buttons);
				return li;
			}),
		);
		status.textContent = items.length
			? `${items.length} page${items.length === 1 ? '' : 's'} on this list${shared ? ' (from a shared link: changing it makes it your list in this browser)' : ''}.`
			: 'The list is empty.';
		if (focus) {
			const target = list.querySelector<HTMLButtonElement>(`button[data-key="${focus}"]`);
			(target && !target.disabled
				? target
				: list.querySelector<HTMLButtonElement>(`button[data-key^="${focus.split(':')[0]}:"]:not(:disabled)`)
			)?.focus();
		}
	}

	choice.replaceChildren(
		element('option', { value: '', textContent: 'Choose a page…' }),
		...catalog.entries
			.filter((e) => e.shortLink)
			.map((e) => element('option', { value: e.id, textContent: `${e.title} (${label(e.type)})` })),
	);
	root.querySelector('form')!.addEventListener('submit', (event) => {
		event.preventDefault();
		const id = choice.value;
		if (!id) return;
		if (items.some((item) => item.id === id)) return announce(`${byId.get(id)!.title} is already on the list.`);
		items.push({ id, note: '' });
		commit(`${byId.get(id)!.title} added to the reading list.`);
	});
	root.querySelector('[data-action="copy-link"]')!.addEventListener('click', async () => {
		const link = `${location.origin}${location.pathname}${addressOf(items)}`;
		try {
			await navigator.clipboard.writeText(link);
			announce(`Link to this list copied: ${link}`);
		} catch {
			announce(`Copy this address from the address bar: ${link}`);
		}
	});
	root.querySelector('[data-action="print"]')!.addEventListener('click', () => print());
	root.querySelector('[data-action="clear"]')!.addEventListener('click', () => {
		if (!items.length || !confirm('Remove every page from this reading list?')) return;
		items = [];
		commit('The reading list is now empty.');
	});
	controls.hidden = false;
	if (!shared && !fromAddress && items.length)
		history.replaceState(null, '', `${location.pathname}${addressOf(items)}`);
	render();
}

const root = document.querySelector<HTMLElement>('[data-reading-list]');
if (root) void setUp(root);
