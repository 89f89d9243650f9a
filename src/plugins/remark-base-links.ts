import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/urls.ts';

/**
 * Authors write root-relative links (`/leads/`); the site may be hosted under a
 * base path (`/handbook/`), so every root-relative link and image gets the base.
 */
export function remarkBaseLinks({ base }: { base: string }) {
	return (tree: Root) => {
		if (base === '/') return;
		visit(tree, ['link', 'image', 'definition'], (node) => {
			const target = node as unknown as { url: string };
			target.url = withBase(base, target.url);
		});
	};
}
