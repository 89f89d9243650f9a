// The reflection worksheet: answers live in localStorage under one key, and never leave the browser.
// Nothing is lost without a word: unreadable stored data is set aside with a notice, a failed save is shown next
// to each answer it concerns until a save succeeds, and answers can be exported to a file and imported back.
import {
	exportText,
	localStore,
	maxImportBytes,
	parseImport,
	readAnswers,
	storageKey,
	writeAnswers,
	type Answers,
	type Stored,
} from './worksheet-storage.ts';

function download(name: string, type: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The filter's choice in the page's address (`?capability=…` or `?domain=…`), as an option value. */
function presetFilter(): string {
	const params = new URLSearchParams(location.search);
	return params.get('capability')
		? `capability:${params.get('capability')}`
		: params.get('domain')
			? `domain:${params.get('domain')}`
			: '';
}

/** Shows only the questions the filter chooses, says how many in the count and the handout, and puts the choice in the address. */
function applyFilter(
	filter: HTMLSelectElement,
	items: HTMLLIElement[],
	count: HTMLElement,
	printedFilter: HTMLElement | null,
): void {
	const visible = () => items.filter((item) => !item.hidden);
	const [kind, id] = filter.value.split(':');
	for (const item of items) {
		const tags = (kind === 'domain' ? item.dataset.domains : item.dataset.capabilities)?.split(' ') ?? [];
		item.hidden = Boolean(id) && !tags.includes(id!);
	}
	count.textContent = `Showing ${visible().length} of ${items.length} questions.`;
	// The handout says which questions it holds, since a filtered print leaves the others out.
	const chosen = filter.selectedOptions[0];
	if (printedFilter)
		printedFilter.textContent = id
			? `Questions for ${chosen?.textContent?.replace(/\s*\(\d+ questions?\)$/, '').replace(/^The whole /, 'the whole ')}: ${visible().length} of ${items.length}.`
			: `All ${items.length} questions.`;
	const url = new URL(location.href);
	url.searchParams.delete('capability');
	url.searchParams.delete('domain');
	if (kind && id) url.searchParams.set(kind, id);
	history.replaceState(null, '', url);
}

/** The shown questions and their answers, as Markdown or plain text. */
function asText(items: HTMLLIElement[], markdown: boolean): string {
	const title = document.querySelector('h1')?.textContent ?? 'Reflection worksheet';
	const lines = [markdown ? `# ${title}` : title, ''];
	const visible = items.filter((item) => !item.hidden);
	for (const item of visible) {
		const question = item.querySelector('q')?.textContent ?? '';
		const answer = item.querySelector('textarea')!.value.trim();
		lines.push(
			markdown ? `## ${question}` : question,
			'',
			answer || (markdown ? '_No answer yet._' : '(no answer yet)'),
			'',
		);
	}
	return lines.join('\n');
}

/** Shows the worksheet's controls, keeps the answers, and sets up the filter, printing, downloads and clearing. */
function setUp(form: HTMLElement): void {
	const controls = form.querySelector<HTMLElement>('.worksheet-controls')!;
	const filter = form.querySelector<HTMLSelectElement>('#worksheet-filter')!;
	const count = form.querySelector<HTMLElement>('.worksheet-count')!;
	const printedFilter = form.querySelector<HTMLElement>('.worksheet-print-filter');
	const items = [...form.querySelectorAll<HTMLLIElement>('[data-question]')];
	const boxes = items.map((item) => item.querySelector('textarea')!);
	controls.hidden = false;

	keepAnswers(form, items);

	const preset = presetFilter();
	if ([...filter.options].some((o) => o.value === preset)) filter.value = preset;
	filter.addEventListener('change', () => applyFilter(filter, items, count, printedFilter));
	applyFilter(filter, items, count, printedFilter);

	form.addEventListener('click', (event) => {
		const action = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]')?.dataset.action;
		if (action === 'print') window.print();
		if (action === 'download-md') download('reflection-worksheet.md', 'text/markdown', asText(items, true));
		if (action === 'download-txt') download('reflection-worksheet.txt', 'text/plain', asText(items, false));
		if (action === 'clear' && confirm('Clear all your answers from this browser?')) {
			for (const box of boxes) box.value = '';
			form.dispatchEvent(new CustomEvent('worksheet:cleared'));
			count.textContent = 'Your answers were cleared.';
		}
	});
}

