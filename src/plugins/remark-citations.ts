import type { Link, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { loadBibliography } from '../lib/bibliography.ts';
import { findCitations } from '../lib/citations.ts';
import { referenceAnchor } from '../lib/urls.ts';
import { withPreview } from './preview.ts';

/**
 * Turns Pandoc citations into APA author–date links to the references page,
 * (The page's reference list is rendered by the MarkdownContent override.)
 * Unknown keys never reach this plugin: `npm run check` rejects them first,
 * and the plugin throws rather than print a key as literal text.
 */
export function remarkCitations() {
	return (tree: Root, file: { path?: string; data: Record<string, unknown> }) => {
		const bibliography = loadBibliography();
		let previews = 0;
		visit(tree, 'text', (node: Text, index, parent) => {
			if (!parent || index === undefined || parent.type === 'link' || (parent.type as string) === 'preview') return;
			const citations = findCitations(node.value);
			if (!citations.length) return;
			const replacement: PhrasingContent[] = [];
			let cursor = 0;
			for (const citation of citations) {
				if (citation.start > cursor) replacement.push({ type: 'text', value: node.value.slice(cursor, citation.start) });
				const formatted = bibliography.format(citation);
				if (formatted.open) replacement.push({ type: 'text', value: formatted.open });
				formatted.parts.forEach((part, i) => {
					if (!bibliography.entries.has(part.key)) {
						throw new Error(`${file.path}: unknown citation key @${part.key}. Run \`npm run check\` for details.`);
					}
					if (i > 0) replacement.push({ type: 'text', value: formatted.separator });
					const link: Link = {
						type: 'link',
						url: `/references/#${referenceAnchor(part.key)}`,
						children: [{ type: 'text', value: part.text }],
						data: { hProperties: { className: ['citation'], 'data-cite': part.key } },
					};
					const reference = bibliography.entryHtml(part.key).replace(/<[^>]+>/g, '').replace(/&#38;/g, '&');
					replacement.push(withPreview(link, reference, `cite-preview-${++previews}`));
				});
				if (formatted.close) replacement.push({ type: 'text', value: formatted.close });
				cursor = citation.end;
			}
			if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
			parent.children.splice(index, 1, ...replacement);
			return [SKIP, index + replacement.length];
		});
	};
}
