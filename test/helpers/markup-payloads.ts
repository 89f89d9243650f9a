// The markup payload corpus (issue #23): hostile markup an editor could write in a page or its frontmatter.
// Each payload is refused by both layers of the content boundary on its own (SECURITY.md): by `npm run check`
// (test/unit/bad-content.test.ts) and, with the check's markup rules switched off, by the output audit of
// `npm run build` (test/unit/output-audit.test.ts, which builds them all in one fixture build).
import fs from 'node:fs';
import path from 'node:path';

export type PayloadKind =
	| 'attribute separator'
	| 'encoded scheme'
	| 'SVG and MathML'
	| 'embedding and navigation'
	| 'event handler and style'
	| 'external resource'
	| 'frontmatter attribute map';

export interface MarkupPayload {
	kind: PayloadKind;
	name: string;
	/** `.md` (raw HTML allowed by Markdown) or `.mdx` (JSX). */
	ext: 'md' | 'mdx';
	/** Extra frontmatter lines. */
	fields?: string;
	/** The body, after a line of text. */
	body?: string;
	/** The rule of `npm run check` that must refuse it. */
	rule: string;
	/**
	 * The payload shows on every page (the sidebar), so the audit names every page; its problem quotes this
	 * marker (an attribute value of the payload), which is how the test finds it.
	 */
	marker?: string;
}

