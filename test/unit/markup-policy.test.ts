// The safety allowlist for markup that content writes (src/check/markup.ts), judged on the elements a browser
// builds (src/model/html.ts). Each case is one an editor could write, or one an attacker would; every expected
// answer is written out by hand.
import { describe, expect, test } from 'vitest';
import { attributeAllowed, elementProblems, isExternal, urlScheme } from '../../src/check/markup.ts';
import { parseAttributeMap, parseHtml, type ParsedElement } from '../../src/model/html.ts';

const element = (name: string, attributes: Record<string, string> = {}, namespace = 'html'): ParsedElement => ({
	name,
	namespace,
	attributes: Object.entries(attributes).map(([n, value]) => ({ name: n, value })),
});

describe('markup as a browser builds it', () => {
	test('character references in values are decoded; the wrappers are left out unless they carry attributes', () => {
		expect(parseHtml('<p title="a &amp; b">x</p>')).toEqual([
			{ name: 'p', namespace: 'html', attributes: [{ name: 'title', value: 'a & b' }] },
		]);
		expect(parseHtml('<body onload="alert(1)"><p>x</p>')).toEqual([
			{ name: 'body', namespace: 'html', attributes: [{ name: 'onload', value: 'alert(1)' }] },
			{ name: 'p', namespace: 'html', attributes: [] },
		]);
	});

	test('a slash between attributes, SVG and its prefixed attributes, and what a <template> holds', () => {
		expect(parseHtml('<img/src="x.png"/onerror=alert(1)>')).toEqual([
			{
				name: 'img',
				namespace: 'html',
				attributes: [
					{ name: 'src', value: 'x.png' },
					{ name: 'onerror', value: 'alert(1)' },
				],
			},
		]);
		expect(parseHtml('<svg><a xlink:href="javascript:alert(1)">x</a></svg>')).toEqual([
			{ name: 'svg', namespace: 'svg', attributes: [] },
			{ name: 'a', namespace: 'svg', attributes: [{ name: 'xlink:href', value: 'javascript:alert(1)' }] },
		]);
		expect(parseHtml('<template><script>alert(1)</script></template>').map((e) => e.name)).toEqual([
			'template',
			'script',
		]);
	});

	test('an attribute map printed with a spread: values escaped, names printed as they are', () => {
		expect(
			parseAttributeMap('a', {
				href: '/x/',
				title: '" onclick="alert(1)" <b>&',
				hidden: true,
				lang: false,
				dir: undefined,
				id: null,
				tabindex: 0,
			}),
		).toEqual([
			{
				name: 'a',
				namespace: 'html',
				attributes: [
					{ name: 'href', value: '/x/' },
					{ name: 'title', value: '" onclick="alert(1)" <b>&' },
					{ name: 'hidden', value: '' },
					{ name: 'tabindex', value: '0' },
				],
			},
		]);
		// A name can carry another attribute: that is what the check must see.
		expect(parseAttributeMap('span', { 'x onclick': 'alert(1)' })[0]!.attributes).toEqual([
			{ name: 'x', value: '' },
			{ name: 'onclick', value: 'alert(1)' },
		]);
	});
});

