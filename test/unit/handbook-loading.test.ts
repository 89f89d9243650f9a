// How a whole content set is read into the handbook's content model (src/model/load.ts `loadHandbook`): which
// files under `docs/` are pages, which are strays, what each data file gives (its value, its syntax errors and
// schema issues, each where an editor finds it), and the day each page was last reviewed. The check's tests plant
// mistakes in whole content sets and look at its report; these call the loader alone and look at the model.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/model/load.ts';
import { mutatedFixture, replaceOnce } from '../helpers/fixtures.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

const frontmatter = '---\ntitle: A page\ndescription: For the tests.\ntype: topic\n---\n\nText.\n';

/** A new content folder (`<temporary>/content`) holding `files`, by path relative to it. */
function contentFolder(files: Record<string, string> = {}): string {
	const root = path.join(temporaryFolder('handbook-loading-'), 'content');
	fs.mkdirSync(root, { recursive: true });
	for (const [file, text] of Object.entries(files)) write(root, file, text);
	return root;
}

function write(root: string, file: string, text: string): void {
	const target = path.join(root, file);
	fs.mkdirSync(path.dirname(target), { recursive: true });
	fs.writeFileSync(target, text);
}

/** Runs git in `cwd` as an editor of its own, with the commit dated `date` when given. */
function git(cwd: string, args: string[], date?: string): void {
	execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args], {
		cwd,
		env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
		stdio: 'ignore',
	});
}

function commit(cwd: string, date: string): void {
	git(cwd, ['add', '-A']);
	git(cwd, ['commit', '-q', '-m', `changes of ${date}`], `${date}T12:00:00Z`);
}

const pagePaths = (root: string) => loadHandbook(root).pages.map((page) => page.relativePath);

