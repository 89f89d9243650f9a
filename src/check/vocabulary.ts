// The search vocabulary's check: the file parses and fits its schema, every target exists
// (a term some reader page uses, a glossary term, a capability, a practice page), no entry
// maps a word to itself, and no word is listed twice.
import path from 'node:path';
import { phraseKey, tokenize } from '../search/words.ts';
import {
	contentWords,
	readVocabularyFile,
	targetKinds,
	targetResolver,
	vocabularyFile,
	type TargetKind,
} from '../search/vocabulary.ts';
import { vocabularyFileSchema, type VocabularyEntry } from '../schemas/vocabulary.ts';
import type { HandbookModel } from '../model/load.ts';
import { parseSearchDataFile, type AddProblem, type SearchDataProblem } from './search-data-file.ts';
import { didYouMean } from './suggest.ts';

/** What each kind of target must name, for the hints. */
const targetHelp = {
	terms: 'A term must be words that a reader page of the handbook uses (all of them on one page).',
	glossary: 'Name a term id from `content/glossary/terms.yaml`.',
	capabilities: 'Name a capability id from `content/taxonomy/leads.yaml`.',
	practices: 'Name a practice page by the last part of its address, such as `power-dynamics`.',
} as const;

/** A vocabulary problem, with the id of the rule that reports it. */
export type VocabularyProblem = SearchDataProblem;

// One run per version of the content: four rules report from it.
const runs = new WeakMap<HandbookModel, VocabularyProblem[]>();

/** The problems of `content/search/vocabulary.yaml` (when the content set has one), computed once per model. */
export function vocabularyProblems(content: HandbookModel): VocabularyProblem[] {
	let found = runs.get(content);
	if (!found) runs.set(content, (found = checkSearchVocabulary(content)));
	return found;
}

/** Reports one problem at a key path of the vocabulary file. */
type Add = AddProblem;

/** What each kind of target could name, offered in the hint when a target names nothing. */
function targetCandidates(content: HandbookModel): Record<TargetKind, string[]> {
	return {
		terms: [],
		glossary: [...content.glossary.keys()],
		capabilities: [...(content.framework?.capabilities.keys() ?? [])],
		practices: content.pages.filter((p) => p.frontmatter?.type === 'practice').map((p) => p.url.split('/')[2] ?? ''),
	};
}

/**
 * Whether what each kind of target names could be read. A target is only called unknown when it could: a page or
 * data file that does not parse is reported on its own, and would otherwise make every target in it look missing.
 */
function readableTargets(content: HandbookModel): Record<TargetKind, boolean> {
	const clean = (source: { syntaxErrors: unknown[]; issues: unknown[]; exists: boolean }) =>
		source.exists && !source.syntaxErrors.length && !source.issues.length;
	return {
		terms: content.pages.length > 0 && !content.pages.some((p) => p.mdxSyntax || p.frontmatterSyntax || p.unreadable),
		glossary: clean(content.sources.glossary),
		capabilities: content.framework !== undefined && clean(content.sources.framework),
		practices: content.pages.length > 0 && !content.pages.some((p) => p.frontmatterSyntax || p.unreadable),
	};
}

/** What the targets are checked against: what each names, what each kind could name, and whether that could be read. */
interface TargetLookup {
	resolve: ReturnType<typeof targetResolver>;
	candidates: Record<TargetKind, string[]>;
	readable: Record<TargetKind, boolean>;
}

/** Reports the targets of entry `i` that name nothing, and returns the phrase keys of those that name something. */
function checkTargets(
	entry: VocabularyEntry,
	i: number,
	{ resolve, candidates, readable }: TargetLookup,
	add: Add,
): Set<string> {
	const targets = new Set<string>();
	for (const kind of targetKinds) {
		(entry[kind] ?? []).forEach((value, j) => {
			const name = resolve(kind, value);
			if (name === undefined && readable[kind]) {
				add(
					[i, kind, j],
					'unknown-vocabulary-target',
					`\`${value}\` is not ${kind === 'terms' ? 'a term any reader page uses' : `a known ${kind === 'glossary' ? 'glossary term' : kind === 'capabilities' ? 'capability' : 'practice'}`}, so searching for it finds nothing`,
					didYouMean(value, candidates[kind], targetHelp[kind]),
				);
			} else if (name !== undefined) targets.add(phraseKey(contentWords(name)));
		});
	}
	return targets;
}

/**
 * Reports the words of entry `i` that mean one of its own `targets`, or that an earlier entry lists
 * (`firstSeen` holds the entry each word was first seen in, and learns this entry's words).
 */
function checkWords(
	entry: VocabularyEntry,
	i: number,
	targets: ReadonlySet<string>,
	firstSeen: Map<string, number>,
	line: (entry: number) => number,
	add: Add,
): void {
	entry.words.forEach((word, j) => {
		// Search matches a word with its filler words, as typed; it means what its meaningful words mean.
		const key = phraseKey(tokenize(word));
		if (targets.has(phraseKey(contentWords(word))))
			add(
				[i, 'words', j],
				'vocabulary-self-mapping',
				`\`${word}\` maps to itself, which changes nothing`,
				'Remove the word, or map it to a different term the handbook uses.',
			);
		const first = firstSeen.get(key);
		if (first !== undefined)
			add(
				[i, 'words', j],
				'duplicate-vocabulary-word',
				`\`${word}\` is already in the vocabulary (the entry at line ${line(first)})`,
				'Each word appears once: merge the two entries, or remove this word.',
			);
		else firstSeen.set(key, i);
	});
}

/** Checks `content/search/vocabulary.yaml` (when the content set has one) and returns its problems. */
function checkSearchVocabulary(content: HandbookModel): VocabularyProblem[] {
	const file = readVocabularyFile(content.root);
	if (!file) return [];
	const shown = path.join(path.basename(content.root), vocabularyFile);
	const { problems, add, value } = parseSearchDataFile(
		file,
		shown,
		vocabularyFileSchema,
		'Each entry has `words` (what leaders type) and at least one of `terms`, `glossary`, `capabilities` or `practices`.',
	);
	if (!value) return problems;

	const lookup: TargetLookup = {
		resolve: targetResolver(content),
		candidates: targetCandidates(content),
		readable: readableTargets(content),
	};
	const firstSeen = new Map<string, number>();
	value.forEach((entry, i) => {
		const targets = checkTargets(entry, i, lookup, add);
		checkWords(entry, i, targets, firstSeen, (first) => file.locate([first]).line, add);
	});
	return problems;
}
