/**
 * The search vocabulary (`content/search/vocabulary.yaml`): the words health leaders use,
 * mapped to the handbook's own terms. The build turns it into `search-data.json` for the
 * browser; `npm run check` validates it (src/check/vocabulary.ts and its rules).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readDataFile, type DataFile } from '../model/data-file.ts';
import { dataFiles } from '../model/project.ts';
import { missingCanonicalForms } from './spelling.ts';
import { singular, stopWords, tokenize } from './words.ts';
import type { ClientVocabulary } from './query.ts';
import { vocabularyFileSchema, type VocabularyEntry } from '../schemas/vocabulary.ts';
import type { HandbookModel } from '../model/load.ts';

/** Where the vocabulary lives in a content set. Optional: a content set without one searches as typed. */
export const vocabularyFile = dataFiles.vocabulary;

/** Authoring-guide pages are for content editors; readers' search leaves them out unless asked. */
export const isAuthoringUrl = (url: string) => url === '/authoring/' || url.startsWith('/authoring/');

/** Reads the vocabulary file with positions, or undefined when the content set has none. */
export function readVocabularyFile(root: string): DataFile | undefined {
	const file = path.join(root, vocabularyFile);
	return fs.existsSync(file) ? readDataFile(file) : undefined;
}

/** A target of an entry, named as the handbook names it, or undefined when it does not exist. */
export type TargetKind = 'terms' | 'glossary' | 'capabilities' | 'practices';
export const targetKinds: TargetKind[] = ['terms', 'glossary', 'capabilities', 'practices'];

/** The meaningful words of a phrase, as search sees them. */
export const contentWords = (phrase: string) => tokenize(phrase).filter((w) => !stopWords.has(w));

/** Each reader page's words, for checking that a term occurs in the handbook. */
function pageWords(content: HandbookModel): Set<string>[] {
	return content.pages
		.filter((p) => !isAuthoringUrl(p.url))
		.map(
			(p) =>
				new Set(
					tokenize([p.frontmatter?.title, p.frontmatter?.description, p.text].filter(Boolean).join(' ')).flatMap(
						(w) => [w, singular(w), ...w.split('-')],
					),
				),
		);
}

/** Resolves targets to the handbook's names for them; a target that does not exist gives undefined. */
export function targetResolver(content: HandbookModel) {
	const words = pageWords(content);
	const practices = new Map(
		content.pages
			.filter((p) => p.frontmatter?.type === 'practice' && /^\/practices\/[^/]+\/$/.test(p.url))
			.map((p) => [p.url.split('/')[2]!, String(p.frontmatter?.title)] as const),
	);
	return (kind: TargetKind, value: string): string | undefined => {
		switch (kind) {
			case 'terms': {
				// A term exists when one reader page has all its meaningful words, as search will look for them.
				const wanted = contentWords(value);
				return wanted.length && words.some((page) => wanted.every((w) => page.has(w) || page.has(singular(w))))
					? value
					: undefined;
			}
			case 'glossary':
				// The term as the glossary names it, without its abbreviation in brackets.
				return content.glossary.get(value)?.term.replace(/\s*\([^)]*\)\s*$/, '');
			case 'capabilities':
				return content.framework?.capabilities.get(value)?.name;
			case 'practices':
				return practices.get(value);
		}
	};
}

/** The vocabulary as the browser gets it: each entry's words and the handbook's names for its targets. */
export function clientVocabulary(content: HandbookModel): ClientVocabulary {
	const file = readVocabularyFile(content.root);
	const parsed = file && vocabularyFileSchema.safeParse(file.value);
	if (!parsed?.success) return { entries: [] };
	const resolve = targetResolver(content);
	return {
		entries: parsed.data.map((entry: VocabularyEntry) => ({
			words: entry.words.map((w) => w.toLowerCase()),
			means: targetKinds.flatMap((kind) =>
				(entry[kind] ?? []).map((v) => resolve(kind, v)).filter((v): v is string => Boolean(v)),
			),
		})),
	};
}

/** The most words the typo list keeps: enough for every word of a large handbook that readers would type. */
export const maxIndexedWords = 6000;

/**
 * The words a reader's query can be corrected to: every word of four letters or more on the
 * reader pages, and the vocabulary's words, most widely used first (which breaks ties between
 * equally near words). One word a line, fetched only when a query word finds nothing.
 */
export function indexedWords(content: HandbookModel): string[] {
	const pages = new Map<string, number>();
	for (const page of content.pages) {
		if (isAuthoringUrl(page.url)) continue;
		const text = [page.frontmatter?.title, page.frontmatter?.description, page.text].filter(Boolean).join(' ');
		for (const word of new Set(tokenize(text))) {
			if (word.length < 4 || stopWords.has(word) || !/^\p{L}[\p{L}-]*$/u.test(word)) continue;
			pages.set(word, (pages.get(word) ?? 0) + 1);
		}
	}
	for (const entry of clientVocabulary(content).entries)
		for (const word of entry.words.flatMap(tokenize))
			if (word.length >= 4 && !stopWords.has(word)) pages.set(word, Math.max(1, pages.get(word) ?? 0));
	return [...pages.entries()]
		.sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
		.slice(0, maxIndexedWords)
		.map(([word]) => word);
}

/** What the search's data files need from the pages' text, computed once: the vocabulary and the correctable words. */
export interface SearchWords {
	/** `search-data.json`'s vocabulary (`clientVocabulary`). */
	vocabulary: ClientVocabulary;
	/** `search-words.txt`'s words (`indexedWords`). */
	indexed: string[];
	/** By page URL (pages that have any): the Canadian spellings its index adds (`missingCanonicalForms`). */
	variants: Map<string, string[]>;
}

/** The search's words of a content model (which still has its pages' text). */
export const searchWordsOf = (content: HandbookModel): SearchWords => ({
	vocabulary: clientVocabulary(content),
	indexed: indexedWords(content),
	variants: new Map(
		content.pages.map((page) => [page.url, missingCanonicalForms(page.text)] as const).filter(([, v]) => v.length),
	),
});
