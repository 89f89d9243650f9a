// Starlight's own Markdown plugins (heading anchor labels, asides) find a page's language from its path under
// src/content/docs/; the handbook's pages are in content/docs/. The French fixture's headings in
// locale-build.test.ts show the result on a build; these show the mapping itself.
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { inStarlightFolder, starlightPath, type MarkdownPages } from '../../src/plugins/starlight-folder.ts';

const pages: MarkdownPages = {
	folder: '/site/content/docs',
	starlightFolder: '/site/src/content/docs/',
	earlier: new Set(),
};

describe("Starlight's Markdown plugins see a page where Starlight expects it", () => {
	test("a page in the handbook's folder is given its path in Starlight's, language folder included", () => {
		expect(starlightPath(pathToFileURL('/site/content/docs/fr/pratiques/a.mdx'), pages)?.href).toBe(
			'file:///site/src/content/docs/fr/pratiques/a.mdx',
		);
		expect(starlightPath(pathToFileURL('/site/content/docs/index.mdx'), pages)?.href).toBe(
			'file:///site/src/content/docs/index.mdx',
		);
	});

	test('any other file keeps its own path: beside the folder, a folder whose name starts the same, no file', () => {
		for (const file of ['/site/content/glossary.mdx', '/site/content/docs-old/a.mdx', '/elsewhere/a.md'])
			expect(starlightPath(pathToFileURL(file), pages)?.href).toBe(pathToFileURL(file).href);
		expect(starlightPath(undefined, pages)).toBeUndefined();
	});

	test("only Starlight's plugins are given the mapped path: one configured before Starlight's sees the real one", () => {
		const seen: (string | undefined)[] = [];
		const user = (context: { fileURL?: URL }) => seen.push(`user ${context.fileURL?.pathname}`);
		const starlight = (context: { fileURL?: URL }) => seen.push(`starlight ${context.fileURL?.pathname}`);
		const plugin = { name: 'an object, not a factory' };
		const wrapped = inStarlightFolder<unknown>([user, starlight, plugin], { ...pages, earlier: new Set([user]) });
		expect(wrapped[0]).toBe(user);
		expect(wrapped[2]).toBe(plugin);
		(wrapped[1] as typeof starlight)({ fileURL: pathToFileURL('/site/content/docs/fr/a.mdx') });
		(wrapped[0] as typeof user)({ fileURL: pathToFileURL('/site/content/docs/fr/a.mdx') });
		expect(seen).toEqual(['starlight /site/src/content/docs/fr/a.mdx', 'user /site/content/docs/fr/a.mdx']);
	});
});
