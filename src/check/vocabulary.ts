// The search vocabulary's check: the file parses and fits its schema, every target exists
// (a term some reader page uses, a glossary term, a capability, a practice page), no entry
// maps a word to itself, and no word is listed twice.
import path from 'node:path';
import { phraseKey, tokenize } from '../site/search/query.ts';
import {
	contentWords,
	readVocabularyFile,
	targetKinds,
	targetResolver,
	vocabularyFile,
} from '../site/search/vocabulary.ts';
import { vocabularyFileSchema } from '../schemas/vocabulary.ts';
import type { ContentSet } from '../validation/validate.ts';
import type { Report } from './rule.ts';
import { didYouMean } from './suggest.ts';

/** What each kind of target must name, for the hints. */
const targetHelp = {
	terms: 'A term must be words that a reader page of the handbook uses (all of them on one page).',
	glossary: 'Name a term id from `content/glossary/terms.yaml`.',
	capabilities: 'Name a capability id from `content/taxonomy/leads.yaml`.',
	practices: 'Name a practice page by the last part of its address, such as `power-dynamics`.',
} as const;

/** Checks `content/search/vocabulary.yaml` (when the content set has one) and returns its problems. */
/** A vocabulary problem, with the id of the rule that reports it. */
export type VocabularyProblem = Report & { rule: string };

// One run per version of the content: four rules report from it.
const runs = new WeakMap<ContentSet, VocabularyProblem[]>();

/** The problems of `content/search/vocabulary.yaml` (when the content set has one), computed once per model. */
export function vocabularyProblems(content: ContentSet): VocabularyProblem[] {
	let found = runs.get(content);
	if (!found) runs.set(content, (found = checkSearchVocabulary(content)));
	return found;
}

function checkSearchVocabulary(content: ContentSet): VocabularyProblem[] {
	const file = readVocabularyFile(content.root);
	if (!file) return [];
	const shown = path.join(path.basename(content.root), vocabularyFile);
	const problems: VocabularyProblem[] = [];
	const add = (keyPath: (string | number)[], rule: string, message: string, hint: string) =>
		problems.push({ file: shown, at: file.locate(keyPath), rule, message, hint });

	for (const error of file.syntaxErrors)
		problems.push({
			file: shown,
			at: error.position,
			rule: 'data-syntax',
			message: error.message,
			hint: 'Fix the YAML syntax at this line.',
		});
	if (file.syntaxErrors.length) return problems;
	const parsed = vocabularyFileSchema.safeParse(file.value);
	if (!parsed.success) {
		for (const issue of parsed.error.issues)
			add(
				issue.path as (string | number)[],
				'data-field',
				`${issue.path.length ? `\`${issue.path.join('.')}\`` : 'the file'} ${issue.message}`,
				'Each entry has `words` (what leaders type) and at least one of `terms`, `glossary`, `capabilities` or `practices`.',
			);
		return problems;
	}

	const resolve = targetResolver(content);
	const candidates = {
		terms: [] as string[],
		glossary: [...content.glossary.keys()],
		capabilities: [...(content.framework?.capabilities.keys() ?? [])],
		practices: content.pages.filter((p) => p.frontmatter?.type === 'practice').map((p) => p.url.split('/')[2] ?? ''),
	};
	// A target is only called unknown when what it names could be read: a page or data file that does
	// not parse is reported on its own, and would otherwise make every target in it look missing.
	const clean = (source: { syntaxErrors: unknown[]; issues: unknown[]; exists: boolean }) =>
		source.exists && !source.syntaxErrors.length && !source.issues.length;
	const readable = {
		terms: content.pages.length > 0 && !content.pages.some((p) => p.mdxSyntax || p.frontmatterSyntax || p.unreadable),
		glossary: clean(content.sources.glossary),
		capabilities: content.framework !== undefined && clean(content.sources.framework),
		practices: content.pages.length > 0 && !content.pages.some((p) => p.frontmatterSyntax || p.unreadable),
	};
	const firstSeen = new Map<string, number>();
	parsed.data.forEach((entry, i) => {
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
					`\`${word}\` is already in the vocabulary (the entry at line ${file.locate([first]).line})`,
					'Each word appears once: merge the two entries, or remove this word.',
				);
			else firstSeen.set(key, i);
		});
	});
	return problems;
}
