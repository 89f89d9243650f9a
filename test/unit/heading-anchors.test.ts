import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { reservedIds } from '../../src/model/heading-anchors.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { buildEnv, mutatedFixture } from '../helpers/fixtures.ts';

// Headings whose anchors used to differ: Astro slugged the rendered text, which holds a citation's formatted
// text and its preview, and a term's definition; the check slugged the source.
const headingsPage = `---
title: Headings
description: A page with headings of every kind, to compare the check's anchors with the build's ids.
type: guide
---

Text [@vaidya-2017-building].

## Trust, and conflict: what's "next"?

## Trust

## Trust

## Équipe de santé — Ça va

## Code \`x<y>\` here

## Cited [@vaidya-2017-building]

## Two sources [@vaidya-2017-building; @leadersforlife-2010-develop] compared

## With a [link](/glossary/)

## Emphasis *here* and **there**

## <abbr title="x">LEADS</abbr> model

## Ünïcödé 日本語

## Trust-1

## A term [coalition](glossary:coalition)

## References

## Cite this page

## In brief

See [the cited heading](#cited), [the second trust](#trust-1) and [the term](#a-term-coalition).
`;

describe('heading anchors', () => {
	test('the anchors the check approves are exactly the ids the build gives the headings', () => {
		const root = mutatedFixture({ 'docs/headings.mdx': () => headingsPage });
		const { problems, content } = validateContent(root);
		expect(problems).toEqual([]);
		const checked = content.pages.find((page) => page.url === '/headings/')!.headings.map((h) => h.value);
		expect(checked).toContain('cited');
		expect(checked).toContain('two-sources-compared');

		const dist = path.join(path.dirname(root), 'dist');
		const result = spawnSync(process.execPath, ['scripts/build.ts'], {
			env: buildEnv({ HANDBOOK_CONTENT_DIR: root, HANDBOOK_DIST: dist }),
			encoding: 'utf8',
			timeout: 400_000,
		});
		expect(result.status, result.stderr).toBe(0);
		const html = fs.readFileSync(path.join(dist, 'headings/index.html'), 'utf8');
		const main = html.slice(html.indexOf('<div class="sl-markdown-content">'));
		const built = [...main.matchAll(/<h[2-6]\b[^>]*\bid="([^"]*)"/g)].map((match) => match[1]);
		// The page's own sections after the content (references, "Cite this page") are not Markdown headings.
		expect(built.slice(0, checked.length)).toEqual(checked);
		// The table of contents links to the same ids.
		for (const id of checked) expect(html, id).toContain(`href="#${id}"`);
		// A heading named like a section the handbook adds is numbered: no id twice on the page.
		expect(checked).toEqual(expect.arrayContaining(['references-1', 'cite-this-page-1', 'in-brief-1']));
		const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
		expect(html).toContain('<h2 id="references">');
	}, 420_000);

	test('every fixed id a component or Starlight gives a page is reserved, so no heading takes it', () => {
		const sources = [
			...fs.globSync('src/components/**/*.astro'),
			'src/site/after-content.ts',
			...fs.globSync('node_modules/@astrojs/starlight/components/**/*.astro'),
		];
		const fixed = new Set<string>();
		for (const file of sources) {
			const text = fs.readFileSync(file, 'utf8');
			for (const [, id] of text.matchAll(/\bid="([a-z_][a-z0-9_-]*)"/g)) fixed.add(id!);
			for (const [, id] of text.matchAll(/\bsection\('([a-z-]+)'/g)) fixed.add(id!);
		}
		expect(fixed.size).toBeGreaterThan(20);
		expect([...fixed].filter((id) => !reservedIds.includes(id)).sort()).toEqual([]);
	});
});
