import type { Element } from 'hast';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { previewText } from '../citations/citation-style.ts';
import type { Handbook } from '../handbook/handbook.ts';
import { isExternal } from './handbook-links.ts';

/** What a citation or term link previews: its formatted reference, or its definition. */
function previewOf(
	link: Element,
	{ bibliography, glossary, citationStyle }: Handbook,
): { text: string; prefix: string } | undefined {
	// Sätteri keeps hProperties names as written (`data-cite`), not camel-cased.
	const properties = link.properties as Record<string, unknown>;
	const key = properties['data-cite'];
	if (typeof key === 'string') {
		return { text: previewText(citationStyle, bibliography, key), prefix: 'cite-preview' };
	}
	const term = properties['data-term'];
	const entry = typeof term === 'string' ? glossary.get(term) : undefined;
	return entry ? { text: entry.definition, prefix: 'term-preview' } : undefined;
}

/**
 * Wraps each citation and term link (made by `handbookLinks`) with a preview, the reference
 * or the definition, that CSS shows on hover and keyboard focus. The preview is tied to the
 * link with aria-describedby, so screen readers announce it; without CSS or JavaScript it
 * is plain text after a plain link. Pagefind leaves previews out of the search index.
 */
export function handbookPreviews({ handbook }: { handbook: () => Handbook }): HastPluginEntry {
	// A factory: Sätteri calls it once per document, so preview ids restart on every page.
	return () => {
		const counts = new Map<string, number>();
		return defineHastPlugin({
			name: 'handbook-previews',
			element: {
				filter: ['a'],
				visit(link, ctx) {
					// Every link to another origin, however it was written (Markdown, or an <a> in MDX), opens
					// without a handle on this page and without telling it where the reader came from.
					const href = (link.properties as Record<string, unknown>).href;
					if (typeof href === 'string' && isExternal(href)) ctx.setProperty(link, 'rel', 'noopener noreferrer');
					const preview = previewOf(link, handbook());
					if (!preview) return;
					const n = (counts.get(preview.prefix) ?? 0) + 1;
					counts.set(preview.prefix, n);
					const id = `${preview.prefix}-${n}`;
					ctx.replaceNode(link, {
						type: 'element',
						tagName: 'span',
						properties: { className: ['preview-host'] },
						children: [
							{ ...link, properties: { ...link.properties, 'aria-describedby': id } },
							{
								type: 'element',
								tagName: 'span',
								properties: { id, role: 'tooltip', className: ['preview'], 'data-pagefind-ignore': '' },
								children: [{ type: 'text', value: preview.text }],
							},
						],
					});
				},
			},
		});
	};
}