describe('what content may write', () => {
	test('text structure, with its own attributes, global ones and aria-*', () => {
		expect(elementProblems(element('p', { id: 'a', title: 't', lang: 'fr', dir: 'ltr' }))).toEqual([]);
		expect(elementProblems(element('td', { colspan: '2', 'aria-describedby': 'n' }))).toEqual([]);
		expect(elementProblems(element('a', { href: '/coalitions/trust/#x', hreflang: 'fr' }))).toEqual([]);
		expect(attributeAllowed('th', 'scope')).toBe(true);
		expect(attributeAllowed('p', 'colspan')).toBe(false);
		expect(attributeAllowed('span', 'aria-hidden')).toBe(true);
		expect(attributeAllowed('span', 'data-aria-x')).toBe(false);
	});

	test('elements that run, embed or restyle, markup of other languages, and attributes that do', () => {
		expect(elementProblems(element('script'))).toEqual(['a `<script>` element would run, embed or restyle content']);
		expect(elementProblems(element('svg', {}, 'svg'))).toEqual(['`<svg>` is SVG markup, which content may not write']);
		expect(elementProblems(element('math', { href: 'javascript:x' }, 'math'))).toEqual([
			'`<math>` is MathML markup, which content may not write',
		]);
		expect(elementProblems(element('p', { onclick: 'alert(1)', style: 'color:red' }))).toEqual([
			'the `onclick` attribute of `<p>` is not one content may set',
			'the `style` attribute of `<p>` is not one content may set',
		]);
		expect(elementProblems(element('iframe', { src: '/x/' }))).toEqual([
			'the `src` attribute of `<iframe>` is not one content may set',
			'a `<iframe>` element would run, embed or restyle content',
		]);
		expect(elementProblems(element('a', { target: '_blank', href: '/x/' }))).toEqual([
			'the `target` attribute of `<a>` is not one content may set',
		]);
	});

	test('addresses: script and unknown schemes are refused in links and quotations', () => {
		const script = "`javascript:` addresses run script or embedded content in the reader's browser";
		expect(elementProblems(element('a', { href: 'javascript:alert(1)' }))).toEqual([script]);
		expect(elementProblems(element('a', { href: ' \u0001Java\tScript:alert(1)' }))).toEqual([script]);
		expect(elementProblems(element('blockquote', { cite: 'javascript:alert(1)' }))).toEqual([script]);
		expect(elementProblems(element('a', { href: 'ftp://example.org/' }))).toEqual([
			'`ftp:` addresses are not ones a page may link to (only http:, https:, mailto:, tel:)',
		]);
		expect(elementProblems(element('a', { href: 'mailto:editor@example.org' }))).toEqual([]);
		// `title` is not an address, whatever it says.
		expect(elementProblems(element('a', { title: 'javascript:alert(1)' }))).toEqual([]);
	});

	test('images: from the handbook or inline image data only', () => {
		expect(elementProblems(element('img', { src: '/images/leads.png', alt: 'LEADS' }))).toEqual([]);
		expect(elementProblems(element('img', { src: ' data:image/png;base64,AAAA', alt: '' }))).toEqual([]);
		expect(elementProblems(element('img', { src: 'data:image/svg+xml;base64,AAAA', alt: '' }))).toEqual([]);
		// Image data only at the start: a script address that mentions it later is still refused.
		expect(elementProblems(element('img', { src: 'javascript:alert(1)//data:image/png' }))).toEqual([
			'`javascript:` addresses are not allowed in `<img src>`',
		]);
		expect(elementProblems(element('img', { src: 'https://cdn.example.org/a.png' }))).toEqual([
			'the image `https://cdn.example.org/a.png` is on another site',
		]);
		expect(elementProblems(element('img', { src: '//cdn.example.org/a.png' }))).toEqual([
			'the image `//cdn.example.org/a.png` is on another site',
		]);
		expect(elementProblems(element('img', { src: 'data:text/html,<script>x</script>' }))).toEqual([
			'`data:` addresses are not allowed in `<img src>`',
		]);
		expect(elementProblems(element('img', { src: 'javascript:alert(1)' }))).toEqual([
			'`javascript:` addresses are not allowed in `<img src>`',
		]);
	});

	test('a raw <a> to another site needs rel="noopener noreferrer"; one inside the handbook does not', () => {
		const raw = (attributes: Record<string, string>) => elementProblems(element('a', attributes), { rawLink: true });
		const missing = 'a raw `<a>` to another site has no `rel="noopener noreferrer"`';
		expect(raw({ href: 'https://example.org/' })).toEqual([missing]);
		expect(raw({ href: '//example.org/' })).toEqual([missing]);
		expect(raw({ href: 'https://example.org/', rel: 'noopener' })).toEqual([missing]);
		expect(raw({ rel: 'noopener', href: 'https://example.org/' })).toEqual([missing]);
		expect(raw({ href: 'https://example.org/', rel: 'NoOpener   noreferrer' })).toEqual([]);
		expect(raw({ href: '/coalitions/trust/' })).toEqual([]);
		expect(raw({ id: 'anchor-only' })).toEqual([]);
		// Written in Markdown (not raw), the build adds the rel itself.
		expect(elementProblems(element('a', { href: 'https://example.org/' }))).toEqual([]);
	});

	test('the scheme of an address, and whether it leads to another site', () => {
		expect(urlScheme(' \u0000JavaScript:x')).toBe('javascript');
		expect(urlScheme('j\na\tvascript:x')).toBe('javascript');
		expect(urlScheme('/a:b/')).toBeUndefined();
		expect(urlScheme('x-y.z+1:rest')).toBe('x-y.z+1');
		expect(urlScheme('')).toBeUndefined();
		// A control character inside a scheme is not skipped: the address is a relative one.
		expect(urlScheme('java\u0001script:x')).toBeUndefined();
		expect(isExternal('HTTPS://example.org')).toBe(true);
		expect(isExternal('http://example.org')).toBe(true);
		expect(isExternal('  //example.org')).toBe(true);
		expect(isExternal('/a//b')).toBe(false);
		expect(isExternal('mailto:a@example.org')).toBe(false);
		expect(isExternal('/coalitions/trust/')).toBe(false);
	});
});
