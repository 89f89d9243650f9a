// How the check reads a link an editor writes (src/check/links.ts): which links lead into the handbook and
// where, which leave it, and which are refused. Each expected answer is written out by hand.
import { describe, expect, test } from 'vitest';
import { resolveLink, unsupportedScheme } from '../../src/check/links.ts';

describe('a link written on a page', () => {
	test.each([
		['/coalitions/trust/', '/', { kind: 'internal', path: '/coalitions/trust/', anchor: '' }],
		// A page's address without its trailing slash is the same page.
		['/coalitions/trust', '/', { kind: 'internal', path: '/coalitions/trust/', anchor: '' }],
		[
			'../trust/#the-basics',
			'/coalitions/other/',
			{ kind: 'internal', path: '/coalitions/trust/', anchor: 'the-basics' },
		],
		['#in-brief', '/practices/a/', { kind: 'internal', path: '/practices/a/', anchor: 'in-brief' }],
		['/coalitions/trust/?from=slides#x', '/', { kind: 'internal', path: '/coalitions/trust/', anchor: 'x' }],
		// Files keep their name as it is.
		['/catalog.csv', '/linking/', { kind: 'internal', path: '/catalog.csv', anchor: '' }],
		// Astro and browsers write non-ASCII addresses percent-encoded: the check reads them decoded.
		['/fr/pratiques/b%C3%AAte/#%C3%A9tape', '/fr/', { kind: 'internal', path: '/fr/pratiques/bête/', anchor: 'étape' }],
		['/fr/pratiques/bête/', '/fr/', { kind: 'internal', path: '/fr/pratiques/bête/', anchor: '' }],
		// A colon or a dot inside the path is neither a scheme nor a file's extension.
		['/notes/data:2026/', '/', { kind: 'internal', path: '/notes/data:2026/', anchor: '' }],
		['/notes/javascript:x', '/', { kind: 'internal', path: '/notes/javascript:x/', anchor: '' }],
		['/reports/v1.2/summary', '/', { kind: 'internal', path: '/reports/v1.2/summary/', anchor: '' }],
	])('%s (on %s) leads to a handbook page', (url, from, expected) => {
		expect(resolveLink(url, from)).toEqual(expected);
	});

	test.each([
		'https://www.kingsfund.org.uk/',
		'HTTP://example.org',
		'mailto:editor@example.org',
		'tel:+1-780-555-0100',
		'//example.org/page',
	])('%s leads to another site', (url) => {
		expect(resolveLink(url, '/')).toEqual({ kind: 'external' });
	});

	test('a glossary term, an empty link and a malformed escape', () => {
		expect(resolveLink('glossary:coalition', '/')).toEqual({ kind: 'glossary', id: 'coalition' });
		expect(resolveLink('', '/')).toEqual({ kind: 'empty' });
		expect(resolveLink('   ', '/')).toEqual({ kind: 'empty' });
		expect(resolveLink('/coalitions/tr%E0%A4%A/', '/')).toEqual({ kind: 'malformed' });
	});

	test.each([
		['javascript:alert(1)', 'javascript'],
		['JavaScript:alert(1)', 'javascript'],
		// Browsers drop tabs and newlines anywhere in an address, and skip control characters and spaces before it.
		['java\tscript:alert(1)', 'javascript'],
		['jav\nascript:alert(1)', 'javascript'],
		[' \u0001javascript:alert(1)', 'javascript'],
		['vbscript:msgbox(1)', 'vbscript'],
		['data:text/html,<p>hi</p>', 'data'],
	])('%j runs script in the reader’s browser and is refused', (url, scheme) => {
		expect(resolveLink(url, '/')).toEqual({ kind: 'script', scheme });
	});

	test.each([
		['ftp://example.org/file', 'ftp'],
		['FILE:///c:/notes.txt', 'file'],
		['ms-word:ofe|u|https://example.org/a.docx', 'ms-word'],
	])('%s uses a scheme no page may link to', (url, scheme) => {
		expect(resolveLink(url, '/')).toEqual({ kind: 'unsupported', scheme });
	});

	test('why a scheme is refused, in one sentence', () => {
		expect(unsupportedScheme('javascript')).toBe(
			"`javascript:` addresses run script or embedded content in the reader's browser",
		);
		expect(unsupportedScheme('vbscript')).toBe(
			"`vbscript:` addresses run script or embedded content in the reader's browser",
		);
		expect(unsupportedScheme('data')).toBe("`data:` addresses run script or embedded content in the reader's browser");
		expect(unsupportedScheme('ftp')).toBe(
			'`ftp:` addresses are not ones a page may link to (only http:, https:, mailto:, tel:)',
		);
	});
});
