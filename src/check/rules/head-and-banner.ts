import { defineRule } from '../rule.ts';
import { parseAttributeMap, parseHtml } from '../../model/html.ts';
import { linkSchemes } from '../links.ts';
import { editorMetaNames, urlScheme } from '../markup.ts';

/** What editors may add to a page's `<head>`: descriptive meta tags only. */
const allowedMetaAttributes = new Set(['name', 'property', 'content']);

/** A banner may hold text and plain links: `<a href="...">text</a>`, nothing else. Judged as a browser parses it. */
function bannerProblem(html: string): string | undefined {
	for (const element of parseHtml(html)) {
		if (element.name !== 'a' || element.namespace !== 'html') return `\`<${element.name}>\` is not allowed in a banner`;
		for (const { name, value } of element.attributes) {
			if (name !== 'href') return `the \`${name}\` attribute is not allowed in a banner`;
			const scheme = urlScheme(value);
			if (scheme && !linkSchemes.includes(scheme)) return 'the banner links to an unsafe address';
		}
	}
	return /&#|<!--/.test(html) ? 'character references and comments are not allowed in a banner' : undefined;
}

/** What is wrong with a head entry, as a browser would read the tag Starlight prints from it. */
function headProblem(entry: unknown): string | undefined {
	// An entry that is not a map is no tag: Starlight's schema refuses it (frontmatter-field reports it), and the build.
	if (typeof entry !== 'object' || entry === null) return undefined;
	// A meta tag with `content` is refused by Starlight's schema, with a message that shows the fix (frontmatter-field
	// reports it, and the build fails on it); what its attributes say is still this rule's.
	const { tag, attrs = {} } = entry as { tag?: unknown; attrs?: unknown };
	if (tag !== 'meta') return `adds a \`<${String(tag)}>\``;
	const map = attrs && typeof attrs === 'object' ? (attrs as Record<string, unknown>) : {};
	const elements = parseAttributeMap('meta', map);
	if (elements.length !== 1) return 'is not one `<meta>` tag';
	const bad = elements[0]!.attributes.find((a) => !allowedMetaAttributes.has(a.name));
	if (bad) return `sets \`${bad.name}\``;
	const name = elements[0]!.attributes.find((a) => a.name === 'name')?.value.toLowerCase();
	return name !== undefined && !editorMetaNames.includes(name) ? `is a \`${name}\` meta tag` : undefined;
}

export default defineRule({
	id: 'head-and-banner',
	kind: 'safety',
	summary:
		"A page's `head:` may only add descriptive `<meta>` tags (name or property, and content), and its `banner:` only text and plain links.",
	example: 'head:\n  - tag: script\n    content: alert(1)',
	fix: 'head:\n  - tag: meta\n    attrs: { name: robots, content: noindex }',
	scope: 'page',
	check({ pages, report }) {
		for (const page of pages) {
			const fm = page.frontmatter;
			if (!fm || !page.frontmatterFile) continue;
			const locate = page.frontmatterFile.locate;
			if (Array.isArray(fm.head))
				fm.head.forEach((entry: unknown, i) => {
					const problem = headProblem(entry);
					if (problem)
						report({
							file: page.file,
							at: locate(['head', i]),
							message: `\`head\` entry ${i + 1} ${problem}`,
							hint: `Only \`tag: meta\` with \`attrs: { name (${editorMetaNames.join(', ')}) or property, content }\` is allowed; scripts, styles, links and other meta tags belong in reviewed components.`,
						});
				});
			const banner = (fm.banner as { content?: unknown } | undefined)?.content;
			const problem = typeof banner === 'string' ? bannerProblem(banner) : undefined;
			if (problem)
				report({
					file: page.file,
					at: locate(['banner', 'content']),
					message: problem,
					hint: 'Write the banner as text, with at most plain links: `See <a href="/how-to-use/">how to use the handbook</a>.`',
				});
		}
	},
});