describe('which files under docs/ are pages', () => {
	test('.md and .mdx files in any folder are pages, listed in the order of their paths', () => {
		const root = contentFolder({
			'docs/z.mdx': frontmatter,
			'docs/a/b.md': frontmatter,
			'docs/index.mdx': frontmatter,
			'docs/a/deeper/c.mdx': frontmatter,
		});
		const model = loadHandbook(root);
		expect(model.pages.map((page) => page.relativePath)).toEqual(['a/b.md', 'a/deeper/c.mdx', 'index.mdx', 'z.mdx']);
		expect(model.pages.map((page) => page.file)).toEqual([
			'content/docs/a/b.md',
			'content/docs/a/deeper/c.mdx',
			'content/docs/index.mdx',
			'content/docs/z.mdx',
		]);
		expect(model.strays).toEqual([]);
	});

	test('a file starting with `_` is a draft and skipped, but the pages of a folder starting with `_` are built', () => {
		const root = contentFolder({
			'docs/_draft.mdx': frontmatter,
			'docs/_partials/shared.mdx': frontmatter,
			'docs/topic/_notes.png': 'not an image',
			'docs/topic/page.mdx': frontmatter,
		});
		const model = loadHandbook(root);
		expect(model.pages.map((page) => page.relativePath)).toEqual(['_partials/shared.mdx', 'topic/page.mdx']);
		expect(model.strays).toEqual([]);
	});

	test('hidden files and everything in a hidden folder are skipped entirely', () => {
		const root = contentFolder({
			'docs/.hidden.mdx': frontmatter,
			'docs/.drafts/a.mdx': frontmatter,
			'docs/.drafts/photo.png': 'not an image',
			'docs/.drafts/deeper/b.mdx': frontmatter,
			'docs/topic/.notes.md': frontmatter,
			'docs/topic/.DS_Store': 'finder',
			'docs/topic/page.mdx': frontmatter,
			'docs/odd./page.mdx': frontmatter,
		});
		const model = loadHandbook(root);
		expect(model.pages.map((page) => page.relativePath)).toEqual(['odd./page.mdx', 'topic/page.mdx']);
		expect(model.strays).toEqual([]);
	});

	test('a file that looks like a page but that Astro skips is "not-built"; an image or any other file is "other"', () => {
		const root = contentFolder({
			'docs/a-upper.MDX': frontmatter,
			'docs/b-old.markdown': frontmatter,
			'docs/c-page.mdown': frontmatter,
			'docs/d-page.mkd': frontmatter,
			'docs/e-page.Md': frontmatter,
			'docs/img/photo.png': 'not an image',
			'docs/img/more/diagram.svg': '<svg/>',
			'docs/notes.txt': 'notes',
			'docs/page.mdx': frontmatter,
			'docs/readme.mdx.bak': frontmatter,
		});
		const model = loadHandbook(root);
		expect(model.pages.map((page) => page.relativePath)).toEqual(['page.mdx']);
		// By file, named from the content folder's parent, as reports name them.
		expect(model.strays).toEqual([
			{ file: 'content/docs/a-upper.MDX', kind: 'not-built' },
			{ file: 'content/docs/b-old.markdown', kind: 'not-built' },
			{ file: 'content/docs/c-page.mdown', kind: 'not-built' },
			{ file: 'content/docs/d-page.mkd', kind: 'not-built' },
			{ file: 'content/docs/e-page.Md', kind: 'not-built' },
			{ file: 'content/docs/img/more/diagram.svg', kind: 'other' },
			{ file: 'content/docs/img/photo.png', kind: 'other' },
			{ file: 'content/docs/notes.txt', kind: 'other' },
			{ file: 'content/docs/readme.mdx.bak', kind: 'other' },
		]);
	});

	test('a symbolic link, to a file or to a folder, is one stray, and nothing behind a linked folder is listed', () => {
		const root = contentFolder({
			'docs/real/a.mdx': frontmatter,
			'docs/shared-old/d.mdx': frontmatter,
			'library/b.mdx': frontmatter,
			'library/c.png': 'not an image',
			'library/deeper/e.mdx': frontmatter,
		});
		fs.symlinkSync(path.join(root, 'library'), path.join(root, 'docs/shared'));
		fs.symlinkSync(path.join(root, 'docs/real/a.mdx'), path.join(root, 'docs/alias.mdx'));
		fs.symlinkSync(path.join(root, 'library'), path.join(root, 'docs/real/nested-link'));
		const model = loadHandbook(root);
		expect(model.pages.map((page) => page.relativePath)).toEqual(['real/a.mdx', 'shared-old/d.mdx']);
		expect(model.strays).toEqual([
			{ file: 'content/docs/alias.mdx', kind: 'symlink' },
			{ file: 'content/docs/real/nested-link', kind: 'symlink' },
			{ file: 'content/docs/shared', kind: 'symlink' },
		]);
	});

	test('a content folder without docs/ has no pages and no strays', () => {
		const model = loadHandbook(contentFolder({ 'glossary/terms.yaml': '[]\n' }));
		expect(model.pages).toEqual([]);
		expect(model.strays).toEqual([]);
	});

	test('a docs/ folder with only folders in it has no pages and no strays', () => {
		const root = contentFolder();
		fs.mkdirSync(path.join(root, 'docs/empty/emptier'), { recursive: true });
		expect(pagePaths(root)).toEqual([]);
		expect(loadHandbook(root).strays).toEqual([]);
	});
});

