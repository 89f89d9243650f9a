import { counterpartUrl, localeOf, localePrefix } from '../../model/locales.ts';
import { defineRule } from '../rule.ts';
import { resolveLink } from '../links.ts';

/**
 * A warning, not an error: a translation is usually partial, and a page may have to send its readers to a page
 * that exists only in another language. The reader should know, and the editor should link to the page in the
 * reader's language as soon as there is one, which the hint names.
 */
export default defineRule({
	id: 'cross-locale-link',
	kind: 'editorial',
	severity: 'warn',
	summary:
		"A page links to pages in its own language (a warning): a link from a page in `docs/fr/` to a page outside it (or from an English page into `docs/fr/`) takes readers into another language's pages, sidebar and search. When the page exists in the link's own language, link to that one.",
	example: 'content/docs/fr/pratiques/ecoute.mdx: [Trust](/coalitions/trust/)',
	fix: 'content/docs/fr/pratiques/ecoute.mdx: [La confiance](/fr/coalitions/trust/)',
	scope: 'site',
	check({ model, pages, report }) {
		const { locales } = model;
		if (Object.keys(locales).length < 2) return;
		const published = new Set(model.pages.map((page) => page.url));
		const label = (locale: string) => locales[locale]?.label ?? locale;
		for (const page of pages) {
			const mine = localeOf(page.url, locales);
			for (const { value, position } of page.links) {
				const link = resolveLink(value, page.url);
				// Only links to the handbook's pages: generated routes and files belong to no language.
				if (link.kind !== 'internal' || !published.has(link.path)) continue;
				const theirs = localeOf(link.path, locales);
				if (theirs === mine) continue;
				const counterpart = counterpartUrl(link.path, theirs, mine);
				const anchor = link.anchor ? `#${link.anchor}` : '';
				report({
					file: page.file,
					at: position,
					message: `\`${value}\` links this page, in ${label(mine)}, to a page in ${label(theirs)}`,
					hint: published.has(counterpart)
						? `Link to \`${counterpart}${anchor}\`, the same page in ${label(mine)}.`
						: `There is no ${label(mine)} version of it yet (it would be at \`${counterpart}\`, a file under \`docs${localePrefix(mine)}\`): keep the link if readers need that page in ${label(theirs)}, or translate it and link to the translation.`,
				});
			}
		}
	},
});
