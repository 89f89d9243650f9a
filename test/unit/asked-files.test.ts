// The paths an editor gives `npm run check -- <path>...`, as the check reads them (the command itself: check-cli.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { askedFiles } from '../../src/check/asked-files.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

let project: string;
let root: string;
beforeAll(() => {
	project = temporaryFolder('asked-files-');
	root = path.join(project, 'content');
	for (const file of [
		'docs/index.mdx',
		'docs/cases/iocn.mdx',
		'docs/cases/.draft.mdx',
		'docs/.notes/a.mdx',
		'glossary/terms.yaml',
	]) {
		fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		fs.writeFileSync(path.join(root, file), 'x');
	}
	fs.writeFileSync(path.join(project, 'README.md'), 'x');
});

describe('the paths given to npm run check', () => {
	test('a folder with no file to check, or only hidden ones, is named, not taken for the whole handbook', () => {
		fs.mkdirSync(path.join(root, 'docs/empty'), { recursive: true });
		fs.mkdirSync(path.join(root, 'docs/drafts'), { recursive: true });
		fs.writeFileSync(path.join(root, 'docs/drafts/.idea.mdx'), 'x');
		const nothing = (folder: string) =>
			`\`${folder}\` is a folder with no page or data file in it (hidden files are not checked): there is nothing to check there.`;
		expect(askedFiles(['content/docs/empty', 'content/docs/drafts', 'content/glossary'], root, project)).toEqual({
			files: [path.join(root, 'glossary/terms.yaml')],
			errors: [nothing('content/docs/empty'), nothing('content/docs/drafts')],
		});
	});

	test('a file, from the project folder or from inside the content folder, and the same file twice', () => {
		expect(askedFiles(['content/docs/index.mdx', './content/docs/index.mdx'], root, project)).toEqual({
			files: [path.join(root, 'docs/index.mdx')],
			errors: [],
		});
		expect(askedFiles(['docs/cases/iocn.mdx'], root, root).files).toEqual([path.join(root, 'docs/cases/iocn.mdx')]);
		expect(askedFiles([path.join(root, 'glossary/terms.yaml')], root, '/').files).toEqual([
			path.join(root, 'glossary/terms.yaml'),
		]);
	});

	test('a folder stands for every file under it, hidden ones left out; the content folder for all of them', () => {
		expect(askedFiles(['content/docs'], root, project).files).toEqual([
			path.join(root, 'docs/cases/iocn.mdx'),
			path.join(root, 'docs/index.mdx'),
		]);
		expect(askedFiles(['.'], root, root).files).toEqual([
			path.join(root, 'docs/cases/iocn.mdx'),
			path.join(root, 'docs/index.mdx'),
			path.join(root, 'glossary/terms.yaml'),
		]);
	});

	test('a path outside the content folder, or one that names nothing, is an error that says what to give', () => {
		expect(
			askedFiles(['README.md', 'content/docs/cases/iocn.md', 'content/nothing-like-it.txt'], root, project),
		).toEqual({
			files: [],
			errors: [
				"`README.md` is not in the content folder (content/): the check reads only the handbook's pages and data files.",
				'`content/docs/cases/iocn.md` is not a file: did you mean `content/docs/cases/iocn.mdx`? Give the path of a page or data file under content/, from the folder you run the command in.',
				'`content/nothing-like-it.txt` is not a file. Give the path of a page or data file under content/, from the folder you run the command in.',
			],
		});
		// A folder whose name only starts like the content folder's is outside it.
		expect(askedFiles(['content-old/x.mdx'], root, project).errors).toHaveLength(1);
		expect(askedFiles(['content-old/x.mdx'], root, project).errors[0]).toMatch(/is not in the content folder/);
	});
});
