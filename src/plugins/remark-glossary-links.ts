import type { Link, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { withPreview } from './preview.ts';
import { loadGlossary } from '../lib/glossary.ts';
import { termAnchor } from '../lib/urls.ts';

/**
 * `[coalitions](glossary:coalition)` becomes a link to the term's entry on the
 * glossary page, carrying the definition for the hover and focus preview.
 */
export function remarkGlossaryLinks() {
	return (tree: Root, file: { path?: string }) => {
		const glossary = loadGlossary();
		let previews = 0;
		visit(tree, 'link', (node: Link, index, parent) => {
			if (!node.url.startsWith('glossary:')) return;
			const id = node.url.slice('glossary:'.length);
			const term = glossary.get(id);
			if (!term) throw new Error(`${file.path}: unknown glossary term "${id}". Run \`npm run check\` for details.`);
			node.url = `/glossary/#${termAnchor(id)}`;
			node.data = { hProperties: { className: ['term'], 'data-term': id } };
			if (parent && index !== undefined) {
				parent.children.splice(index, 1, withPreview(node, term.definition, `term-preview-${++previews}`) as never);
				return SKIP;
			}
		});
	};
}
