import fs from 'node:fs';
import path from 'node:path';
import { defineRule } from '../rule.ts';
import { suggestion } from '../suggest.ts';
import { resolveLink } from '../links.ts';

export default defineRule({
	id: 'broken-link',
	summary:
		'Internal links (Markdown, reference-style, JSX `href`, glossary `page:`) must point at a page or file that exists.',
	example: '[Trust](/coalition/trust/)',
	fix: '[Trust](/coalitions/trust/)',
	scope: 'site',
	check({ model, pages, derived, report }) {
		const check = (file: string, at: { line: number; column: number }, url: string, from: string) => {
			const link = resolveLink(url, from);
			if (link.kind !== 'internal' && link.kind !== 'malformed') return;
			if (link.kind === 'malformed') {
				report({
					file,
					at,
					message: `\`${url}\` has a malformed %-escape`,
					hint: 'Write the address as plain text, or escape `%` as `%25`.',
				});
				return;
			}
			if (derived.anchorsByUrl.has(link.path)) return;
			if (/\.[a-z0-9]+$/i.test(link.path) && fs.existsSync(path.join(model.displayRoot, 'public', link.path))) return;
			report({
				file,
				at,
				message: `\`${url}\` points at no page`,
				...suggestion(
					link.path,
					derived.anchorsByUrl.keys(),
					'Link to a page by its path from the site root, with a trailing slash, for example `/coalitions/trust/`.',
				),
			});
		};
		for (const page of pages) for (const { value, position } of page.links) check(page.file, position, value, page.url);
		if (pages.length !== model.pages.length) return;
		const glossary = model.sources.glossary;
		glossary.value?.forEach((term, i) => {
			if (term.page) check(glossary.file, glossary.data!.locate([i, 'page']), term.page, '/glossary/');
		});
	},
});
