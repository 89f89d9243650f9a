import { characterEntities } from 'character-entities';
import { defineRule } from '../rule.ts';
import { textFieldValues } from '../text-fields.ts';

/**
 * Text that an HTML parser would read as markup: a tag, a comment or a character reference. A named reference counts
 * only when HTML names it (`&amp;`, `&AElig;`), so "R&D;" or "Q&A;" is text, shown as typed.
 */
const looksLikeMarkup = (text: string) =>
	/<[a-z!/?]|&(#\d+|#x[0-9a-f]+);/i.test(text) ||
	[...text.matchAll(/&([a-z][a-z0-9]*);/gi)].some(([, name]) => Object.hasOwn(characterEntities, name!));

export default defineRule({
	id: 'markup-in-text',
	kind: 'safety',
	summary: 'Titles, descriptions and other text fields hold plain text, never HTML.',
	example: 'title: Trust</title><script>alert(1)</script>',
	fix: 'title: Trust',
	scope: 'page',
	check({ pages, report }) {
		for (const page of pages) {
			if (!page.frontmatter || !page.frontmatterFile) continue;
			for (const { keyPath, value } of textFieldValues(page.frontmatter)) {
				if (typeof value !== 'string' || !looksLikeMarkup(value)) continue;
				report({
					file: page.file,
					at: page.frontmatterFile.locate(keyPath),
					message: `\`${keyPath.join('.')}\` contains HTML`,
					hint: 'Write it as plain text: no tags, no `&...;` entities (type the character itself).',
				});
			}
		}
	},
});