/** Each payload carries its number (`p<N>` or `__pwned=<N>`), so that a test can tell them apart. */
export const markupPayloads: MarkupPayload[] = [
	// From the issue: browsers accept `/` between attributes, where a text pattern saw none.
	{
		kind: 'attribute separator',
		name: 'a meta refresh with slashes between attributes',
		ext: 'md',
		body: '<meta/http-equiv="refresh"/content="0;url=https://example.com/p1">',
		rule: 'unsafe-content',
	},
	{
		kind: 'attribute separator',
		name: 'a script with a slash after its name',
		ext: 'md',
		body: '<script/x>window.__pwned=2</script>',
		rule: 'unsafe-content',
	},
	{
		kind: 'attribute separator',
		name: 'an iframe with slashes between attributes',
		ext: 'md',
		body: '<iframe/src="https://example.com/p3"></iframe>',
		rule: 'unsafe-content',
	},
	{
		kind: 'attribute separator',
		name: 'a form with slashes between attributes',
		ext: 'md',
		body: '<form/action="https://example.com/p4"><button>Go</button></form>',
		rule: 'unsafe-content',
	},
	{
		kind: 'attribute separator',
		name: 'an image with slashes and an error handler',
		ext: 'md',
		body: '<img/src="x"/onerror="window.__pwned=5">',
		rule: 'unsafe-content',
	},
	{
		kind: 'attribute separator',
		name: 'a link whose handler follows a slash and a newline',
		ext: 'md',
		body: '<a href="/"/\nonmouseover="window.__pwned=6">x</a>',
		rule: 'unsafe-content',
	},
	// Addresses whose scheme a browser decodes from character references or cleans of whitespace.
	{
		kind: 'encoded scheme',
		name: 'a `jav&#x61;script:` link',
		ext: 'md',
		body: '<a href="jav&#x61;script:window.__pwned=7">x</a>',
		rule: 'unsafe-content',
	},
	{
		kind: 'encoded scheme',
		name: 'a scheme spelled in decimal references',
		ext: 'md',
		body: '<a href="&#106;&#97;&#118;&#97;script:window.__pwned=8">x</a>',
		rule: 'unsafe-content',
	},
	{
		kind: 'encoded scheme',
		name: 'a scheme with an encoded tab inside',
		ext: 'md',
		body: '<a href="java&#x09;script:window.__pwned=9">x</a>',
		rule: 'unsafe-content',
	},
	{
		kind: 'encoded scheme',
		name: 'a scheme after a leading space and a named reference',
		ext: 'md',
		body: '<a href=" &Tab;javascript:window.__pwned=10">x</a>',
		rule: 'unsafe-content',
	},
	{
		kind: 'encoded scheme',
		name: 'an unquoted `data:` link',
		ext: 'md',
		body: '<a href=data:text/html;base64,PHNjcmlwdD5hbGVydCgxMSk8L3NjcmlwdD4=>x</a>',
		rule: 'unsafe-content',
	},
	{
		kind: 'encoded scheme',
		name: 'a `javascript:` link in MDX JSX',
		ext: 'mdx',
		body: '<a href="javascript:window.__pwned=12">x</a>',
		rule: 'unsafe-content',
	},
	// SVG and MathML, where elements change namespace and parsing rules.
	{
		kind: 'SVG and MathML',
		name: '`<svg><script>`',
		ext: 'md',
		body: '<svg><script>window.__pwned=13</script></svg>',
		rule: 'unsafe-content',
	},
	{
		kind: 'SVG and MathML',
		name: 'an SVG animation that runs a handler',
		ext: 'md',
		body: '<svg><animate onbegin="window.__pwned=14" attributeName="x" dur="1s"></animate></svg>',
		rule: 'unsafe-content',
	},
	{
		kind: 'SVG and MathML',
		name: 'an SVG link to `javascript:` by `xlink:href`',
		ext: 'md',
		body: '<svg><a xlink:href="javascript:window.__pwned=15"><text x="0" y="10">x</text></a></svg>',
		rule: 'unsafe-content',
	},
	{
		kind: 'SVG and MathML',
		name: 'the MathML mglyph and style mutation',
		ext: 'md',
		body: '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=16">',
		rule: 'unsafe-content',
	},
	{
		kind: 'SVG and MathML',
		name: 'a MathML link to `javascript:`',
		ext: 'md',
		body: '<math href="javascript:window.__pwned=17"><mi>x</mi></math>',
		rule: 'unsafe-content',
	},
	{
		kind: 'SVG and MathML',
		name: 'an SVG with a load handler in MDX JSX',
		ext: 'mdx',
		body: '<svg onLoad="window.__pwned=18" />',
		rule: 'unsafe-content',
	},
	// Elements that embed other documents or move the reader elsewhere.
	{
		kind: 'embedding and navigation',
		name: '`<base href>`',
		ext: 'md',
		body: '<base href="https://example.com/p19/">',
		rule: 'unsafe-content',
	},
	{
		kind: 'embedding and navigation',
		name: '`<object>`',
		ext: 'md',
		body: '<object data="https://example.com/p20.swf"></object>',
		rule: 'unsafe-content',
	},
	{
		kind: 'embedding and navigation',
		name: '`<embed>`',
		ext: 'md',
		body: '<embed src="https://example.com/p21">',
		rule: 'unsafe-content',
	},
	{
		kind: 'embedding and navigation',
		name: 'a button with `formaction`',
		ext: 'md',
		body: '<button formaction="javascript:window.__pwned=22">Go</button>',
		rule: 'unsafe-content',
	},
	{
		kind: 'embedding and navigation',
		name: 'an iframe with `srcdoc`',
		ext: 'md',
		body: '<iframe srcdoc="&lt;script&gt;parent.__pwned=23&lt;/script&gt;"></iframe>',
		rule: 'unsafe-content',
	},
	{
		kind: 'embedding and navigation',
		name: 'a meta refresh to `javascript:`',
		ext: 'md',
		body: '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=24">',
		rule: 'unsafe-content',
	},
	{
		kind: 'embedding and navigation',
		name: 'a `<template>` holding a script',
		ext: 'md',
		body: '<template><script>window.__pwned=25</script></template>',
		rule: 'unsafe-content',
	},
	{
		kind: 'embedding and navigation',
		name: 'an iframe in MDX JSX',
		ext: 'mdx',
		body: '<iframe src="https://example.com/p26" />',
		rule: 'unsafe-content',
	},
	// Handlers, styles, and parser tricks that hide them.
	{
		kind: 'event handler and style',
		name: 'a `<details>` toggle handler',
		ext: 'md',
		body: '<details open ontoggle="window.__pwned=27"><summary>x</summary></details>',
		rule: 'unsafe-content',
	},
	{
		kind: 'event handler and style',
		name: 'a full-page overlay by `style`',
		ext: 'md',
		body: '<p style="position:fixed;inset:0;opacity:0;z-index:999">p28</p>',
		rule: 'unsafe-content',
	},
	{
		kind: 'event handler and style',
		name: 'a `<noscript>` attribute that closes it',
		ext: 'md',
		body: '<noscript><p title="</noscript><img src=x onerror=window.__pwned=29>">',
		rule: 'unsafe-content',
	},
	{
		kind: 'event handler and style',
		name: 'a `<body>` tag that adds a load handler',
		ext: 'md',
		body: '<body onload="window.__pwned=30">',
		rule: 'unsafe-content',
	},
	{
		kind: 'event handler and style',
		name: 'an input focused on load',
		ext: 'md',
		body: '<input autofocus onfocus="window.__pwned=31">',
		rule: 'unsafe-content',
	},
	{
		kind: 'event handler and style',
		name: 'a `<style>` element',
		ext: 'md',
		body: '<style>body{display:none} /* p32 */</style>',
		rule: 'unsafe-content',
	},
	// Resources from other sites.
	{
		kind: 'external resource',
		name: 'an external Markdown image',
		ext: 'md',
		body: '![A tracking pixel](https://example.com/p33.png)',
		rule: 'unsafe-content',
	},
	{
		kind: 'external resource',
		name: 'an external raw image',
		ext: 'md',
		body: '<img src="https://example.com/p34.png" alt="x">',
		rule: 'unsafe-content',
	},
	{
		kind: 'external resource',
		name: 'an external image in MDX JSX',
		ext: 'mdx',
		body: '<img src="https://example.com/p35.png" alt="x" />',
		rule: 'unsafe-content',
	},
	{
		kind: 'external resource',
		name: 'a raw `<a>` to another site without `rel`',
		ext: 'md',
		body: '<a href="https://example.com/p36">another site</a>',
		rule: 'unsafe-content',
	},
	{
		kind: 'external resource',
		name: 'an external stylesheet',
		ext: 'md',
		body: '<link rel="stylesheet" href="https://example.com/p37.css">',
		rule: 'unsafe-content',
	},
	{
		kind: 'external resource',
		name: 'a video poster from another site',
		ext: 'md',
		body: '<video poster="https://example.com/p38.png"></video>',
		rule: 'unsafe-content',
	},
	// Attribute maps in the frontmatter, printed by Starlight's components.
	{
		kind: 'frontmatter attribute map',
		name: 'a sidebar link made an invisible overlay that takes every click',
		ext: 'md',
		fields:
			'sidebar:\n  attrs:\n    style: "position:fixed;inset:0;opacity:0;z-index:999;--p39:0"\n    onclick: "window.__pwned=39"',
		rule: 'frontmatter-attributes',
		marker: '__pwned=39',
	},
	{
		kind: 'frontmatter attribute map',
		name: 'a sidebar link focused on load, with a focus handler',
		ext: 'md',
		fields: 'sidebar:\n  attrs:\n    autofocus: true\n    onfocus: "window.__pwned=40"',
		rule: 'frontmatter-attributes',
		marker: '__pwned=40',
	},
	{
		kind: 'frontmatter attribute map',
		name: 'a sidebar link that pings another site on every click',
		ext: 'md',
		fields: 'sidebar:\n  attrs:\n    ping: "https://example.com/p41"',
		rule: 'frontmatter-attributes',
		marker: 'example.com/p41',
	},
	{
		kind: 'frontmatter attribute map',
		name: 'a hero action to `javascript:`',
		ext: 'md',
		fields: 'hero:\n  actions:\n    - text: Go\n      link: "javascript:window.__pwned=42"',
		rule: 'frontmatter-attributes',
	},
	{
		kind: 'frontmatter attribute map',
		name: 'a hero action with a click handler',
		ext: 'md',
		fields: 'hero:\n  actions:\n    - text: Go\n      link: /\n      attrs: { onclick: "window.__pwned=43" }',
		rule: 'frontmatter-attributes',
	},
	{
		kind: 'frontmatter attribute map',
		name: 'a hero image of raw HTML',
		ext: 'md',
		fields: 'hero:\n  image:\n    html: \'<img src="x" onerror="window.__pwned=44">\'',
		rule: 'frontmatter-attributes',
	},
	{
		kind: 'frontmatter attribute map',
		name: 'a hero action icon of raw SVG',
		ext: 'md',
		fields: 'hero:\n  actions:\n    - text: Go\n      link: /\n      icon: \'<svg onload="window.__pwned=45"></svg>\'',
		rule: 'frontmatter-attributes',
	},
	{
		kind: 'frontmatter attribute map',
		name: 'a head meta refresh to another site',
		ext: 'md',
		fields: 'head:\n  - tag: meta\n    attrs: { http-equiv: refresh, content: "0;url=https://example.com/p46" }',
		rule: 'head-and-banner',
	},
	{
		kind: 'frontmatter attribute map',
		name: 'a head script',
		ext: 'md',
		fields: 'head:\n  - tag: script\n    content: "window.__pwned=47"',
		rule: 'head-and-banner',
	},
	{
		kind: 'frontmatter attribute map',
		name: 'a head `<base>`',
		ext: 'md',
		fields: 'head:\n  - tag: base\n    attrs: { href: "https://example.com/p48/" }',
		rule: 'head-and-banner',
	},
	{
		kind: 'frontmatter attribute map',
		name: 'a head meta refresh spelled in capitals',
		ext: 'md',
		fields: 'head:\n  - tag: meta\n    attrs: { HTTP-EQUIV: Refresh, content: "0;URL=https://example.com/p49" }',
		rule: 'head-and-banner',
	},
	{
		kind: 'frontmatter attribute map',
		name: 'a banner link with a slash-separated handler',
		ext: 'md',
		fields: 'banner:\n  content: \'<a/href="/"/onclick="window.__pwned=50">x</a>\'',
		rule: 'head-and-banner',
	},
	{
		kind: 'frontmatter attribute map',
		name: 'a banner link to an encoded `javascript:`',
		ext: 'md',
		fields: 'banner:\n  content: \'<a href="jav&#x61;script:window.__pwned=51">x</a>\'',
		rule: 'head-and-banner',
	},
];