describe('the data files of a content set', () => {
	test('in a valid content set, every data file is read, named from the content folder, with its entries', () => {
		const root = mutatedFixture({});
		const model = loadHandbook(root);
		const { sources } = model;
		const summary = (source: (typeof sources)[keyof typeof sources]) => ({
			file: source.file,
			exists: source.exists,
			optional: source.optional,
			syntaxErrors: source.syntaxErrors,
			issues: source.issues,
		});
		expect(summary(sources.framework)).toEqual({
			file: 'content/taxonomy/leads.yaml',
			exists: true,
			optional: false,
			syntaxErrors: [],
			issues: [],
		});
		expect(summary(sources.bibliography)).toEqual({
			file: 'content/bibliography/references.json',
			exists: true,
			optional: false,
			syntaxErrors: [],
			issues: [],
		});
		expect(summary(sources.glossary)).toEqual({
			file: 'content/glossary/terms.yaml',
			exists: true,
			optional: false,
			syntaxErrors: [],
			issues: [],
		});
		expect(summary(sources.reflection)).toEqual({
			file: 'content/reflection/questions.yaml',
			exists: true,
			optional: true,
			syntaxErrors: [],
			issues: [],
		});
		expect(summary(sources.redirects)).toEqual({
			file: 'content/redirects.yaml',
			exists: true,
			optional: true,
			syntaxErrors: [],
			issues: [],
		});
		// The fixture has no structure file: it is optional.
		expect(sources.structure).toStrictEqual({
			file: 'content/bibliography/structure.yaml',
			exists: false,
			optional: true,
			syntaxErrors: [],
			issues: [],
		});
		expect(sources.glossary.data?.path).toBe(path.join(root, 'glossary/terms.yaml'));

		expect(sources.redirects.value).toEqual([{ from: '/cases/old-example/', to: '/cases/example/' }]);
		expect(sources.reflection.value).toEqual([
			{
				id: 'key-partners',
				text: 'Who are my key partners in achieving results within my unit?',
				capabilities: ['build-partnerships'],
			},
		]);
		expect(sources.glossary.value?.map((term) => term.id)).toEqual(['coalition', 'collaborative-advantage']);
		expect(sources.bibliography.value?.map((entry) => entry.id)).toEqual([
			'leadersforlife-2010-develop',
			'vaidya-2017-building',
			'kanter-1994-collaborative',
		]);
	});

	test('the model holds the entries by id (references, glossary) and the lists as they are', () => {
		const model = loadHandbook(mutatedFixture({}));
		expect([...model.references.keys()]).toEqual([
			'leadersforlife-2010-develop',
			'vaidya-2017-building',
			'kanter-1994-collaborative',
		]);
		expect(model.references.get('kanter-1994-collaborative')).toMatchObject({
			type: 'article',
			title: 'Collaborative advantage: The art of alliances',
		});
		expect([...model.glossary.keys()]).toEqual(['coalition', 'collaborative-advantage']);
		expect(model.glossary.get('collaborative-advantage')).toEqual({
			id: 'collaborative-advantage',
			term: 'Collaborative advantage',
			definition: 'What partners achieve together that none would achieve as readily alone.',
			cite: ['leadersforlife-2010-develop'],
			related: ['coalition'],
		});
		expect(model.reflection.map((question) => question.id)).toEqual(['key-partners']);
		expect(model.redirects).toEqual([{ from: '/cases/old-example/', to: '/cases/example/' }]);
		expect(model.structure).toEqual(new Map());
		expect(model.framework?.name).toBe('LEADS in a Caring Environment');
		expect(model.framework?.domains.map((domain) => domain.id)).toEqual([
			'lead-self',
			'engage-others',
			'achieve-results',
			'develop-coalitions',
			'systems-transformation',
		]);
		expect(model.framework?.capabilities.get('mobilize-knowledge')).toMatchObject({
			domainId: 'develop-coalitions',
			domainName: 'Develop Coalitions',
		});
		expect(model.pages.map((page) => page.relativePath)).toEqual([
			'cases/example.mdx',
			'glossary.mdx',
			'index.mdx',
			'leads/develop-coalitions/mobilize-knowledge.mdx',
			'references.mdx',
			'reflection.mdx',
		]);
	});

	test('the sources of a structure file are held by their bibliography key', () => {
		const root = contentFolder({
			'bibliography/structure.yaml': [
				'- key: vaidya-2017-building',
				'  page: /sources/vaidya/',
				'  parts: [{ id: "1", name: Introduction }]',
				'- key: leadersforlife-2010-develop',
				'  page: /sources/leaders/',
				'  parts: [{ name: The root of the matter }]',
				'',
			].join('\n'),
		});
		const model = loadHandbook(root);
		expect([...model.structure.keys()]).toEqual(['vaidya-2017-building', 'leadersforlife-2010-develop']);
		expect(model.structure.get('leadersforlife-2010-develop')).toEqual({
			key: 'leadersforlife-2010-develop',
			page: '/sources/leaders/',
			parts: [{ name: 'The root of the matter' }],
		});
		expect(model.sources.structure).toMatchObject({ exists: true, optional: true, issues: [], syntaxErrors: [] });
	});

	test('a missing data file exists not, with no errors and no value; the model is empty where it was', () => {
		const root = contentFolder({ 'docs/index.mdx': frontmatter });
		const model = loadHandbook(root);
		expect(model.sources).toStrictEqual({
			framework: {
				file: 'content/taxonomy/leads.yaml',
				exists: false,
				optional: false,
				syntaxErrors: [],
				issues: [],
			},
			bibliography: {
				file: 'content/bibliography/references.json',
				exists: false,
				optional: false,
				syntaxErrors: [],
				issues: [],
			},
			glossary: { file: 'content/glossary/terms.yaml', exists: false, optional: false, syntaxErrors: [], issues: [] },
			reflection: {
				file: 'content/reflection/questions.yaml',
				exists: false,
				optional: true,
				syntaxErrors: [],
				issues: [],
			},
			redirects: { file: 'content/redirects.yaml', exists: false, optional: true, syntaxErrors: [], issues: [] },
			structure: {
				file: 'content/bibliography/structure.yaml',
				exists: false,
				optional: true,
				syntaxErrors: [],
				issues: [],
			},
		});
		expect(model.framework).toBeUndefined();
		expect(model.references).toEqual(new Map());
		expect(model.glossary).toEqual(new Map());
		expect(model.structure).toEqual(new Map());
		expect(model.reflection).toEqual([]);
		expect(model.redirects).toEqual([]);
		expect(model.pages.map((page) => page.relativePath)).toEqual(['index.mdx']);
	});

	test('a folder where a data file should be is one syntax error at the start of the file', () => {
		const root = contentFolder();
		fs.mkdirSync(path.join(root, 'glossary/terms.yaml'), { recursive: true });
		fs.mkdirSync(path.join(root, 'taxonomy/leads.yaml'), { recursive: true });
		const model = loadHandbook(root);
		const { glossary, framework } = model.sources;
		expect(glossary).toMatchObject({
			file: 'content/glossary/terms.yaml',
			exists: true,
			optional: false,
			syntaxErrors: [{ message: 'the file is a folder, not a file', position: { line: 1, column: 1 } }],
			issues: [],
		});
		expect(glossary.value).toBeUndefined();
		expect(glossary.data).toMatchObject({ path: path.join(root, 'glossary/terms.yaml'), value: undefined });
		expect(glossary.data?.syntaxErrors).toEqual(glossary.syntaxErrors);
		// Anything in it is placed at the start.
		expect(glossary.data?.locate([3, 'term'])).toEqual({ line: 1, column: 1 });
		expect(framework).toMatchObject({
			syntaxErrors: [{ message: 'the file is a folder, not a file', position: { line: 1, column: 1 } }],
			issues: [],
		});
		expect(framework.value).toBeUndefined();
		expect(model.framework).toBeUndefined();
		expect(model.glossary).toEqual(new Map());
	});

	test('a data file that cannot be read (a socket in its place) is one syntax error, never a crash', async () => {
		const root = contentFolder();
		// A short path: a socket's path is limited to about a hundred characters.
		const socket = path.join(root, 'redirects.yaml');
		const server = net.createServer();
		await new Promise<void>((resolve) => server.listen(socket, resolve));
		try {
			const { redirects } = loadHandbook(root).sources;
			expect(redirects).toMatchObject({
				file: 'content/redirects.yaml',
				exists: true,
				optional: true,
				syntaxErrors: [{ message: 'the file cannot be read', position: { line: 1, column: 1 } }],
				issues: [],
			});
			expect(redirects.value).toBeUndefined();
		} finally {
			await new Promise((resolve) => server.close(resolve));
		}
	});

	test('a YAML syntax error gives the error, where it is, and no value', () => {
		const root = contentFolder({
			'glossary/terms.yaml': '- id: coalition\n  term: "Coalition\n',
			'taxonomy/leads.yaml': 'framework:\n  name: LEADS\n\tedition: one\n',
		});
		const model = loadHandbook(root);
		expect(model.sources.glossary).toMatchObject({
			exists: true,
			syntaxErrors: [{ message: 'a quoted value is never closed', position: { line: 2, column: 9 } }],
			issues: [],
		});
		expect(model.sources.glossary.value).toBeUndefined();
		expect(model.glossary).toEqual(new Map());
		// The framework file too: its syntax error, and no schema issue on top of it.
		expect(model.sources.framework.syntaxErrors[0]).toEqual({
			message: 'a tab indents this line, and YAML indents with spaces only',
			position: { line: 3, column: 1 },
		});
		expect(model.sources.framework.issues).toEqual([]);
		expect(model.sources.framework.value).toBeUndefined();
		expect(model.framework).toBeUndefined();
	});

	test('a list file that holds something else than a list is one issue at the start of its content', () => {
		const root = contentFolder({
			'glossary/terms.yaml': '# The terms\n\nid: coalition\nterm: Coalition\n',
			'redirects.yaml': '"/old/": "/new/"\n',
		});
		const model = loadHandbook(root);
		expect(model.sources.glossary).toMatchObject({
			exists: true,
			syntaxErrors: [],
			issues: [{ path: [], message: 'must be a list of entries', position: { line: 3, column: 1 } }],
		});
		expect(model.sources.glossary.value).toBeUndefined();
		expect(model.glossary).toEqual(new Map());
		expect(model.sources.redirects.issues).toEqual([
			{ path: [], message: 'must be a list of entries', position: { line: 1, column: 1 } },
		]);
		expect(model.redirects).toEqual([]);
	});

	test('an invalid entry of a list is reported at its field; its neighbours count, and it does too when its id can be read', () => {
		const root = contentFolder({
			'glossary/terms.yaml': [
				'- id: coalition',
				'  term: Coalition',
				'  definition: A strategic relationship between organizations.',
				'  cite: [vaidya-2017-building]',
				'- id: partnership',
				'  term: Partnership',
				'  definition: short',
				'  cite: []',
				'- term: Nameless',
				'  definition: A term whose id its editor forgot.',
				'  cite: [vaidya-2017-building]',
				'- id: 42',
				'  term: Numbered',
				'  definition: A term whose id is a number, not a word.',
				'  cite: [vaidya-2017-building]',
				'- trust',
				'- id: trust',
				'  term: Trust',
				'  definition: Confidence that partners will do what they say.',
				'  cite: [vaidya-2017-building]',
				'',
			].join('\n'),
		});
		const model = loadHandbook(root);
		const { glossary } = model.sources;
		expect(glossary.syntaxErrors).toEqual([]);
		expect(glossary.issues).toEqual([
			{
				path: [1, 'definition'],
				message: 'Too small: expected string to have >=10 characters',
				position: { line: 7, column: 15 },
			},
			{
				path: [1, 'cite'],
				message: 'a glossary definition needs at least one citation',
				position: { line: 8, column: 9 },
			},
			{
				path: [2, 'id'],
				message: 'Invalid input: expected string, received undefined',
				position: { line: 9, column: 3 },
			},
			{
				path: [3, 'id'],
				message: 'Invalid input: expected string, received number',
				position: { line: 12, column: 7 },
			},
			{
				path: [4],
				message: 'Invalid input: expected object, received string',
				position: { line: 16, column: 3 },
			},
		]);
		// The term with an id stays, as written, so that links to it are not reported a second time.
		expect(glossary.value?.map((term) => term.id)).toEqual(['coalition', 'partnership', 'trust']);
		expect(model.glossary.get('partnership')).toEqual({
			id: 'partnership',
			term: 'Partnership',
			definition: 'short',
			cite: [],
		});
		expect([...model.glossary.keys()]).toEqual(['coalition', 'partnership', 'trust']);
		// An entry's place counts as `value` does: `trust`, the third kept, is where the file has it, after those dropped.
		expect(glossary.data!.locate([2, 'id'])).toEqual({ line: 17, column: 7 });
		expect(glossary.data!.locate([1, 'definition'])).toEqual({ line: 7, column: 15 });
		expect(glossary.data!.locate([])).toEqual({ line: 1, column: 1 });
	});

	test('an empty entry of a list is reported and dropped, without stopping the reading', () => {
		const root = contentFolder({
			'redirects.yaml': ['- from: /old/', '  to: /new/', '-', '- from: /before/', '  to: /after/', ''].join('\n'),
		});
		const { redirects } = loadHandbook(root).sources;
		expect(redirects.issues).toEqual([
			{ path: [1], message: 'Invalid input: expected object, received null', position: { line: 3, column: 2 } },
		]);
		expect(redirects.value).toEqual([
			{ from: '/old/', to: '/new/' },
			{ from: '/before/', to: '/after/' },
		]);
	});

	test('a bibliography entry with an id but an invalid field is still held by its id', () => {
		const root = contentFolder({
			'bibliography/references.json': JSON.stringify(
				[
					{ id: 'good-2020', type: 'book', author: [{ literal: 'A Group' }], note: 'cited-in: odd-2021' },
					{ id: 'odd-2021', type: 'book', author: [], note: 'cited-in: good-2020' },
					{ type: 'book', author: [{ literal: 'Nobody' }], note: 'cited-in: good-2020' },
				],
				null,
				2,
			),
		});
		const model = loadHandbook(root);
		expect(model.sources.bibliography.issues).toEqual([
			{
				path: [1, 'author'],
				message: 'an entry needs at least one author (an organization goes in `literal`)',
				position: { line: 15, column: 15 },
			},
			{
				path: [2, 'id'],
				message: 'Invalid input: expected string, received undefined',
				position: { line: 18, column: 3 },
			},
		]);
		expect([...model.references.keys()]).toEqual(['good-2020', 'odd-2021']);
		expect(model.references.get('odd-2021')).toEqual({
			id: 'odd-2021',
			type: 'book',
			author: [],
			note: 'cited-in: good-2020',
		});
	});

	test('a valid framework file is read with its defaults filled in', () => {
		const root = mutatedFixture({
			'taxonomy/leads.yaml': replaceOnce(
				'- { id: self-aware, name: Self-aware, namedIn: [vaidya-2017-building] }',
				'- { id: self-aware, name: Self-aware }',
			),
		});
		const model = loadHandbook(root);
		expect(model.sources.framework.issues).toEqual([]);
		expect(model.sources.framework.value?.domains[0]?.capabilities[0]).toEqual({
			id: 'self-aware',
			name: 'Self-aware',
			namedIn: [],
		});
		expect(model.sources.framework.value?.framework).toEqual({
			name: 'LEADS in a Caring Environment',
			edition:
				'Capability names as listed in Vaidya and Osborne (2017); Develop Coalitions names also as in Leaders for Life (2010)',
			sources: ['vaidya-2017-building', 'leadersforlife-2010-develop'],
		});
		expect(model.framework?.capabilities.get('self-aware')).toEqual({
			id: 'self-aware',
			name: 'Self-aware',
			namedIn: [],
			domainId: 'lead-self',
			domainName: 'Lead Self',
		});
	});

	test('an invalid framework file gives each issue at its place, and no framework', () => {
		const root = mutatedFixture({
			'taxonomy/leads.yaml': (text) =>
				replaceOnce(
					'  - id: lead-self',
					'  - id: Lead-Self',
				)(replaceOnce('  sources: [vaidya-2017-building, leadersforlife-2010-develop]', '  sources: []')(text)),
		});
		const model = loadHandbook(root);
		expect(model.sources.framework).toMatchObject({
			file: 'content/taxonomy/leads.yaml',
			exists: true,
			optional: false,
			syntaxErrors: [],
		});
		expect(model.sources.framework.issues).toEqual([
			{
				path: ['framework', 'sources'],
				message: 'Too small: expected array to have >=1 items',
				position: { line: 19, column: 12 },
			},
			{
				path: ['domains', 0, 'id'],
				message: 'must be kebab-case: lowercase letters and digits joined by hyphens',
				position: { line: 21, column: 9 },
			},
		]);
		expect(model.sources.framework.value).toBeUndefined();
		expect(model.framework).toBeUndefined();
	});
});

