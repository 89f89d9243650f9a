// The check and the build agree on every page's address: a fixture site with awkward file names
// is checked, then built once with the real build script, and each page the check accepts is
// found at the URL the content model gives it, with its title, and no page is built elsewhere.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { validateContent, type Validation } from '../../src/validation/validate.ts';
import { buildEnv, validFixture } from '../helpers/fixtures.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

const guide = (title: string, fields = '') =>
	`---\ntitle: ${title}\ndescription: A page with an awkward file name, for the address test.\ntype: guide\n${fields}---\n\nText.\n`;

/** Pages whose file names are not as the handbook would write them, but that Astro builds all the same. */
const awkward: Record<string, string> = {
	'docs/cases/My Case Study.mdx': guide('My case study'),
	'docs/Guides/index.mdx': guide('Guides'),
	'docs/Guides/Getting Started/index.mdx': guide('Getting started'),
	'docs/guides/Über Notes.mdx': guide('About notes'),
	'docs/v1.2 Release.mdx': guide('Release notes'),
	'docs/notes_on_trust.md': guide('Notes on trust'),
	'docs/renamed.mdx': guide('Moved elsewhere', 'slug: moved/elsewhere\n'),
	'docs/_drafts/first-draft.mdx': guide('A first draft'),
	'docs/_skipped.mdx': guide('Skipped, a draft'),
};

let root: string;
let dist: string;
let checked: Validation;
let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
	const base = temporaryFolder('handbook-identity-');
	root = path.join(base, 'content');
	dist = path.join(base, 'dist');
	fs.cpSync(validFixture, root, { recursive: true });
	for (const [file, text] of Object.entries(awkward)) {
		fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		fs.writeFileSync(path.join(root, file), text);
	}
	// The names are refused by default; as warnings, the build goes ahead and the addresses can be compared.
	fs.writeFileSync(path.join(root, 'check.yaml'), 'rules:\n  page-address: warn\n');
	checked = validateContent(root);
	build = spawnSync(process.execPath, ['scripts/build.ts'], {
		env: buildEnv({ HANDBOOK_CONTENT_DIR: root, HANDBOOK_DIST: dist, HANDBOOK_CACHE_DIR: path.join(base, 'cache') }),
		encoding: 'utf8',
		timeout: 280_000,
	});
}, 300_000);

/** Every HTML page in the build, by URL path, that is not a redirect page. */
function builtPages(): Map<string, string> {
	const pages = new Map<string, string>();
	for (const file of fs.readdirSync(dist, { recursive: true }) as string[]) {
		if (!file.endsWith('index.html')) continue;
		const html = fs.readFileSync(path.join(dist, file), 'utf8');
		if (/<meta http-equiv="refresh"/i.test(html)) continue;
		pages.set(`/${file.replace(/\\/g, '/').replace(/index\.html$/, '')}`, html);
	}
	return pages;
}

describe('page addresses: the content model and the build agree', () => {
	test('the check accepts the fixture, with a warning for each awkward name', () => {
		expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
		const warned = checked.problems.map((p) => `${p.file} ${p.rule}`);
		expect(warned).toContain('content/docs/cases/My Case Study.mdx page-address');
		expect(warned).toContain('content/docs/_drafts/first-draft.mdx page-address');
		expect(warned).not.toContain('content/docs/_skipped.mdx page-address');
	});

	test('the build succeeds', () => {
		expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
	});

	test('each page is built at the URL the model gives it, with its title', () => {
		const built = builtPages();
		const expected = new Map(checked.content.pages.map((page) => [page.url, String(page.frontmatter?.title)]));
		for (const [url, title] of expected) {
			const html = built.get(url);
			expect(html, `no page built at ${url}; built: ${[...built.keys()].join(', ')}`).toBeDefined();
			expect(/<title>([^<]*)<\/title>/.exec(html!)?.[1]).toMatch(new RegExp(`^${title}\\b`));
		}
		// And nothing else: the only other pages are the routes the site makes itself.
		// (Embed views repeat reader pages without the site's frame; the reading list, course pack and print page
		// are tools, and the A–Z index lists the pages.)
		const others = [...built.keys()].filter((url) => !expected.has(url) && !url.startsWith('/embed/'));
		expect(others.sort()).toEqual(['/a-z/', '/course-pack/', '/print/', '/reading-list/', '/search/']);
	});

	test('the awkward names have the addresses Astro gives them', () => {
		const urls = Object.fromEntries(
			checked.content.pages.map((page) => [page.file.replace(/^content\//, ''), page.url]),
		);
		expect(urls).toMatchObject({
			'docs/cases/My Case Study.mdx': '/cases/my-case-study/',
			'docs/Guides/index.mdx': '/guides/',
			'docs/Guides/Getting Started/index.mdx': '/guides/getting-started/',
			'docs/guides/Über Notes.mdx': '/guides/über-notes/',
			'docs/v1.2 Release.mdx': '/v12-release/',
			'docs/notes_on_trust.md': '/notes_on_trust/',
			'docs/renamed.mdx': '/moved/elsewhere/',
			'docs/_drafts/first-draft.mdx': '/_drafts/first-draft/',
		});
		expect(urls).not.toHaveProperty('docs/_skipped.mdx');
	});
});
