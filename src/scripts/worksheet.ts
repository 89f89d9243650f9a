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

function setUp(form: HTMLElement): void {
	const controls = form.querySelector<HTMLElement>('.worksheet-controls')!;
	const filter = form.querySelector<HTMLSelectElement>('#worksheet-filter')!;
	const count = form.querySelector<HTMLElement>('.worksheet-count')!;
	const printedFilter = form.querySelector<HTMLElement>('.worksheet-print-filter');
	const items = [...form.querySelectorAll<HTMLLIElement>('[data-question]')];
	const boxes = items.map((item) => item.querySelector('textarea')!);
	controls.hidden = false;

	keepAnswers(form, items);

	const visible = () => items.filter((item) => !item.hidden);
	const applyFilter = () => {
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
	};
	const params = new URLSearchParams(location.search);
	const preset = params.get('capability')
		? `capability:${params.get('capability')}`
		: params.get('domain')
			? `domain:${params.get('domain')}`
			: '';
	if ([...filter.options].some((o) => o.value === preset)) filter.value = preset;
	filter.addEventListener('change', applyFilter);
	applyFilter();

	const asText = (markdown: boolean) => {
		const title = document.querySelector('h1')?.textContent ?? 'Reflection worksheet';
		const lines = [markdown ? `# ${title}` : title, ''];
		for (const item of visible()) {
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
	};

	form.addEventListener('click', (event) => {
		const action = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]')?.dataset.action;
		if (action === 'print') window.print();
		if (action === 'download-md') download('reflection-worksheet.md', 'text/markdown', asText(true));
		if (action === 'download-txt') download('reflection-worksheet.txt', 'text/plain', asText(false));
		if (action === 'clear' && confirm('Clear all your answers from this browser?')) {
			for (const box of boxes) box.value = '';
			form.dispatchEvent(new CustomEvent('worksheet:cleared'));
			count.textContent = 'Your answers were cleared.';
		}
	});
}

type Tone = 'note' | 'caution' | 'danger';