describe('the day a page was last reviewed', () => {
	test("is the page's `reviewed:` day when it is a real one; outside Git, nothing otherwise", () => {
		const root = contentFolder({
			'docs/dated.mdx': frontmatter.replace('type: topic', 'type: topic\nreviewed: 2024-05-06'),
			'docs/undated.mdx': frontmatter,
			'docs/wrong.mdx': frontmatter.replace('type: topic', 'type: topic\nreviewed: 2024-02-30'),
		});
		const model = loadHandbook(root);
		expect(model.pages.map((page) => [page.relativePath, page.reviewed])).toEqual([
			['dated.mdx', '2024-05-06'],
			['undated.mdx', undefined],
			['wrong.mdx', undefined],
		]);
	});

	test('otherwise is the day of the last commit that changed the page; a page never committed has none', () => {
		const parent = temporaryFolder('handbook-loading-git-');
		const root = path.join(parent, 'content');
		write(root, 'docs/changed.mdx', frontmatter);
		write(root, 'docs/dated.mdx', frontmatter.replace('type: topic', 'type: topic\nreviewed: 2024-05-06'));
		write(root, 'docs/wrong.mdx', frontmatter.replace('type: topic', 'type: topic\nreviewed: last spring'));
		write(root, 'docs/topic/nested.mdx', frontmatter);
		git(parent, ['init', '-q']);
		commit(parent, '2025-01-02');
		write(root, 'docs/changed.mdx', frontmatter + '\nMore text.\n');
		commit(parent, '2025-03-04');
		write(root, 'docs/new.mdx', frontmatter);
		const model = loadHandbook(root);
		expect(model.pages.map((page) => [page.relativePath, page.reviewed])).toEqual([
			['changed.mdx', '2025-03-04'],
			['dated.mdx', '2024-05-06'],
			['new.mdx', undefined],
			['topic/nested.mdx', '2025-01-02'],
			['wrong.mdx', '2025-01-02'],
		]);
	});
});