/** Where payload `i` is planted (in a folder the sidebar lists, so that its sidebar attributes are printed). */
export const payloadFile = (payload: MarkupPayload, i: number) => `docs/cases/markup-payload-${i + 1}.${payload.ext}`;
export const payloadUrl = (i: number) => `/cases/markup-payload-${i + 1}/`;

/**
 * What a payload writes in the page's body or frontmatter. Raw HTML in a `.md` page goes inside a `<div>` block:
 * Markdown passes everything up to the next blank line through as HTML, even tags it would not recognize alone
 * (`<meta/http-equiv=...>`), which is how the payloads reached the page.
 */
export const payloadText = (payload: MarkupPayload) =>
	payload.fields ??
	(payload.ext === 'md' && payload.body!.startsWith('<') ? `<div>\n${payload.body}\n</div>` : payload.body!);

/** The page that holds one payload. */
export function payloadPage(payload: MarkupPayload, i: number): string {
	const fields = payload.fields ? `${payload.fields}\n` : '';
	const body = payload.fields ? 'Text.' : payloadText(payload);
	return `---\ntitle: Markup payload ${i + 1}\ndescription: A page planted by the markup payload test.\ntype: guide\n${fields}---\n\nBefore.\n\n${body}\n\nAfter.\n`;
}

/** Plants payloads into a content folder. */
export function plantPayloads(root: string, list: MarkupPayload[] = markupPayloads): void {
	list.forEach((payload) => {
		const i = markupPayloads.indexOf(payload);
		fs.writeFileSync(path.join(root, payloadFile(payload, i)), payloadPage(payload, i));
	});
}

/**
 * Turns off, in the content's own `check.yaml`, the editorial rules that judge how a payload would look (Markdown in
 * a text field, an image's alt text and file), as an editor can: the payload builds are about what may run, which
 * only the safety rules decide, and `check.yaml` cannot touch those.
 */
export function withoutLookRules(root: string): void {
	fs.writeFileSync(
		path.join(root, 'check.yaml'),
		'rules:\n  markdown-in-text: off\n  image-alt: off\n  missing-image: off\n',
	);
}
