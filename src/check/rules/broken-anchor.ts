import type { Position } from '../../model/data-file.ts';
import { defineRule } from '../rule.ts';
import { resolveLink } from '../links.ts';
import { suggestion } from '../suggest.ts';

export default defineRule({
	id: 'broken-anchor',
	kind: 'editorial',
	summary: 'A `#anchor` (in a page or a glossary `page:`) must match a heading on the page it points at.',
	example: '[the lifecycle](/coalitions/lifecycle/#stages)',
	fix: '[the lifecycle](/coalitions/lifecycle/#formation-operation-dissolution)',
	scope: 'site',
	check({ model, pages, derived, report }) {
		const check = (file: string, at: Position, url: string, from: string) => {
			const link = resolveLink(url, from);
			if (link.kind !== 'internal' || !link.anchor || derived.anchorsUnknown.has(link.path)) return;
			const anchors = derived.anchorsByUrl.get(link.path);
			if (!anchors || anchors.has(link.anchor)) return;
			report({
				file,
				at,
				message: `\`#${link.anchor}\` matches no heading on ${link.path}`,
				...suggestion(link.anchor, anchors, 'An anchor is the heading text in lowercase with hyphens for spaces.'),
			});
		};
		for (const page of pages) for (const { value, position } of page.links) check(page.file, position, value, page.url);
		const glossary = model.sources.glossary;
		glossary.value?.forEach((term, i) => {
			// An address that does not start with `/` is data-field's to report (the glossary's schema refuses it).
			if (term.page?.startsWith('/')) check(glossary.file, glossary.data!.locate([i, 'page']), term.page, '/glossary/');
		});
	},
});
