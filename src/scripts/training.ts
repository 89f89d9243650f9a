// "Use in training" and "Cite this page": copy buttons, print, and adding a page to the reading list.
// Everything here is an enhancement: without JavaScript the addresses and citations are plain text.
import words, { fill } from 'virtual:handbook/ui-strings/training';
import { announce } from './announce.ts';

/** In a preview build addresses are site paths: show them as full addresses on the origin the page came from. */
function completeSitePaths(): void {
	for (const element of document.querySelectorAll<HTMLElement>('[data-site-path]')) {
		element.textContent = new URL(element.dataset.sitePath!, location.origin).href;
	}
	for (const code of document.querySelectorAll<HTMLElement>('[data-embed-snippet]')) {
		code.textContent = (code.textContent ?? '').replace(
			/src="(\/[^"]*)"/,
			(_, path: string) => `src="${new URL(path, location.origin).href}"`,
		);
	}
}

/** The readable text of an element, on one line, as it would be pasted into a slide or a document. */
const textOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

function copyButtons(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-text[data-copy]')) {
		const source = document.querySelector(button.dataset.copy!);
		if (!source) continue;
		const label = button.textContent ?? '';
		button.hidden = false;
		button.addEventListener('click', async () => {
			// The embed snippet is code, kept exactly; other text is read as one line.
			const text = source.matches('pre') ? (source.textContent ?? '').trim() : textOf(source);
			try {
				await navigator.clipboard.writeText(text);
				button.textContent = words.copied;
				announce(fill(words.copiedText, { text }));
			} catch {
				// No clipboard access (an insecure origin, or permission refused): select the text instead.
				getSelection()?.selectAllChildren(source);
				announce(words.copyRefused);
			}
			setTimeout(() => (button.textContent = label), 2000);
		});
	}
}

function printButtons(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('button.training-print')) {
		button.hidden = false;
		button.addEventListener('click', () => print());
	}
}

function readingListButtons(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('button.reading-list-add')) {
		button.hidden = false;
		button.addEventListener('click', async () => {
			const title = button.dataset.readingListTitle ?? document.title;
			// The list's store and these words are loaded on the first click: a first visit does not need them.
			// Offline (or after a new version replaced the files) the load fails: the reader hears so, not silence.
			let addPage: typeof import('./add-to-list.ts').addPage;
			try {
				({ addPage } = await import('./add-to-list.ts'));
			} catch {
				announce(fill(words.readingListUnavailable, { title }));
				return;
			}
			const { onList, label, message } = addPage(button.dataset.readingListId!, title);
			// The button says the page is on the list only when it is; a list that is full, or a browser that
			// refused to keep it, leaves the button as it was, and the message says why.
			if (onList) button.textContent = label;
			announce(message);
		});
	}
}

/**
 * In a preview build the QR codes drawn at build time hold site paths, which a phone cannot open:
 * they are drawn again from the full address. The QR module is loaded only then.
 */
function completeQrCodes(): void {
	if (!document.querySelector('[data-qr^="/"]')) return;
	void import('./qr.ts').then(({ redrawSitePathQrCodes }) => redrawSitePathQrCodes());
}

/** "Download slide": the page's title, In brief points and short link (a full address) as a PNG for slides. */
function slideButtons(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('button.training-slide')) {
		button.hidden = false;
		button.addEventListener('click', async () => {
			const shortLink = new URL(button.dataset.shortLink!, location.origin).href;
			const points = [...document.querySelectorAll('.in-brief li')].map(textOf);
			try {
				// The QR code maker is loaded only now: most readers never make a slide.
				const { downloadSlide } = await import('./slide.ts');
				await downloadSlide({ id: button.dataset.slideId!, title: button.dataset.slideTitle!, points, shortLink });
				announce(fill(words.slideDownloading, { title: button.dataset.slideTitle! }));
			} catch (error) {
				announce(fill(words.slideFailed, { error: error instanceof Error ? error.message : String(error) }));
			}
		});
	}
}

completeSitePaths();
completeQrCodes();
copyButtons();
printButtons();
readingListButtons();
slideButtons();
