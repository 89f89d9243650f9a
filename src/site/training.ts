import QRCode from 'qrcode';
import { publicUrl } from '../config.ts';
import type { PageType } from '../schemas/page.ts';
import type { Handbook } from '../handbook/handbook.ts';
import { typesWhere } from '../model/page-types.ts';
import { pageInfo, type PageSummary } from './page-graph.ts';
import { isReaderPage, pageShortId } from '../model/short-links.ts';
import { embedPath, shortPath } from '../model/routes.ts';

/** The kinds of page with an embed view (`/embed/<id>/`) for learning systems (from the page-type registry). */
export const embeddableTypes: readonly PageType[] = typesWhere((entry) => Boolean(entry.embed && entry.shortLink));

/** What trainers need to reuse a reader page: its short link (address and site path) and embed view. */
export interface TrainingLinks {
	id: string;
	/** `/go/<id>/`, without base. */
	shortPath: string;
	/** The short link as printed and encoded in the QR code: absolute, or a site path in a preview build. */
	shortLink: string;
	/** The embed view's path without base, for pages that have one. */
	embedPath?: string;
}

/** The short link and embed view of a page, or undefined for pages that are not reader pages. */
export function trainingLinks(handbook: Handbook, page: Pick<PageSummary, 'url' | 'type'>): TrainingLinks | undefined {
	const info = pageInfo(handbook, page.url);
	if (!info || !isReaderPage(info)) return undefined;
	const id = pageShortId(info)!;
	return {
		id,
		shortPath: shortPath(id),
		shortLink: publicUrl(shortPath(id)),
		embedPath: embeddableTypes.includes(page.type) ? embedPath(id) : undefined,
	};
}

const drawn = new Map<string, Promise<string>>();

/**
 * A QR code of `text` as inline SVG, drawn at build time (no QR service): dark modules on a white
 * square with the standard quiet zone, which phone cameras need whatever the page's colour scheme.
 * Error correction M reads well from paper; the SVG is marked hidden from screen readers, since
 * the text beside it says the same.
 */
export function qrSvg(text: string): Promise<string> {
	let svg = drawn.get(text);
	if (!svg) {
		svg = QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 }).then((markup) =>
			markup.replace('<svg ', '<svg aria-hidden="true" focusable="false" class="qr-svg" '),
		);
		drawn.set(text, svg);
	}
	return svg;
}

/** A QR code as an image file of its own (`/qr/<id>.svg`): the same drawing, not hidden (it is the file's whole content). */
export const qrImage = async (text: string) => (await qrSvg(text)).replace(' aria-hidden="true" focusable="false"', '');
