import { defineRule } from '../rule.ts';
import { listed } from '../schema-words.ts';
import { textFieldValues } from '../text-fields.ts';

/** Markdown a writer might put in a text field, each with what a reader should see instead. */
const markdown: readonly { pattern: RegExp; plain: (match: RegExpExecArray) => string }[] = [
	// A link or an image (`[text](/x/)`, `![alt](/x.png)`); a citation (`[@key]`) has no `(...)` after it.
	{ pattern: /!?\[([^\]\n]*)\]\([^)\n]*\)/, plain: (m) => m[1]! },
	// Strong and emphasis, with `*` or `_`, around words (a lone `*` or `snake_case` is text).
	{ pattern: /(\*\*|__)(?=\S)([^\n]*?\S)\1/, plain: (m) => m[2]! },
	{ pattern: /(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])/, plain: (m) => m[1]! },
	{ pattern: /(?<![\w_])_(?=[^\s_])([^_\n]*?[^\s_])_(?![\w_])/, plain: (m) => m[1]! },
	{ pattern: /`([^`\n]+)`/, plain: (m) => m[1]! },
];

/** Every piece of Markdown in `text`, in order, as written and as plain text. */
function markdownIn(text: string): { written: string; plain: string }[] {
	const found: { at: number; written: string; plain: string }[] = [];
	for (const { pattern, plain } of markdown)
		for (const match of text.matchAll(new RegExp(pattern, 'g')))
			found.push({ at: match.index, written: match[0], plain: plain(match as RegExpExecArray) });
	// Inside a link's text, strong text is the link's: one piece each, the outermost.
	return found
		.sort((a, b) => a.at - b.at || b.written.length - a.written.length)
		.filter((piece, i, all) => !all.slice(0, i).some((o) => piece.at < o.at + o.written.length));
}

/** How an editor finds the field: `title`, `hero.tagline`, or "In brief" point 2. */
const fieldName = (keyPath: (string | number)[]) =>
	keyPath[0] === 'inBrief' ? `"In brief" point ${Number(keyPath[1]) + 1}` : `\`${keyPath.join('.')}\``;

/** What a reader would see of the Markdown in a field, and what to write instead; undefined when there is none. */
function problemIn(value: unknown, field: string): { message: string; hint: string } | undefined {
	const pieces = typeof value === 'string' ? markdownIn(value) : [];
	if (!pieces.length) return undefined;
	const link = pieces.some((piece) => piece.written.includes(']('));
	return {
		message: `${field} has Markdown, ${listed(pieces.map((p) => `\`${p.written}\``))}, which readers would see as typed: the field is plain text`,
		hint: `Write ${listed(pieces.map((p) => `\`${p.plain}\``))} instead${link ? ", and link from a page's body" : ''}.`,
	};
}

/** The data files' fields that are shown as plain text: a glossary term and its definition, a reflection question. */
const dataTexts = [
	{ source: 'glossary', fields: ['term', 'definition'] },
	{ source: 'reflection', fields: ['text'] },
] as const;

export default defineRule({
	id: 'markdown-in-text',
	kind: 'editorial',
	summary:
		'Titles, descriptions, "In brief" points and other text fields of the frontmatter, glossary definitions and reflection questions are shown as typed, so Markdown in them (`**bold**`, `*emphasis*`, `[a link](/x/)`, code between backticks) would show its symbols to readers; only the citations of "In brief" points are read.',
	example: 'inBrief:\n  - "Agree on a **common purpose**, as [the capability](/leads/) says [@key]."',
	fix: 'inBrief:\n  - "Agree on a common purpose [@key]."\n(the link goes in the page\'s body)',
	scope: 'site',
	check({ model, pages, report }) {
		for (const page of pages) {
			const fields = page.frontmatter;
			if (!fields || !page.frontmatterFile) continue;
			// The text fields, and the "In brief" points, whose citations (`[@key]`) are read and nothing else.
			const texts = textFieldValues(fields);
			if (Array.isArray(fields.inBrief))
				fields.inBrief.forEach((value: unknown, i) => texts.push({ keyPath: ['inBrief', i], value }));
			for (const { keyPath, value } of texts) {
				const problem = problemIn(value, fieldName(keyPath));
				if (problem) report({ file: page.file, at: page.frontmatterFile.locate(keyPath), ...problem });
			}
		}
		for (const { source, fields } of dataTexts) {
			const { file, data, value } = model.sources[source];
			(value ?? []).forEach((item: Record<string, unknown>, i: number) => {
				for (const field of fields) {
					const problem = problemIn(item[field], `the \`${field}\` of \`${String(item.id)}\``);
					if (problem && data) report({ file, at: data.locate([i, field]), ...problem });
				}
			});
		}
	},
});
