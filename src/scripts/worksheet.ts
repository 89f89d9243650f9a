// The reflection worksheet: answers live in localStorage under one key, and never leave the browser.

const storageKey = 'coalitions-handbook:worksheet:v1';

type Answers = Record<string, string>;

function load(): Answers {
	try {
		return JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Answers;
	} catch {
		return {};
	}
}

function save(answers: Answers): void {
	localStorage.setItem(storageKey, JSON.stringify(answers));
}

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

	const answers = load();
	for (const box of boxes) box.value = answers[box.name] ?? '';
	form.addEventListener('input', (event) => {
		const box = event.target as HTMLTextAreaElement;
		if (box.tagName !== 'TEXTAREA') return;
		const current = load();
		if (box.value) current[box.name] = box.value;
		else delete current[box.name];
		save(current);
	});

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
			localStorage.removeItem(storageKey);
			for (const box of boxes) box.value = '';
			count.textContent = 'Your answers were cleared.';
		}
	});
}

for (const form of document.querySelectorAll<HTMLElement>('[data-worksheet]')) setUp(form);
