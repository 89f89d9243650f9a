// QR codes drawn in the browser, for addresses only known there (a reading list's, or a preview
// build's short links on the origin it is served from). Same settings as the build's (src/site/training.ts):
// error correction M, dark modules on white with the standard quiet zone of four modules.
import QRCode from 'qrcode';

const quietZone = 4;

/** A QR code of `text` as inline SVG markup, hidden from screen readers (the text beside it says the same). */
export async function qrSvg(text: string): Promise<string> {
	const markup = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: quietZone });
	return markup.replace('<svg ', '<svg aria-hidden="true" focusable="false" class="qr-svg" ');
}

/** Draws a QR code of `text` on a canvas, as a white square of `size` pixels at (`x`, `y`), quiet zone included. */
export function drawQr(context: CanvasRenderingContext2D, text: string, x: number, y: number, size: number): void {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const cells = modules.size + 2 * quietZone;
	const cell = Math.floor(size / cells);
	const offset = Math.floor((size - cell * cells) / 2);
	context.fillStyle = '#fff';
	context.fillRect(x, y, size, size);
	context.fillStyle = '#000';
	for (let row = 0; row < modules.size; row++)
		for (let col = 0; col < modules.size; col++)
			if (modules.get(row, col))
				context.fillRect(x + offset + (col + quietZone) * cell, y + offset + (row + quietZone) * cell, cell, cell);
}
