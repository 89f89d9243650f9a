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
	type ImportProblem,
	type Stored,
	type StorageFailure,
} from './worksheet-storage.ts';
import words, { fill } from 'virtual:handbook/ui-strings/worksheet';
import { plural } from './dom.ts';

/** Why storage refused, in the page's language. */
const reasonWords = (reason: StorageFailure) =>
	reason === 'full' ? words.worksheetReasonFull : words.worksheetReasonRefused;

/** What is wrong with a file offered for import, in the page's language. */
function problemWords(problem: ImportProblem): string {
	switch (problem.kind) {
		case 'not-json':
			return words.worksheetProblemNotJson;
		case 'not-export':
			return words.worksheetProblemNotExport;
		case 'no-version':
			return words.worksheetProblemNoVersion;
		case 'unknown-version':
			return fill(words.worksheetProblemUnknownVersion, { version: problem.version });
		case 'no-answers':
			return words.worksheetProblemNoAnswers;
		case 'too-large':
			return words.worksheetProblemTooLarge;
		case 'bad-answers':
			return fill(plural(problem.count, words.worksheetProblemBadAnswersOne, words.worksheetProblemBadAnswersOther), {
				count: problem.count,
			});
	}
}

/** `One` or `Other` of a pair, filled with `count` (and `values`). */
const counted = (count: number, one: string, other: string, values: Record<string, string> = {}) =>
	fill(plural(count, one, other), { count, ...values });

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
	count.textContent = fill(words.worksheetShowing, { shown: visible().length, count: items.length });
	// The handout says which questions it holds, since a filtered print leaves the others out.
	const chosen = filter.selectedOptions[0];
	if (printedFilter)
		printedFilter.textContent = id
			? fill(words.worksheetQuestionsFor, {
					choice: chosen?.dataset.choice ?? '',
					shown: visible().length,
					count: items.length,
				})
			: counted(items.length, words.worksheetAllQuestionsOne, words.worksheetAllQuestionsOther);
	const url = new URL(location.href);
	url.searchParams.delete('capability');
	url.searchParams.delete('domain');
	if (kind && id) url.searchParams.set(kind, id);
	history.replaceState(null, '', url);
}

/** The shown questions and their answers, as Markdown or plain text. */
function asText(items: HTMLLIElement[], markdown: boolean): string {
	const title = document.querySelector('h1')?.textContent ?? words.worksheetTitle;
	const lines = [markdown ? `# ${title}` : title, ''];
	const visible = items.filter((item) => !item.hidden);
	for (const item of visible) {
		const question = item.querySelector('q')?.textContent ?? '';
		const answer = item.querySelector('textarea')!.value.trim();
		lines.push(
			markdown ? `## ${question}` : question,
			'',
			answer || (markdown ? words.worksheetNoAnswerMarkdown : words.worksheetNoAnswerText),
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
		if (action === 'clear' && confirm(words.worksheetConfirmClear)) {
			for (const box of boxes) box.value = '';
			form.dispatchEvent(new CustomEvent('worksheet:cleared'));
			count.textContent = words.worksheetCleared;
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

/** The notice about what reading storage found when it was not simply answers (none when it was). */
function storedNotice(stored: Stored): NoticeContent | undefined {
	if (stored.kind === 'set-aside') {
		const found = Object.keys(stored.answers).length;
		return {
			tone: 'caution',
			title: words.worksheetSetAsideTitle,
			text: [
				fill(words.worksheetSetAsideText, { key: stored.backupKey }),
				found
					? counted(found, words.worksheetSetAsideFoundOne, words.worksheetSetAsideFoundOther)
					: words.worksheetSetAsideFoundNone,
			].join(' '),
			action: {
				label: words.worksheetDownloadKept,
				run: () => download('reflection-worksheet-kept-data.txt', 'text/plain', stored.raw),
			},
		};
	}
	if (stored.kind === 'kept-in-place') {
		return {
			tone: 'danger',
			title: words.worksheetKeptTitle,
			text: fill(words.worksheetKeptText, { reason: reasonWords(stored.reason) }),
			action: {
				label: words.worksheetDownloadKept,
				run: () => download('reflection-worksheet-kept-data.txt', 'text/plain', stored.raw),
			},
		};
	}
	if (stored.kind === 'unavailable') {
		return {
			tone: 'danger',
			title: words.worksheetUnavailableTitle,
			text: fill(words.worksheetUnavailableText, { reason: sentence(reasonWords(stored.reason)) }),
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
			this.#blocked = fill(words.worksheetBlocked, { reason: reasonWords(stored.reason) });
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
		if (!result.ok) return reasonWords(result.reason);
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
					title: words.worksheetSavedAgainTitle,
					text: words.worksheetSavedAgainText,
				});
			return;
		}
		for (const id of this.#unsaved)
			if (this.#byId.has(id)) markUnsaved(this.#byId.get(id)!, fill(words.worksheetNotSaved, { reason: failure }));
		// While saving is blocked, the notice about the stored data already says that answers are not saved.
		if (this.#blocked) return;
		notice(this.#region, 'save', {
			tone: 'danger',
			title: words.worksheetNotSavingTitle,
			text: fill(words.worksheetNotSavingText, { reason: sentence(failure) }),
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
			title: counted(count, words.worksheetExportedOne, words.worksheetExportedOther),
			text: words.worksheetExportedText,
		});
	}

	/** Reads an exported file, and puts its answers in place once the reader agrees to replace different ones. */
	async #importFile(file: File): Promise<void> {
		const refuse = (problem: ImportProblem) =>
			notice(this.#region, 'import', {
				tone: 'danger',
				title: words.worksheetNothingImported,
				text: fill(words.worksheetImportRefused, { file: file.name, problem: problemWords(problem) }),
			});
		if (file.size > maxImportBytes) return refuse({ kind: 'too-large' });
		const imported = parseImport(await file.text());
		if (!imported.ok) return refuse(imported.problem);
		const incoming = Object.entries(imported.answers).filter(([, answer]) => answer.trim());
		if (!incoming.length) return refuse({ kind: 'no-answers' });
		const answers = this.#answers;
		const replaced = incoming.filter(([id, answer]) => answers[id]?.trim() && answers[id] !== answer).length;
		if (
			replaced &&
			!confirm(
				counted(replaced, words.worksheetConfirmImportOne, words.worksheetConfirmImportOther, { file: file.name }),
			)
		)
			return notice(this.#region, 'import', {
				tone: 'note',
				title: words.worksheetNothingImported,
				text: words.worksheetAnswersUnchanged,
			});
		this.#take(incoming);
		const elsewhere = incoming.filter(([id]) => !this.#byId.has(id)).length;
		notice(this.#region, 'import', {
			tone: 'note',
			title: counted(incoming.length, words.worksheetImportedOne, words.worksheetImportedOther),
			text: [
				fill(words.worksheetImportedText, { file: file.name }),
				elsewhere ? counted(elsewhere, words.worksheetElsewhereOne, words.worksheetElsewhereOther) : '',
			]
				.filter(Boolean)
				.join(' '),
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
