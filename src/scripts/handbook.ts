// Progressive enhancements for reading pages. Everything here is optional:
// without JavaScript, headings keep their anchor links and previews stay plain links.
import words from 'virtual:handbook/ui-strings/reading';
import { announce } from './announce.ts';

/** Adds a "copy link" button to every heading that has an anchor, for trainers' slides and handouts. */
function addCopyLinkButtons(): void {
	for (const anchor of document.querySelectorAll<HTMLAnchorElement>('.sl-markdown-content .sl-anchor-link')) {
		const heading = anchor.parentElement?.querySelector('h2, h3, h4, h5, h6');
		if (!heading || anchor.nextElementSibling?.classList.contains('copy-link')) continue;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'copy-link';
		button.textContent = words.copyLink;
		button.setAttribute('aria-label', `${words.copyLinkTo} ${heading.textContent ?? ''}`);
		button.addEventListener('click', async () => {
			const url = new URL(anchor.getAttribute('href') ?? '', location.href).href;
			try {
				await navigator.clipboard.writeText(url);
				button.textContent = words.copied;
				announce(`${words.linkCopied} ${url}`);
			} catch {
				// No clipboard access (an insecure origin, or permission refused): show the link instead.
				history.replaceState(null, '', url);
				announce(`${words.copyFromAddressBar} ${url}`);
			}
			setTimeout(() => (button.textContent = words.copyLink), 2000);
		});
		anchor.after(button);
	}
}

/** Escape hides an open reference or definition preview (WCAG 1.4.13: dismissible). */
function dismissPreviewsOnEscape(): void {
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') return;
		for (const host of document.querySelectorAll('.preview-host:hover, .preview-host:focus-within')) {
			host.classList.add('preview-dismissed');
			host.addEventListener('mouseleave', () => host.classList.remove('preview-dismissed'), { once: true });
			host.addEventListener('focusout', () => host.classList.remove('preview-dismissed'), { once: true });
		}
	});
}

/**
 * On a touch screen there is no hover: the first tap on a citation or glossary link opens its
 * preview, with a link to the full entry; a second tap, or that link, follows it. A tap anywhere
 * else closes the preview. Mouse and keyboard keep hover and focus.
 */
function previewsOnTouch(): void {
	let pointer = '';
	document.addEventListener('pointerdown', (event) => (pointer = event.pointerType), { capture: true });
	document.addEventListener('click', (event) => {
		const target = event.target instanceof Element ? event.target : null;
		const link = target?.closest<HTMLAnchorElement>('.preview-host > a[aria-describedby]');
		const host = link?.parentElement;
		for (const open of document.querySelectorAll('.preview-host.preview-open')) {
			if (open !== host && !open.contains(target)) open.classList.remove('preview-open');
		}
		if (!link || !host || pointer !== 'touch' || host.classList.contains('preview-open')) return;
		event.preventDefault();
		host.classList.add('preview-open');
		const preview = document.getElementById(link.getAttribute('aria-describedby') ?? '');
		if (preview && !preview.querySelector('.preview-more')) {
			const more = document.createElement('a');
			more.className = 'preview-more';
			more.href = link.href;
			more.textContent = link.classList.contains('term') ? words.fullGlossaryEntry : words.fullReference;
			preview.append(' ', more);
		}
	});
}

addCopyLinkButtons();
dismissPreviewsOnEscape();
previewsOnTouch();
