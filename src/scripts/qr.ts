// QR codes drawn in the browser, for preview builds. A build without a published origin writes
// addresses as site paths (/go/trust/), and a QR code of a site path is useless: a phone has no
// origin to resolve it against. The page knows the origin it was served from, so the code is
// drawn again here from the full address. Published builds keep the QR codes drawn at build time
// and never load this module (see `redrawSitePathQrCodes`' callers).
import { qrSvg } from './qr-code.ts';

/** A site path (`/go/trust/`) as a full address on the origin this page was served from; full addresses unchanged. */
export const fullAddress = (address: string): string => new URL(address, location.origin).href;

/** A QR code of `address`, completed to a full address, as inline SVG (see `qrSvg`). */
export const qrSvgFor = (address: string): Promise<string> => qrSvg(fullAddress(address));

/**
 * Draws again every QR code under `root` marked `data-qr="<site path>"` (an element whose `<svg>`
 * is the build's code of that path), from the full address. Elements whose `data-qr` is already a
 * full address are left alone. Resolves when all are drawn.
 */
export async function redrawSitePathQrCodes(root: ParentNode = document): Promise<void> {
	const targets = [...root.querySelectorAll<HTMLElement>('[data-qr^="/"]')];
	await Promise.all(
		targets.map(async (element) => {
			const svg = await qrSvgFor(element.dataset.qr!);
			const old = element.querySelector('svg');
			const template = document.createElement('template');
			template.innerHTML = svg;
			const drawn = template.content.firstElementChild!;
			if (old) old.replaceWith(drawn);
			else element.prepend(drawn);
			element.dataset.qr = fullAddress(element.dataset.qr!);
		}),
	);
}
