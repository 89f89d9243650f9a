// The needs' check (content/search/needs.yaml): the file parses and fits its schema, every
// answer and nearest page is a page of the handbook outside the authoring guide (and its anchor a heading of it),
// no phrasing is listed twice (in the same words, as search reads them), and every phrasing is specific enough to
// match a query: two meaningful words or more.
import path from 'node:path';
import { needWords } from '../search/needs-match.ts';
import { isAuthoringUrl } from '../search/vocabulary.ts';
import { needTargetCandidates, needTargetResolver, needsFile, readNeedsFile } from '../search/needs.ts';
import { needsFileSchema } from '../schemas/needs.ts';
import type { HandbookModel } from '../model/load.ts';
import { parseSearchDataFile, type SearchDataProblem } from './search-data-file.ts';
import { didYouMean } from './suggest.ts';

/** A needs problem, with the id of the rule that reports it. */
export type NeedsProblem = SearchDataProblem;

const runs = new WeakMap<HandbookModel, NeedsProblem[]>();

/** The problems of `content/search/needs.yaml` (when the content set has one), computed once per model. */
export function needsProblems(content: HandbookModel): NeedsProblem[] {
	let found = runs.get(content);
	if (!found) runs.set(content, (found = checkNeeds(content)));
	return found;
}

/** Whether the pages could be read: a page that does not parse is reported on its own, and its anchors are unknown. */
const pagesReadable = (content: HandbookModel) =>
	content.pages.length > 0 && !content.pages.some((p) => p.mdxSyntax || p.frontmatterSyntax || p.unreadable);

function checkNeeds(content: HandbookModel): NeedsProblem[] {
	const file = readNeedsFile(content.root);
	if (!file) return [];
	const shown = path.join(path.basename(content.root), needsFile);
	const { problems, add, value } = parseSearchDataFile(
		file,
		shown,
		needsFileSchema,
		'Each entry has `needs` (situations in a leader’s words) and either `answer` (a page address, with `#anchor` for a heading) or `gap` (what the sources do not cover) with `nearest` pages.',
	);
	if (!value) return problems;

	const resolve = needTargetResolver(content);
	const candidates = needTargetCandidates(content);
	const readable = pagesReadable(content);
	const checkTarget = (address: string, keyPath: (string | number)[]) => {
		const found = resolve(address);
		if (typeof found !== 'string' || !readable) return;
		add(
			keyPath,
			'unknown-need-target',
			found === 'page'
				? isAuthoringUrl(address)
					? `\`${address}\` is an address in the authoring guide, which search does not show readers`
					: `\`${address}\` is not a page of the handbook, so search cannot show it for this need`
				: `\`${address}\` names no heading of ${address.split('#')[0]}, so search would link to nowhere`,
			didYouMean(
				address,
				candidates,
				'Name a page by its address (`/coalitions/trust/`), with `#anchor` for one of its headings.',
			),
		);
	};
	const firstSeen = new Map<string, number>();
	value.forEach((entry, i) => {
		if (entry.answer) checkTarget(entry.answer, [i, 'answer']);
		(entry.nearest ?? []).forEach((address, j) => checkTarget(address, [i, 'nearest', j]));
		entry.needs.forEach((need, j) => {
			const words = needWords(need);
			if (words.length < 2)
				add(
					[i, 'needs', j],
					'vague-need',
					`\`${need}\` has ${words.length ? 'one meaningful word' : 'no meaningful word'}, so it would match queries about anything`,
					'Describe the situation as a leader would, with at least two meaningful words (`partners keep missing meetings`).',
				);
			const key = [...words].sort().join(' ');
			const first = firstSeen.get(key);
			if (first !== undefined)
				add(
					[i, 'needs', j],
					'duplicate-need',
					`\`${need}\` says what a phrasing at line ${file.locate([first]).line} already says, in the words search reads`,
					'Each situation is listed once: keep it in the entry whose page answers it best, and remove it here.',
				);
			else firstSeen.set(key, i);
		});
	});
	return problems;
}
