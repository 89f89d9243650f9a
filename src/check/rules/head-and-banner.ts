import { defineRule } from '../rule.ts';
import { isUnsafeTarget } from '../links.ts';

/** What editors may add to a page's `<head>`: descriptive meta tags only. */
const allowedMetaAttributes = new Set(['name', 'property', 'content']);

/** A banner may hold text and plain links: `<a href="...">text</a>`, nothing else. */
function bannerProblem(html: string): string | undefined {
	for (const tag of html.matchAll(/<\/?([a-z][a-z0-9-]*)([^>]*)>/gi)) {
		if (tag[1]!.toLowerCase() !== 'a') return `\`<${tag[1]}>\` is not allowed in a banner`;
		const attributes = [...tag[2]!.matchAll(/([^\s=]+)\s*=\s*("[^"]*"|'[^']*'|\S+)/g)];
		for (const [, name, quoted] of attributes) {
			if (name!.toLowerCase() !== 'href') return `the \`${name}\` attribute is not allowed in a banner`;
			if (isUnsafeTarget(quoted!.replace(/^["']|["']$/g, ''))) return 'the banner links to an unsafe address';
		}
	}
	return /&#|<!--/.test(html) ? 'character references and comments are not allowed in a banner' : undefined;
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
					const {
						tag,
						attrs = {},
						content,
					} = (entry ?? {}) as { tag?: unknown; attrs?: Record<string, unknown>; content?: unknown };
					const badAttribute = Object.keys(attrs).find((name) => !allowedMetaAttributes.has(name));
					const problem =
						tag !== 'meta'
							? `\`head\` entry ${i + 1} adds a \`<${String(tag)}>\``
							: badAttribute
								? `\`head\` entry ${i + 1} sets \`${badAttribute}\``
								: content
									? `\`head\` entry ${i + 1} has content`
									: undefined;
					if (problem)
						report({
							file: page.file,
							at: locate(['head', i]),
							message: problem,
							hint: 'Only `tag: meta` with `attrs: { name (or property), content }` is allowed; scripts, styles and links belong in reviewed components.',
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
