import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { loadGlossary } from '../lib/glossary.ts';
import { termAnchor, withBase } from '../lib/urls.ts';

/**
 * `[coalitions](glossary:coalition)` becomes a link to the term's entry on the
 * glossary page, carrying the definition for the hover and focus preview.
 */
export function remarkGlossaryLinks({ base }: { base: string }) {
	return (tree: Root, file: { path?: string }) => {
		const glossary = loadGlossary();
		visit(tree, 'link', (node: Link) => {
			if (!node.url.startsWith('glossary:')) return;
			const id = node.url.slice('glossary:'.length);
			const term = glossary.get(id);
			if (!term) throw new Error(`${file.path}: unknown glossary term "${id}". Run \`npm run check\` for details.`);
			node.url = withBase(base, `/glossary/#${termAnchor(id)}`);
			node.data = { hProperties: { className: ['term'], 'data-term': id, 'data-definition': term.definition } };
		});
	};
}
