import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/urls.ts';

/**
 * Authors write root-relative links (`/leads/`); the site may be hosted under a
 * base path (`/handbook/`), so every root-relative link and image gets the base.
 * Runs after the citation and glossary plugins, whose links it also prefixes.
 * External links get `rel="noopener noreferrer"`.
 */
export function remarkBaseLinks({ base, site }: { base: string; site: string }) {
	return (tree: Root) => {
		visit(tree, ['link', 'image', 'definition'], (node) => {
			const target = node as unknown as { type: string; url: string; data?: { hProperties?: Record<string, unknown> } };
			if (target.type === 'link' && /^(https?:)?\/\//.test(target.url)) {
				// An external page must not get a handle on this one (reverse tabnabbing), nor the reader's path.
				target.data = { ...target.data, hProperties: { ...target.data?.hProperties, rel: 'noopener noreferrer' } };
				return;
			}
			if (!target.url.startsWith('/') || target.url.startsWith('//')) return;
			target.url = withBase(base, target.url);
			// Printed handouts show each link's full address (see the print styles).
			if (target.type === 'link') {
				target.data = { ...target.data, hProperties: { ...target.data?.hProperties, 'data-print-url': new URL(target.url, site).href } };
			}
		});
	};
}