type Tone = 'note' | 'caution' | 'danger';

/** What a notice says, and the button it may offer. */
interface NoticeContent {
	tone: Tone;
	title: string;
	text: string;
	action?: { label: string; run(): void };
}

/** Shows a notice in the worksheet's status region (role=status), replacing the one of the same kind; the same text is not announced twice. */
function notice(region: HTMLElement, kind: string, content?: NoticeContent): void {
	const old = region.querySelector<HTMLElement>(`[data-notice="${kind}"]`);
	if (!content) return old?.remove();
	const key = `${content.tone}|${content.title}|${content.text}`;
	if (old?.dataset.key === key) return;
	// Starlight's aside styles, so notices look like the handbook's other callouts in light and dark mode.
	const box = Object.assign(document.createElement('div'), {
		className: `starlight-aside starlight-aside--${content.tone} worksheet-notice`,
	});
	Object.assign(box.dataset, { notice: kind, key });
	const title = Object.assign(document.createElement('p'), {
		className: 'starlight-aside__title',
		textContent: content.title,
	});
	const text = Object.assign(document.createElement('p'), {
		className: 'starlight-aside__content',
		textContent: content.text,
	});
	box.append(title, text);
	if (content.action) {
		const button = Object.assign(document.createElement('button'), {
			type: 'button',
			textContent: content.action.label,
		});
		button.addEventListener('click', content.action.run);
		box.append(button);
	}
	if (old) old.replaceWith(box);
	else region.append(box);
}

/** Shows (or, without text, removes) the "Not saved" line under an answer, which its text box is described by. */
function markUnsaved(item: HTMLElement, text?: string): void {
	const box = item.querySelector('textarea')!;
	let line = item.querySelector<HTMLElement>('.worksheet-unsaved');
	if (!text) {
		line?.remove();
		box.removeAttribute('aria-describedby');
		return;
	}
	if (!line) {
		line = Object.assign(document.createElement('p'), { className: 'worksheet-unsaved', id: `${box.id}-unsaved` });
		box.after(line);
		box.setAttribute('aria-describedby', line.id);
	}
	line.textContent = text;
}

const sentence = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;
const answersIn = (n: number) => `${n} answer${n === 1 ? '' : 's'}`;

/** The notice about what reading storage found when it was not simply answers (none when it was). */
function storedNotice(stored: Stored): NoticeContent | undefined {
	if (stored.kind === 'set-aside') {
		const found = Object.keys(stored.answers).length;
		return {
			tone: 'caution',
			title: 'Your saved answers could not all be read',
			text:
				`The data this page found in your browser is not in the form it saves answers in (it may come from another version of the page, or be damaged). ` +
				`It is kept, unchanged, under the name “${stored.backupKey}” in this browser's storage, and you can download it below. ` +
				(found === 1
					? 'The one answer that could be read is shown.'
					: found
						? `The ${found} answers that could be read are shown.`
						: 'No answers could be read from it.'),
			action: {
				label: 'Download the kept data',
				run: () => download('reflection-worksheet-kept-data.txt', 'text/plain', stored.raw),
			},
		};
	}
	if (stored.kind === 'kept-in-place') {
		return {
			tone: 'danger',
			title: 'Your saved answers could not be read, and new answers are not saved',
			text:
				`The data this page found in your browser is not in the form it saves answers in, and ${stored.reason}, so no copy could be made. ` +
				'It is left as it was, and answers you type are not saved over it. Download it below; then “Clear my answers” lets the page save again.',
			action: {
				label: 'Download the kept data',
				run: () => download('reflection-worksheet-kept-data.txt', 'text/plain', stored.raw),
			},
		};
	}
	if (stored.kind === 'unavailable') {
		return {
			tone: 'danger',
			title: 'Your answers cannot be saved in this browser',
			text: `${sentence(stored.reason)}. Answers you type stay on this page until you close it; use “Export answers” to keep them in a file.`,
		};
	}
	return undefined;
}

