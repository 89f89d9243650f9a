import { defineRule } from '../rule.ts';
import { resolveLink } from '../links.ts';
import { suggestion } from '../suggest.ts';

export default defineRule({
	id: 'broken-anchor',
	summary: 'A `#anchor` must match a heading on the page it points at.',
	example: '[the lifecycle](/coalitions/lifecycle/#stages)',
	fix: '[the lifecycle](/coalitions/lifecycle/#formation-operation-dissolution)',
	scope: 'site',
	check({ pages, derived, report }) {
		for (const page of pages)
			for (const { value: url, position } of page.links) {
				const link = resolveLink(url, page.url);
				if (link.kind !== 'internal' || !link.anchor) continue;
				const anchors = derived.anchorsByUrl.get(link.path);
				if (!anchors || anchors.has(link.anchor)) continue;
				report({
					file: page.file,
					at: position,
					message: `\`#${link.anchor}\` matches no heading on ${link.path}`,
					...suggestion(link.anchor, anchors, 'An anchor is the heading text in lowercase with hyphens for spaces.'),
				});
			}
	},
});
