// The image a link to a handbook page shows when shared (Open Graph): its words and the PNG drawn from them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cardSvg, drawCards, wrapTitle } from '../../src/site/social-card.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

describe('wrapTitle', () => {
	test('a short heading is one line', () => {
		expect(wrapTitle('Practice')).toEqual(['Practice']);
		expect(wrapTitle('')).toEqual([]);
	});

	test('a long heading breaks between words, at about the width', () => {
		expect(wrapTitle('Build trust before you need it with partners', 20)).toEqual([
			'Build trust before',
			'you need it with',
			'partners',
		]);
		// A line of exactly the width is kept whole; one more character moves the word down.
		expect(wrapTitle('aaaa bbbb', 9)).toEqual(['aaaa bbbb']);
		expect(wrapTitle('aaaa bbbbb', 9)).toEqual(['aaaa', 'bbbbb']);
		// Runs of spaces and line breaks count as one space.
		expect(wrapTitle('aaaa \n  bbbb', 9)).toEqual(['aaaa bbbb']);
	});

	test('a word longer than the width stays whole, on its own line', () => {
		expect(wrapTitle('Interorganizational networks', 10)).toEqual(['Interorganizational', 'networks']);
	});

	test('a heading too long for the lines ends with an ellipsis, without a dangling comma or full stop', () => {
		expect(wrapTitle('one two three four five six', 7, 2)).toEqual(['one two', 'three…']);
		expect(wrapTitle('one, two, three, four', 4, 2)).toEqual(['one,', 'two…']);
		expect(wrapTitle('one. two; three four', 4, 2)).toEqual(['one.', 'two…']);
		// Exactly as many lines as allowed: nothing cut.
		expect(wrapTitle('one, two.', 4, 2)).toEqual(['one,', 'two.']);
		// The defaults: 30 characters, three lines.
		const long = wrapTitle(Array(20).fill('leadership').join(' '));
		expect(long).toHaveLength(3);
		expect(long[2]!.endsWith('…')).toBe(true);
		expect(long.every((line) => line.replace('…', '').length <= 30)).toBe(true);
	});
});

describe('cardSvg', () => {
	test('shows the site, the heading line by line, and the LEADS domain', () => {
		const svg = cardSvg({
			heading: 'Engaging others in a shared direction',
			domain: 'Develop Coalitions',
			site: 'Coalitions Handbook',
		});
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
		expect(svg).toContain('>Coalitions Handbook</text>');
		expect(svg).toContain(
			'<text x="80" y="250" font-size="70" font-weight="700" fill="#ffffff">Engaging others in a shared</text>',
		);
		expect(svg).toContain('<text x="80" y="334" font-size="70" font-weight="700" fill="#ffffff">direction</text>');
		expect(svg).toContain('>LEADS: Develop Coalitions</text>');
	});

	test('a page outside the framework has no domain line: the whole image, written out', () => {
		expect(cardSvg({ heading: 'Collaborative leadership in practice', site: 'Handbook' })).toBe(
			[
				'<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">',
				'<rect width="1200" height="630" fill="#17324f"/>',
				'<rect x="0" y="600" width="1200" height="30" fill="#4b8fd6"/>',
				'<text x="80" y="120" font-size="40" font-weight="700" fill="#bcd6f2">Handbook</text>',
				'<text x="80" y="250" font-size="70" font-weight="700" fill="#ffffff">Collaborative leadership in</text>' +
					'<text x="80" y="334" font-size="70" font-weight="700" fill="#ffffff">practice</text>',
				'',
				'</svg>',
			].join('\n'),
		);
	});

	test('text from content is escaped, so it cannot add markup to the image', () => {
		const svg = cardSvg({
			heading: 'R&D <script>"x"</script>',
			domain: 'A & B',
			site: 'The "King\'s" <Fund>',
		});
		expect(svg).toContain('R&amp;D &lt;script&gt;&quot;x&quot;&lt;/script&gt;');
		expect(svg).toContain('LEADS: A &amp; B');
		expect(svg).toContain("The &quot;King's&quot; &lt;Fund&gt;");
		expect(svg).not.toContain('<script');
	});
});

/** The width and height a PNG file declares in its header. */
function pngSize(file: string): { width: number; height: number } {
	const data = fs.readFileSync(file);
	expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('drawCards', () => {
	test('draws each card as a 1200 × 630 PNG at its path', async () => {
		const folder = temporaryFolder('social-card-');
		const jobs = ['Practice', 'Case study', 'Lesson'].map((heading, i) => ({
			svg: cardSvg({ heading, site: 'Handbook' }),
			file: path.join(folder, `${i}.png`),
		}));
		await drawCards(jobs);
		for (const { file } of jobs) expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
		// Different words, different images.
		expect(fs.readFileSync(jobs[0]!.file).equals(fs.readFileSync(jobs[1]!.file))).toBe(false);
	});

	test('many cards are shared between workers, and every one is drawn', async () => {
		const folder = temporaryFolder('social-card-');
		const jobs = Array.from({ length: 45 }, (_, i) => ({
			svg: cardSvg({ heading: `Card ${i}`, site: 'Handbook' }),
			file: path.join(folder, `${i}.png`),
		}));
		await drawCards(jobs);
		expect(fs.readdirSync(folder).sort()).toEqual(jobs.map(({ file }) => path.basename(file)).sort());
	});

	test('no cards: nothing is started', async () => {
		await expect(drawCards([])).resolves.toBeUndefined();
	});

	test('a card that cannot be written fails the drawing, not silently', async () => {
		const folder = temporaryFolder('social-card-');
		const file = path.join(folder, 'missing-folder', 'card.png');
		await expect(drawCards([{ svg: cardSvg({ heading: 'x', site: 'y' }), file }])).rejects.toThrow();
	});
});