describe('the model', () => {
	test('names its content folder, and the folder reports name files from', () => {
		const root = contentFolder({ 'docs/index.mdx': frontmatter });
		const model = loadHandbook(root);
		expect(model.root).toBe(root);
		expect(model.displayRoot).toBe(path.dirname(root));
		expect(model.pages[0]?.file).toBe('content/docs/index.mdx');
	});

	test('has the languages it is given, or else those of the configuration (English only here)', () => {
		const root = contentFolder();
		const locales = { root: { label: 'English', lang: 'en-CA' }, fr: { label: 'Français', lang: 'fr-CA' } };
		expect(loadHandbook(root, locales).locales).toEqual(locales);
		expect(loadHandbook(root).locales).toEqual({ root: { label: 'English', lang: 'en-CA' } });
	});

	test('reading never throws on bad content: each problem is recorded for the check to report', () => {
		const root = contentFolder({
			'taxonomy/leads.yaml': '- not\n- an object\n',
			'bibliography/references.json': '[{ "id": "a", }]',
			'glossary/terms.yaml': 'null\n',
			'reflection/questions.yaml': '- [1, 2]\n- 3\n',
			'redirects.yaml': '&a [*a]\n',
			'docs/broken.mdx': '---\ntitle: [unclosed\n',
			'docs/binary.mdx': '\u0000\u0001\u0002',
		});
		fs.writeFileSync(path.join(root, 'bibliography/structure.yaml'), Uint8Array.from([0xff, 0xfe, 0x2d, 0]));
		const model = loadHandbook(root);
		expect(model.sources.framework.issues.map((issue) => issue.message)).toEqual([
			'Invalid input: expected object, received array',
		]);
		expect(model.sources.bibliography.syntaxErrors.map((error) => error.message)).toEqual([
			'not valid JSON: a trailing comma before the closing bracket',
		]);
		// `null` is a value, not a missing file: it is not a list.
		expect(model.sources.glossary).toMatchObject({
			syntaxErrors: [],
			issues: [{ path: [], message: 'must be a list of entries', position: { line: 1, column: 1 } }],
		});
		expect(model.sources.glossary.value).toBeUndefined();
		expect(model.sources.reflection.issues.map((issue) => issue.path)).toEqual([[0], [1]]);
		expect(model.sources.reflection.value).toEqual([]);
		expect(model.sources.structure.syntaxErrors).toEqual([
			{ message: 'the file is saved as UTF-16, not UTF-8', position: { line: 1, column: 1 } },
		]);
		expect(model.pages.map((page) => page.relativePath)).toEqual(['binary.mdx', 'broken.mdx']);
	});
});

test('a backslash in a file name is part of the name on Linux, as for Astro: `notes\\.draft.mdx` is a page', () => {
	const root = contentFolder({
		'docs/notes\\.draft.mdx': frontmatter,
		'docs/ok.mdx': frontmatter,
		'docs/a\\b.png': 'x',
	});
	const model = loadHandbook(root);
	expect(model.pages.map((page) => page.relativePath)).toEqual(['notes\\.draft.mdx', 'ok.mdx']);
	expect(model.pages.map((page) => page.file)).toEqual(['content/docs/notes\\.draft.mdx', 'content/docs/ok.mdx']);
	expect(model.strays).toEqual([{ file: 'content/docs/a\\b.png', kind: 'other' }]);
});
