import { createRequire } from 'node:module';
import os from 'node:os';
import { Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);
/** Inter, from the npm registry: cards are drawn with local font files, never a web font service. */
const fontFiles = [
	require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
	require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
];

const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Breaks a title into at most `maxLines` lines of about `width` characters, ending with … if it is cut. */
export function wrapTitle(title: string, width = 30, maxLines = 3): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of title.split(/\s+/)) {
		if (line && `${line} ${word}`.length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	if (lines.length > maxLines) {
		lines.length = maxLines;
		lines[maxLines - 1] = `${lines[maxLines - 1]!.replace(/[,.;:]?$/, '')}…`;
	}
	return lines;
}

export interface CardText {
	/** The large text: what kind of page this is ("Practice"), or, on the home page, what the handbook is about. */
	heading: string;
	/** The LEADS domain, on the framework's own domain and capability pages. */
	domain?: string;
	site: string;
}

/** A social-card image as SVG (1200 × 630): handbook name, heading and LEADS domain. */
export function cardSvg({ heading, domain, site }: CardText): string {
	const lines = wrapTitle(heading);
	const headingSvg = lines
		.map(
			(line, i) =>
				`<text x="80" y="${250 + i * 84}" font-size="70" font-weight="700" fill="#ffffff">${escapeXml(line)}</text>`,
		)
		.join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#17324f"/>
<rect x="0" y="600" width="1200" height="30" fill="#4b8fd6"/>
<text x="80" y="120" font-size="40" font-weight="700" fill="#bcd6f2">${escapeXml(site)}</text>
${headingSvg}
${domain ? `<text x="80" y="540" font-size="36" fill="#bcd6f2">LEADS: ${escapeXml(domain)}</text>` : ''}
</svg>`;
}

// Runs in a worker thread: rasterizes SVG cards to PNG files with resvg.
const workerSource = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { Resvg } = require(workerData.resvg);
for (const job of workerData.jobs) {
	const image = new Resvg(job.svg, { font: { fontFiles: workerData.fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' } });
	fs.writeFileSync(job.file, image.render().asPng());
}`;

/**
 * Draws PNG cards from SVG, in as many worker threads as there are cores: drawing is
 * the slow part (about 30 ms a card), and each worker's image memory goes when it ends.
 */
export async function drawCards(jobs: { svg: string; file: string }[]): Promise<void> {
	if (!jobs.length) return;
	const threads = Math.max(1, Math.min(os.availableParallelism(), Math.ceil(jobs.length / 20)));
	const resvg = require.resolve('@resvg/resvg-js');
	await Promise.all(
		Array.from({ length: threads }, (_, t) => {
			const share = jobs.filter((_, i) => i % threads === t);
			return new Promise<void>((resolve, reject) => {
				const worker = new Worker(workerSource, { eval: true, workerData: { jobs: share, fontFiles, resvg } });
				worker.on('error', reject);
				worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`card worker exited with ${code}`))));
			});
		}),
	);
}