/** Shows a notice in the worksheet's status region (role=status), replacing the one of the same kind; the same text is not announced twice. */
function notice(
	region: HTMLElement,
	kind: string,
	content?: { tone: Tone; title: string; text: string; action?: { label: string; run(): void } },
): void {
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

/**
 * Loads, saves, exports and imports the answers. The answers in memory are what the page shows; `unsaved` names
 * the answers whose latest text storage has not accepted yet, each marked on the page until a save succeeds.
 */
function keepAnswers(form: HTMLElement, items: HTMLLIElement[]): void {
	const region = form.querySelector<HTMLElement>('.worksheet-status')!;
	const fileInput = form.querySelector<HTMLInputElement>('input[type="file"][data-import]')!;
	const byId = new Map(items.map((item) => [item.dataset.question!, item]));
	const boxFor = (id: string) => byId.get(id)?.querySelector('textarea');
	const unsaved = new Set<string>();
	// Why saving is refused while unreadable data that could not be set aside sits under the storage key.
	let blocked: string | undefined;

	/** Says what reading storage found when it was not simply answers, and returns the answers to start from. */
	const report = (stored: Stored): Answers => {
		if (stored.kind === 'set-aside') {
			const found = Object.keys(stored.answers).length;
			notice(region, 'stored', {
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
			});
		} else if (stored.kind === 'kept-in-place') {
			blocked = `your earlier saved data could not be read, and ${stored.reason}, so it could not be set aside; it is left as it was`;
			notice(region, 'stored', {
				tone: 'danger',
				title: 'Your saved answers could not be read, and new answers are not saved',
				text:
					`The data this page found in your browser is not in the form it saves answers in, and ${stored.reason}, so no copy could be made. ` +
					'It is left as it was, and answers you type are not saved over it. Download it below; then “Clear my answers” lets the page save again.',
				action: {
					label: 'Download the kept data',
					run: () => download('reflection-worksheet-kept-data.txt', 'text/plain', stored.raw),
				},
			});
		} else if (stored.kind === 'unavailable') {
			notice(region, 'stored', {
				tone: 'danger',
				title: 'Your answers cannot be saved in this browser',
				text: `${sentence(stored.reason)}. Answers you type stay on this page until you close it; use “Export answers” to keep them in a file.`,
			});
		}
		return stored.answers;
	};

	const loaded = readAnswers();
	let answers = report(loaded);
	for (const box of items.map((item) => item.querySelector('textarea')!)) box.value = answers[box.name] ?? '';

	/** Saves the unsaved answers over what storage holds now (another tab may have saved others), or says why not. */
	const persist = () => {
		let failure = blocked;
		if (!failure) {
			const latest = readAnswers();
			if (latest.kind !== 'ok' && latest.kind !== 'unavailable') report(latest);
			failure = blocked;
			if (!failure) {
				// What another tab saved, if storage holds answers; otherwise the page's own answers.
				const next: Answers = Object.assign(Object.create(null), latest.kind === 'ok' ? latest.answers : answers);
				for (const id of unsaved) {
					if (answers[id]) next[id] = answers[id];
					else delete next[id];
				}
				const result = writeAnswers(next);
				if (result.ok) answers = next;
				else failure = result.reason;
			}
		}
		if (!failure) {
			const wereMarked = [...unsaved].some((id) => byId.get(id)?.querySelector('.worksheet-unsaved'));
			unsaved.clear();
			for (const item of items) markUnsaved(item);
			if (wereMarked || region.querySelector('[data-notice="save"]'))
				notice(region, 'save', {
					tone: 'note',
					title: 'Your answers are saved again',
					text: 'Every answer on this page is saved in this browser.',
				});
			return;
		}
		for (const id of unsaved) if (byId.has(id)) markUnsaved(byId.get(id)!, `Not saved: ${failure}.`);
		// While saving is blocked, the notice about the stored data already says that answers are not saved.
		if (blocked) return;
		notice(region, 'save', {
			tone: 'danger',
			title: 'Your answers are not being saved',
			text: `${sentence(failure)}. Answers marked “Not saved” are only on this page: use “Export answers” to keep them in a file before you close it.`,
		});
	};

	// Answers read from data that was set aside are saved again under the worksheet's key at once.
	if (loaded.kind === 'set-aside' && Object.keys(answers).length) {
		for (const id of Object.keys(answers)) unsaved.add(id);
		persist();
	}

	form.addEventListener('input', (event) => {
		const box = event.target as HTMLTextAreaElement;
		if (box.tagName !== 'TEXTAREA') return;
		answers[box.name] = box.value;
		unsaved.add(box.name);
		persist();
	});

	form.addEventListener('worksheet:cleared', () => {
		try {
			localStore()?.removeItem(storageKey);
		} catch {
			// Storage that cannot be reached holds nothing to clear.
		}
		answers = Object.create(null);
		blocked = undefined;
		unsaved.clear();
		for (const item of items) markUnsaved(item);
		for (const kind of ['stored', 'save', 'import']) notice(region, kind);
	});

	const importFile = async (file: File) => {
		const refuse = (problem: string) =>
			notice(region, 'import', {
				tone: 'danger',
				title: 'Nothing was imported',
				text: `“${file.name}” was not imported: ${problem}. Choose a file saved with “Export answers”.`,
			});
		if (file.size > maxImportBytes) return refuse('it is too large to be a worksheet export');
		const imported = parseImport(await file.text());
		if (!imported.ok) return refuse(imported.problem);
		const incoming = Object.entries(imported.answers).filter(([, answer]) => answer.trim());
		if (!incoming.length) return refuse('it holds no answers');
		const replaced = incoming.filter(([id, answer]) => answers[id]?.trim() && answers[id] !== answer).length;
		if (
			replaced &&
			!confirm(`Importing replaces ${answersIn(replaced)} in this browser with those in “${file.name}”. Import?`)
		)
			return notice(region, 'import', {
				tone: 'note',
				title: 'Nothing was imported',
				text: 'Your answers are as they were.',
			});
		for (const [id, answer] of incoming) {
			answers[id] = answer;
			unsaved.add(id);
			const box = boxFor(id);
			if (box) box.value = answer;
		}
		const elsewhere = incoming.filter(([id]) => !byId.has(id)).length;
		notice(region, 'import', {
			tone: 'note',
			title: `Imported ${answersIn(incoming.length)}`,
			text:
				`The answers from “${file.name}” are in place.` +
				(elsewhere
					? ` ${answersIn(elsewhere)} are for questions this worksheet does not have; they are kept with your answers.`
					: ''),
		});
		persist();
	};

	form.addEventListener('click', (event) => {
		const action = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]')?.dataset.action;
		if (action === 'export') {
			const count = Object.values(answers).filter((answer) => answer.trim()).length;
			download('reflection-worksheet-answers.json', 'application/json', exportText(answers));
			notice(region, 'import', {
				tone: 'note',
				title: `Exported ${answersIn(count)}`,
				text: 'Saved as “reflection-worksheet-answers.json” in your downloads. Open this page on another device and choose “Import answers” to bring them there.',
			});
		}
		if (action === 'import') fileInput.click();
	});
	fileInput.addEventListener('change', () => {
		const file = fileInput.files?.[0];
		fileInput.value = '';
		if (file) void importFile(file);
	});
}

for (const form of document.querySelectorAll<HTMLElement>('[data-worksheet]')) setUp(form);
