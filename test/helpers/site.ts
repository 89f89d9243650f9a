import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { contentDir } from '../../src/model/project.ts';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { validateContent, type ContentSet } from '../../src/validation/validate.ts';

/** The built site the browser tests run against (`npm run build` makes it). */
export const distDir = path.resolve(process.env.HANDBOOK_DIST ?? 'dist');

export function requireBuild(dir = distDir): void {
	if (!fs.existsSync(path.join(dir, 'index.html'))) {
		throw new Error(`No built site in ${dir}: run \`npm run build\` first (\`npm test\` does).`);
	}
}

let content: ContentSet | undefined;
/** The handbook's content, as the checks read it: what pages should exist, with which titles. */
export function handbookContent(): ContentSet {
	content ??= validateContent(contentDir()).content;
	return content;
}

/** The words of a page's main text, as Pagefind would index them. */
export function mainText(html: string): string {
	// "Use in training" sits in the content but is not indexed (data-pagefind-ignore): the same for the tests.
	// Nor are scripts, which Astro may inline where a component uses them.
	html = html
		.replace(/<details class="use-in-training"[\s\S]*?<\/details>/, '')
		.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
	const main =
		/<div class="sl-markdown-content">([\s\S]*?)<h2 id="references">|<div class="sl-markdown-content">([\s\S]*?)<\/main>/.exec(
			html,
		);
	return (main?.[1] ?? main?.[2] ?? '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&[a-z#0-9]+;/g, ' ')
		.toLowerCase();
}

/**
 * The built site served over HTTP and one Chromium, started before a test file's tests and stopped
 * after them: `site.server.url`, `site.browser`.
 */
export function servedSite(): { readonly server: StaticServer; readonly browser: Browser } {
	let server: StaticServer | undefined;
	let browser: Browser | undefined;
	let close: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		requireBuild();
		server = await serveStatic(distDir);
		({ browser, close } = await launchBrowser());
	});
	afterAll(async () => {
		await close?.();
		await server?.close();
	});
	return {
		get server() {
			return server!;
		},
		get browser() {
			return browser!;
		},
	};
}
