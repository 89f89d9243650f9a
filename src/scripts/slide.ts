// "Download slide": a 1920×1080 PNG of a page for a trainer's slides, drawn in the browser on a
// canvas (nothing is built ahead): the page's title, its In brief points, its short link and a QR code
// of it, in type large enough to read from the back of a room. Loaded only when a trainer asks for it.
import { siteTitle } from '../model/labels.ts';
import { drawQr } from './qr-code.ts';

export const slideWidth = 1920;
export const slideHeight = 1080;

const margin = 110;
const qrSize = 560;
const textWidth = slideWidth - 3 * margin - qrSize;
const font = (size: number, weight = 400) => `${weight} ${size}px Inter, "Helvetica Neue", Arial, sans-serif`;
const ink = '#111';
const muted = '#444';
const accent = '#1f5f8b';

/** `text` broken into lines no wider than `width` in the context's current font (a long word gets a line of its own). */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const tried = line ? `${line} ${word}` : word;
		if (line && context.measureText(tried).width > width) {
			lines.push(line);
			line = word;
		} else line = tried;
	}
	if (line) lines.push(line);
	return lines;
}

/** A long address (it has no spaces) broken after a slash where one fits, else anywhere. */
function wrapAddress(context: CanvasRenderingContext2D, text: string, width: number): string[] {
	const lines: string[] = [''];
	for (const char of text) {
		const line = lines.at(-1)!;
		if (context.measureText(line + char).width > width) {
			const slash = line.lastIndexOf('/', line.length - 2);
			lines[lines.length - 1] = slash > 0 ? line.slice(0, slash + 1) : line;
			lines.push(slash > 0 ? line.slice(slash + 1) : '');
		}
		lines[lines.length - 1] += char;
	}
	return lines;
}

/** The title and points, at the largest sizes (down to a floor still readable far off) that fit the slide. */
function layout(context: CanvasRenderingContext2D, title: string, points: string[]) {
	const space = slideHeight - 2 * margin - 80;
	for (let scale = 1; scale >= 0.6; scale -= 0.05) {
		const titleSize = Math.round(84 * scale);
		const pointSize = Math.round(50 * scale);
		context.font = font(titleSize, 700);
		const titleLines = wrap(context, title, textWidth);
		context.font = font(pointSize);
		const pointLines = points.map((point) => wrap(context, point, textWidth - pointSize));
		const height =
			titleLines.length * titleSize * 1.15 +
			titleSize * 0.6 +
			pointLines.reduce((sum, lines) => sum + lines.length * pointSize * 1.3 + pointSize * 0.5, 0);
		if (height <= space || scale <= 0.6) return { titleSize, pointSize, titleLines, pointLines };
	}
	throw new Error('unreachable');
}

/** Draws the slide of a page on a new 1920×1080 canvas. */
export function drawSlide(page: { title: string; points: string[]; shortLink: string }): HTMLCanvasElement {
	const canvas = Object.assign(document.createElement('canvas'), { width: slideWidth, height: slideHeight });
	const context = canvas.getContext('2d')!;
	context.fillStyle = '#fff';
	context.fillRect(0, 0, slideWidth, slideHeight);
	context.fillStyle = accent;
	context.fillRect(0, 0, 24, slideHeight);
	context.textBaseline = 'top';

	const { titleSize, pointSize, titleLines, pointLines } = layout(context, page.title, page.points);
	let y = margin;
	context.fillStyle = ink;
	context.font = font(titleSize, 700);
	for (const line of titleLines) {
		context.fillText(line, margin, y);
		y += titleSize * 1.15;
	}
	y += titleSize * 0.6;
	context.font = font(pointSize);
	for (const lines of pointLines) {
		if (y + pointSize > slideHeight - margin - 60) break;
		context.fillStyle = accent;
		context.fillText('•', margin, y);
		context.fillStyle = ink;
		for (const line of lines) {
			context.fillText(line, margin + pointSize, y);
			y += pointSize * 1.3;
		}
		y += pointSize * 0.5;
	}

	const qrX = slideWidth - margin - qrSize;
	drawQr(context, page.shortLink, qrX, margin, qrSize);
	context.fillStyle = muted;
	context.font = font(40, 600);
	let linkY = margin + qrSize + 30;
	for (const line of wrapAddress(context, page.shortLink.replace(/^https?:\/\//, ''), qrSize)) {
		context.fillText(line, qrX, linkY);
		linkY += 50;
	}
	context.font = font(34);
	context.fillText(siteTitle, margin, slideHeight - margin + 20);
	return canvas;
}

/** Draws the slide and hands it to the browser as a download named `slide-<id>.png`. */
export async function downloadSlide(page: { id: string; title: string; points: string[]; shortLink: string }) {
	const canvas = drawSlide(page);
	const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
	if (!blob) throw new Error('The browser could not make the image.');
	const url = URL.createObjectURL(blob);
	const link = Object.assign(document.createElement('a'), { href: url, download: `slide-${page.id}.png` });
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started from the link; the image is no longer needed in memory.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