/**
 * Loads, saves, exports and imports the answers. The answers in memory are what the page shows; `unsaved` names
 * the answers whose latest text storage has not accepted yet, each marked on the page until a save succeeds.
 */
function keepAnswers(form: HTMLElement, items: HTMLLIElement[]): void {
	new AnswerKeeper(form, items).start();
}

/** The answers of one worksheet, in memory and in storage, and the notices about them: see `keepAnswers`. */
class AnswerKeeper {
	readonly #form: HTMLElement;
	readonly #items: HTMLLIElement[];
	readonly #region: HTMLElement;
	readonly #fileInput: HTMLInputElement;
	readonly #byId: Map<string, HTMLLIElement>;
	readonly #unsaved = new Set<string>();
	#answers: Answers = Object.create(null);
	// Why saving is refused while unreadable data that could not be set aside sits under the storage key.
	#blocked: string | undefined;

	constructor(form: HTMLElement, items: HTMLLIElement[]) {
		this.#form = form;
		this.#items = items;
		this.#region = form.querySelector<HTMLElement>('.worksheet-status')!;
		this.#fileInput = form.querySelector<HTMLInputElement>('input[type="file"][data-import]')!;
		this.#byId = new Map(items.map((item) => [item.dataset.question!, item]));
	}

	/** Loads the answers into the text boxes, and listens for typing, clearing, export and import. */
	start(): void {
		const loaded = readAnswers();
		this.#answers = this.#report(loaded);
		for (const box of this.#items.map((item) => item.querySelector('textarea')!))
			box.value = this.#answers[box.name] ?? '';

		// Answers read from data that was set aside are saved again under the worksheet's key at once.
		if (loaded.kind === 'set-aside' && Object.keys(this.#answers).length) {
			for (const id of Object.keys(this.#answers)) this.#unsaved.add(id);
			this.#persist();
		}

		this.#form.addEventListener('input', (event) => {
			const box = event.target as HTMLTextAreaElement;
			if (box.tagName !== 'TEXTAREA') return;
			this.#answers[box.name] = box.value;
			this.#unsaved.add(box.name);
			this.#persist();
		});
		this.#form.addEventListener('worksheet:cleared', () => this.#cleared());
		this.#form.addEventListener('click', (event) => {
			const action = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]')?.dataset.action;
			if (action === 'export') this.#export();
			if (action === 'import') this.#fileInput.click();
		});
		this.#fileInput.addEventListener('change', () => {
			const file = this.#fileInput.files?.[0];
			this.#fileInput.value = '';
			if (file) void this.#importFile(file);
		});
	}

	/** Says what reading storage found when it was not simply answers, and returns the answers to start from. */
	#report(stored: Stored): Answers {
		if (stored.kind === 'kept-in-place')
			this.#blocked = `your earlier saved data could not be read, and ${stored.reason}, so it could not be set aside; it is left as it was`;
		const content = storedNotice(stored);
		if (content) notice(this.#region, 'stored', content);
		return stored.answers;
	}

	/** Writes the unsaved answers over what storage holds now (another tab may have saved others); returns why not, if it could not. */
	#save(): string | undefined {
		if (this.#blocked) return this.#blocked;
		const latest = readAnswers();
		if (latest.kind !== 'ok' && latest.kind !== 'unavailable') this.#report(latest);
		if (this.#blocked) return this.#blocked;
		// What another tab saved, if storage holds answers; otherwise the page's own answers.
		const next: Answers = Object.assign(Object.create(null), latest.kind === 'ok' ? latest.answers : this.#answers);
		for (const id of this.#unsaved) {
			if (this.#answers[id]) next[id] = this.#answers[id];
			else delete next[id];
		}
		const result = writeAnswers(next);
		if (!result.ok) return result.reason;
		this.#answers = next;
		return undefined;
	}

	/** Saves the unsaved answers, or says why not. */
	#persist(): void {
		const failure = this.#save();
		if (!failure) {
			const wereMarked = [...this.#unsaved].some((id) => this.#byId.get(id)?.querySelector('.worksheet-unsaved'));
			this.#unsaved.clear();
			for (const item of this.#items) markUnsaved(item);
			if (wereMarked || this.#region.querySelector('[data-notice="save"]'))
				notice(this.#region, 'save', {
					tone: 'note',
					title: 'Your answers are saved again',
					text: 'Every answer on this page is saved in this browser.',
				});
			return;
		}
		for (const id of this.#unsaved) if (this.#byId.has(id)) markUnsaved(this.#byId.get(id)!, `Not saved: ${failure}.`);
		// While saving is blocked, the notice about the stored data already says that answers are not saved.
		if (this.#blocked) return;
		notice(this.#region, 'save', {
			tone: 'danger',
			title: 'Your answers are not being saved',
			text: `${sentence(failure)}. Answers marked “Not saved” are only on this page: use “Export answers” to keep them in a file before you close it.`,
		});
	}

	/** Forgets every answer, in storage too, after the reader chose “Clear my answers”. */
	#cleared(): void {
		try {
			localStore()?.removeItem(storageKey);
		} catch {
			// Storage that cannot be reached holds nothing to clear.
		}
		this.#answers = Object.create(null);
		this.#blocked = undefined;
		this.#unsaved.clear();
		for (const item of this.#items) markUnsaved(item);
		for (const kind of ['stored', 'save', 'import']) notice(this.#region, kind);
	}

	/** Downloads the answers as a file that “Import answers” reads. */
	#export(): void {
		const count = Object.values(this.#answers).filter((answer) => answer.trim()).length;
		download('reflection-worksheet-answers.json', 'application/json', exportText(this.#answers));
		notice(this.#region, 'import', {
			tone: 'note',
			title: `Exported ${answersIn(count)}`,
			text: 'Saved as “reflection-worksheet-answers.json” in your downloads. Open this page on another device and choose “Import answers” to bring them there.',
		});
	}

	/** Reads an exported file, and puts its answers in place once the reader agrees to replace different ones. */
	async #importFile(file: File): Promise<void> {
		const refuse = (problem: string) =>
			notice(this.#region, 'import', {
				tone: 'danger',
				title: 'Nothing was imported',
				text: `“${file.name}” was not imported: ${problem}. Choose a file saved with “Export answers”.`,
			});
		if (file.size > maxImportBytes) return refuse('it is too large to be a worksheet export');
		const imported = parseImport(await file.text());
		if (!imported.ok) return refuse(imported.problem);
		const incoming = Object.entries(imported.answers).filter(([, answer]) => answer.trim());
		if (!incoming.length) return refuse('it holds no answers');
		const answers = this.#answers;
		const replaced = incoming.filter(([id, answer]) => answers[id]?.trim() && answers[id] !== answer).length;
		if (
			replaced &&
			!confirm(`Importing replaces ${answersIn(replaced)} in this browser with those in “${file.name}”. Import?`)
		)
			return notice(this.#region, 'import', {
				tone: 'note',
				title: 'Nothing was imported',
				text: 'Your answers are as they were.',
			});
		this.#take(incoming);
		const elsewhere = incoming.filter(([id]) => !this.#byId.has(id)).length;
		notice(this.#region, 'import', {
			tone: 'note',
			title: `Imported ${answersIn(incoming.length)}`,
			text:
				`The answers from “${file.name}” are in place.` +
				(elsewhere
					? ` ${answersIn(elsewhere)} are for questions this worksheet does not have; they are kept with your answers.`
					: ''),
		});
		this.#persist();
	}

	/** Puts imported answers in memory and in their text boxes, as not saved yet. */
	#take(incoming: [string, string][]): void {
		for (const [id, answer] of incoming) {
			this.#answers[id] = answer;
			this.#unsaved.add(id);
			const box = this.#byId.get(id)?.querySelector('textarea');
			if (box) box.value = answer;
		}
	}
}

for (const form of document.querySelectorAll<HTMLElement>('[data-worksheet]')) setUp(form);
