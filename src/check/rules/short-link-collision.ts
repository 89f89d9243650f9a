import type { HandbookModel } from '../../model/load.ts';
import type { Position } from '../../model/data-file.ts';
import { shortPath } from '../../model/routes.ts';
import type { ShortLink } from '../../model/short-links.ts';
import { defineRule } from '../rule.ts';

/** Where a short link is defined: the page's `shortId` (or its file), or the id in a data file. */
function definedAt(model: HandbookModel, link: ShortLink): { file: string; at: Position } {
	if (link.kind === 'page') {
		const page = model.pages.find((p) => p.url === link.target)!;
		const at = page.frontmatter?.shortId ? page.frontmatterFile?.locate(['shortId']) : undefined;
		return { file: page.file, at: at ?? { line: 1, column: 1 } };
	}
	const source = link.kind === 'glossary-term' ? model.sources.glossary : model.sources.reflection;
	const index = source.value?.findIndex((item) => item.id === link.id) ?? -1;
	return {
		file: source.file,
		at: source.data && index >= 0 ? source.data.locate([index, 'id']) : { line: 1, column: 1 },
	};
}

export const describeLink = (link: ShortLink) =>
	link.kind === 'page'
		? `the page ${link.target}`
		: link.kind === 'glossary-term'
			? `the glossary term \`${link.id}\``
			: `the reflection question \`${link.id}\``;

export default defineRule({
	id: 'short-link-collision',
	kind: 'editorial',
	summary:
		'Short links (`/go/<id>/`) are one id space shared by reader pages, reflection questions and glossary terms: each id leads to one place only.',
	example: '- id: trust\n  term: Trust\n(the topic page /coalitions/trust/ has the short link /go/trust/ too)',
	fix: "shortId: trust-topic (in the newer page's frontmatter; never change an id already published)",
	scope: 'site',
	check({ model, derived, report }) {
		const owners = new Map<string, ShortLink>();
		for (const link of derived.shortLinks) {
			const owner = owners.get(link.id);
			if (!owner) {
				owners.set(link.id, link);
				continue;
			}
			// Two entries of one data file with one id are duplicate-id's to report, once; two pages at one address,
			// duplicate-page's.
			if (owner.kind === link.kind && (link.kind !== 'page' || owner.target === link.target)) continue;
			const type = String(model.pages.find((p) => p.url === link.target)?.frontmatter?.type ?? 'page');
			report({
				...definedAt(model, link),
				message: `the short link ${shortPath(link.id)} would lead both to ${describeLink(owner)} and to ${describeLink(link)}`,
				hint:
					link.kind === 'page'
						? `Give this page its own short id in its frontmatter (for example \`shortId: ${link.id}-${type}\`); never change an id already published.`
						: 'Short ids are shared by reader pages, reflection questions and glossary terms: rename the newer one, never one already published.',
			});
		}
	},
});
