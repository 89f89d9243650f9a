// The search vocabulary's check: the file parses and fits its schema, every target exists
// (a term some reader page uses, a glossary term, a capability, a practice page), no entry
// maps a word to itself, and no word is listed twice.
import path from 'node:path';
import { phraseKey, tokenize } from '../lib/search-query.ts';
import {
	contentWords,
	readVocabularyFile,
	targetKinds,
	targetResolver,
	vocabularyFile,
} from '../lib/search-vocabulary.ts';
import { vocabularyFileSchema } from '../schemas/vocabulary.ts';
import type { Problem } from './rules.ts';
import { didYouMean } from './suggest.ts';
import type { ContentSet } from './validate.ts';

/** What each kind of target must name, for the hints. */
const targetHelp = {
	terms: 'A term must be words that a reader page of the handbook uses (all of them on one page).',
	glossary: 'Name a term id from `content/glossary/terms.yaml`.',
	capabilities: 'Name a capability id from `content/taxonomy/leads.yaml`.',
	practices: 'Name a practice page by the last part of its address, such as `power-dynamics`.',
} as const;

/** Checks `content/search/vocabulary.yaml` (when the content set has one) and returns its problems. */
export function checkSearchVocabulary(content: ContentSet): Problem[] {
	const file = readVocabularyFile(content.root);
	if (!file) return [];
	const shown = path.join(path.basename(content.root), vocabularyFile);
	const problems: Problem[] = [];
	const add = (keyPath: (string | number)[], rule: Problem['rule'], message: string, hint: string) =>
		problems.push({ file: shown, ...file.locate(keyPath), rule, message, hint });

	for (const error of file.syntaxErrors)
		problems.push({
			file: shown,
			...error.position,
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
	const readable = {
		terms: !content.pages.some((p) => p.mdxSyntax || p.frontmatterSyntax),
		glossary: content.glossary.size > 0,
		capabilities: content.framework !== undefined,
		practices: !content.pages.some((p) => p.frontmatterSyntax),
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
