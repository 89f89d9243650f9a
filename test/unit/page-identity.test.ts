import { describe, expect, test } from 'vitest';
import { pageId, urlOfId } from '../../src/model/identity.ts';

// Where a page file is published, as an editor names files: the rules of Astro's glob loader and Starlight, in
// the function the check and the build share. (test/unit/url-identity.test.ts compares them with a real build.)
describe('a page file’s id', () => {
	test('each folder and the file name slugged, without the extension in any case', () => {
		expect(pageId('practices/Shared Purpose.mdx')).toBe('practices/shared-purpose');
		expect(pageId('cases/iocn.md')).toBe('cases/iocn');
		expect(pageId('cases/IOCN.MDX')).toBe('cases/iocn');
	});

	test('a backslash is part of a name, slugged away as Astro does on Linux (folders come with `/` on every system)', () => {
		expect(pageId('practices\\trust.mdx')).toBe('practicestrust');
		expect(pageId('a\\b/index.mdx')).toBe('ab');
	});

	test('a folder’s index page is the folder; the home page stays index', () => {
		expect(pageId('practices/index.mdx')).toBe('practices');
		expect(pageId('index.mdx')).toBe('index');
		// Only a whole final `index` segment: a page whose name starts with "index" keeps it.
		expect(pageId('reference/index-of-terms.mdx')).toBe('reference/index-of-terms');
	});

	test('only a final extension is dropped', () => {
		expect(pageId('notes.mdx.draft.mdx')).toBe('notesmdxdraft');
	});

	test('a slug in the frontmatter is the id as written', () => {
		expect(pageId('practices/trust.mdx', 'building-trust')).toBe('building-trust');
		expect(pageId('practices/trust.mdx', 2024)).toBe('2024');
	});
});

describe('the address of an id', () => {
	test('index and the empty id are the home page', () => {
		expect(urlOfId('index')).toBe('/');
		expect(urlOfId('')).toBe('/');
		expect(urlOfId('/')).toBe('/');
	});

	test('any other id between slashes, however many it had', () => {
		expect(urlOfId('practices/trust')).toBe('/practices/trust/');
		expect(urlOfId('//practices/trust//')).toBe('/practices/trust/');
		expect(urlOfId('indexes')).toBe('/indexes/');
	});
});
