// What a trainer reuses from a page (src/site/training.ts): its short link, its embed view and its QR code. The
// addresses are the ones "Linking to the handbook" (content/docs/linking.mdx) gives as examples, written out.
import QRCode from 'qrcode';
import { describe, expect, test } from 'vitest';
import { readHandbook } from '../../src/handbook/handbook.ts';
import { embeddableTypes, qrImage, qrSvg, trainingLinks } from '../../src/site/training.ts';

const handbook = readHandbook('content');

describe("a page's links for trainers", () => {
	test('a topic has its short link and its embed view, by the same id', () => {
		expect(trainingLinks(handbook, { url: '/coalitions/trust/', type: 'topic' })).toEqual({
			id: 'trust',
			shortPath: '/go/trust/',
			shortLink: '/go/trust/',
			embedPath: '/embed/trust/',
		});
		// Its id is its own where the plain one is already the glossary term's.
		expect(trainingLinks(handbook, { url: '/coalitions/collaborative-advantage/', type: 'topic' })?.shortPath).toBe(
			'/go/collaborative-advantage-topic/',
		);
	});

	test('the kinds of page with an embed view, and pages with no links for trainers', () => {
		expect([...embeddableTypes].sort()).toEqual([
			'capability',
			'case-study',
			'lesson',
			'practice',
			'reflection',
			'topic',
		]);
		expect(trainingLinks(handbook, { url: '/glossary/', type: 'glossary' })).toBeUndefined();
		expect(trainingLinks(handbook, { url: '/no-such-page/', type: 'topic' })).toBeUndefined();
	});

	test('the QR code of a short link: drawn once, hidden from screen readers on the page, shown as a file', async () => {
		const inline = await qrSvg('/go/trust/');
		expect(qrSvg('/go/trust/')).toBe(qrSvg('/go/trust/'));
		const drawn = await QRCode.toString('/go/trust/', { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
		expect(inline).toBe(drawn.replace('<svg ', '<svg aria-hidden="true" focusable="false" class="qr-svg" '));
		expect(await qrImage('/go/trust/')).toBe(drawn.replace('<svg ', '<svg class="qr-svg" '));
		expect(await qrSvg('/go/coalition/')).not.toBe(inline);
	});
});
