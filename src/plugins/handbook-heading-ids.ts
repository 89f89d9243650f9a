import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { pageAnchors } from '../model/heading-anchors.ts';

/**
 * Gives each Markdown heading the id `npm run check` knows it by (see `heading-anchors.ts`). Astro and
 * Starlight keep an id a heading already has (the table of contents and the anchor links use it).
 * Listed first among the Markdown plugins, so it reads citations as written, before they become links.
 */
export function handbookHeadingIds(): MdastPluginEntry {
	// A factory: Sätteri calls it once per document, so repeated headings are counted per page.
	return () => {
		const anchorOf = pageAnchors();
		return defineMdastPlugin({
			name: 'handbook-heading-ids',
			heading(node, ctx) {
				const data = (node.data ?? {}) as Record<string, unknown>;
				const properties = (data.hProperties ?? {}) as Record<string, unknown>;
				ctx.setProperty(node, 'data', { ...data, hProperties: { ...properties, id: anchorOf(node) } });
			},
		});
	};
}
