import { findCitations } from '../../citations/citations.ts';
import type { Position } from '../../model/data-file.ts';
import type { HandbookModel } from '../../model/load.ts';
import type { PageInfo, TextBlock } from '../../model/pages.ts';
import { marksReading } from '../../model/interpretation.ts';
import { typesWhere } from '../../model/page-types.ts';
import { excerpt } from '../excerpt.ts';
import { defineRule } from '../rule.ts';

/** The pages whose statements readers act on: the types the registry marks `traced`, and the page that starts from challenges. */
const tracedTypes = new Set<string>(typesWhere((entry) => Boolean(entry.traced)));
const tracedFiles = new Set(['challenges.mdx']);

const isTracedPage = (page: PageInfo) =>
	tracedTypes.has(String(page.frontmatter!.type)) || tracedFiles.has(page.relativePath);

/**
 * What states nothing, declared here once for every page:
 * - navigation: a block that is only links to handbook pages (or a lead-in such as "See:"), joined by punctuation, "and", "or",
 *   "see also" and the name of the kind of page they lead to ("Topic: [Trust](/coalitions/trust/)");
 * - a label: a table's header cell or row label (headings and components are never blocks);
 * - a question: a block whose sentences all ask (a question for discussion cites nothing).
 */
const joiners =
	/^(?:[\s\p{P}\p{S}]|\b(?:and|or|the|a|an|see|also|topics?|practices?|lessons?|cases?|case stud(?:y|ies)|capabilit(?:y|ies)|domains?|pages?)\b)*$/iu;
export function statesNothing(block: TextBlock): boolean {
	if (block.label) return true;
	if (joiners.test(block.prose ?? block.text)) return true;
	const sentences = block.text.trim();
	// Every sentence asks: the block ends with a question mark, and no full stop or exclamation mark ends a sentence
	// before it (one followed by a space; abbreviations such as "e.g." do not end one).
	return sentences.endsWith('?') && !/[.!]\s/.test(sentences.replace(/\b(?:e\.g|i\.e|etc)\./g, ''));
}

/** Whether a text carries its trace: a citation, or the marker of the handbook's reading. */
export const carriesTrace = (text: string) => findCitations(text).length > 0 || marksReading(text);

/** A block is traced by its own citation or marker, or by the marker in the lead-in of its list. */
export const isTraced = (block: TextBlock) =>
	carriesTrace(block.text) || block.leadIns.some((text) => marksReading(text));

/** One statement of the handbook, where it is, and whether it is traced. */
export interface Statement {
	file: string;
	at: Position;
	kind: TextBlock['kind'] | 'In brief point' | 'glossary definition';
	text: string;
	traced: boolean;
}

/** Every statement of the reader pages: their "In brief" points and blocks, in file order. */
export function pageStatements(pages: PageInfo[]): Statement[] {
	const found: Statement[] = [];
	for (const page of pages) {
		if (!page.frontmatter || page.mdxSyntax || !isTracedPage(page)) continue;
		const points = page.frontmatter.inBrief;
		if (Array.isArray(points) && page.frontmatterFile)
			points.forEach((point, i) => {
				if (typeof point !== 'string') return;
				const file = page.frontmatterFile!;
				found.push({
					file: page.file,
					// Found when asked: locating a point parses the frontmatter again, for positions.
					get at() {
						return file.locate(['inBrief', i]);
					},
					kind: 'In brief point',
					text: point,
					traced: carriesTrace(point),
				});
			});
		for (const { value: block, position } of page.blocks) {
			if (statesNothing(block)) continue;
			found.push({ file: page.file, at: position, kind: block.kind, text: block.text, traced: isTraced(block) });
		}
	}
	return found;
}

/**
 * The glossary's definitions as statements, each traced by its `cite` or a citation in its text. The rule does not
 * report them: the glossary's schema requires `cite`, and data-field reports a term without it. They count in the
 * handbook's traceability (`scripts/traceability.ts`).
 */
export function glossaryStatements(model: HandbookModel): Statement[] {
	const { file, data, value } = model.sources.glossary;
	if (!data || !value) return [];
	return value.map((term, i) => ({
		file,
		at: data.locate([i, 'definition']),
		kind: 'glossary definition',
		text: term.definition,
		traced: Boolean(term.cite?.length) || carriesTrace(term.definition),
	}));
}

export default defineRule({
	id: 'untraced-statement',
	kind: 'editorial',
	summary:
		'On reader pages (practices, topics, lessons, case studies, capabilities, challenges), every paragraph, list item, quoted paragraph, table cell and "In brief" point cites its source or is marked as the handbook\'s reading; blocks that are only links to handbook pages, table labels and questions are exempt.',
	example: '- Partners should agree on a process for conflict early.',
	fix: "- Partners should agree on a process for conflict early [@leadersforlife-2010-develop].\n(or a list lead-in: These points are the handbook's reading of the sources:)",
	// Warn until every reader page is traced (issue #22); then the default becomes an error.
	scope: 'page',
	check({ pages, report }) {
		for (const statement of pageStatements(pages)) {
			if (statement.traced) continue;
			report({
				file: statement.file,
				at: statement.at,
				message: `this ${statement.kind} states something but names no source: "${excerpt(statement.text, 60)}"`,
				hint:
					statement.kind === 'In brief point'
						? 'End the point with the citation of the source it comes from, inside the string: `"... [@key]."` (keys are in content/bibliography/references.json).'
						: 'Cite the source it comes from with `[@key]` (or `[@key, sec. Name]`), or, when the block is the handbook\'s own connection, say so: the phrase "the handbook\'s reading" in the block, or in the lead-in paragraph of its list, marks it.',
			});
		}
	},
});
