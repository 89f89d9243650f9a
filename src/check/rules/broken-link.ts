import fs from 'node:fs';
import path from 'node:path';
import type { Position } from '../../model/data-file.ts';
import { defineRule, type Report } from '../rule.ts';
import { suggestion } from '../suggest.ts';
import { resolveLink, type ResolvedLink } from '../links.ts';

const pathHint =
	'Link to a page by its path from the site root, with a trailing slash, for example `/coalitions/trust/`.';

/** Why a link that is not a published address is refused, and how to fix it. */
function problemOf(url: string, link: ResolvedLink): Pick<Report, 'message' | 'hint'> | undefined {
	if (link.kind === 'empty')
		return { message: 'the link has no address', hint: 'Write the address between the parentheses: `[text](/path/)`.' };
	if (link.kind === 'malformed')
		return {
			message: `\`${url}\` has a malformed %-escape`,
			hint: 'Write the address as plain text, or escape `%` as `%25`.',
		};
	return undefined;
}

/**
 * The page address of a path that names a page's file: the HTML file a build writes for it
 * (`/cases/example/index.html`, or `/cases/example.html` as other site generators write it), or its source file, as
 * a link between files in an editor or on GitHub is written (`../cases/example.mdx`): `/cases/example/`. Undefined
 * for any other path.
 */
function pageOfFile(pathname: string): string | undefined {
	const index = /^(.*\/)index\.(?:html?|mdx?)$/i.exec(pathname);
	if (index) return index[1];
	const file = /^(.+)\.(?:html?|mdx?)$/i.exec(pathname);
	return file ? `${file[1]}/` : undefined;
}

export default defineRule({
	id: 'broken-link',
	kind: 'editorial',
	summary:
		'Internal links (Markdown, reference-style, JSX `href`, glossary `page:`) must point at a page or file that exists.',
	example: '[Trust](/coalition/trust/)',
	fix: '[Trust](/coalitions/trust/)',
	scope: 'site',
	check({ model, pages, derived, report }) {
		const redirected = new Map(model.redirects.map((r) => [r.from, r.to]));
		const check = (file: string, at: Position, url: string, from: string) => {
			const link = resolveLink(url, from);
			const problem = problemOf(url, link);
			if (problem) return report({ file, at, ...problem });
			// `javascript:` and `data:` links are unsafe-content's.
			if (link.kind !== 'internal' || derived.anchorsByUrl.has(link.path)) return;
			if (/\.[a-z0-9]+$/i.test(link.path) && fs.existsSync(path.join(model.displayRoot, 'public', link.path))) return;
			const renamed = redirected.get(link.path);
			if (renamed)
				return report({
					file,
					at,
					message: `\`${url}\` is the old address of a renamed page`,
					hint: `Link to the page where it is now, ${renamed}: the old address only redirects there.`,
				});
			const address = pageOfFile(link.path);
			if (address !== undefined && derived.anchorsByUrl.has(address))
				return report({
					file,
					at,
					message: `\`${url}\` names the file of a page, not the page's address`,
					hint: `Link to \`${address}${link.anchor ? `#${link.anchor}` : ''}\`, the page's address: the sidebar, search and short links use it, and it works wherever the site is hosted.`,
				});
			report({
				file,
				at,
				message: `\`${url}\` points at no page`,
				...suggestion(link.path, derived.anchorsByUrl.keys(), pathHint),
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
