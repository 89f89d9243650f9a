import type { Problem } from '../check/engine.ts';
import { buildBibliography, type Bibliography, type Formatted } from '../citations/bibliography.ts';
import {
	formatBibliography,
	formatPageTemplate,
	type CitationStyle,
	type PageTemplate,
} from '../citations/citation-style.ts';
import { handbookConfig } from '../config.ts';
import { validateContent } from '../validation/validate.ts';
import { emptyFramework, type Framework } from '../model/framework.ts';
import type { HandbookModel } from '../model/load.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { searchWordsOf, type SearchWords } from '../search/vocabulary.ts';

/**
 * The handbook as the site uses it: the content model, what the check found, and the indexes
 * built from the data files. One value per content set and version of it, made by the store
 * (`store.ts`) and handed to every consumer: the Markdown plugins through their options, the
 * integrations through a closure, pages and components through `Astro.locals.handbook`.
 */
export interface Handbook {
	/** The content model: every page and data file, with positions. */
	model: HandbookModel;
	/** What `npm run check` reports for this content (errors and warnings). */
	problems: Problem[];
	/** The LEADS framework (empty when `taxonomy/leads.yaml` is unusable; the check says why). */
	framework: Framework;
	/** How citations and references are written (`citationStyle` in handbook.config.json). */
	citationStyle: CitationStyle;
	/** The bibliography, with citeproc's entries in the citation style and short labels. */
	bibliography: Bibliography;
	/** Glossary terms by id. */
	glossary: Map<string, GlossaryTerm>;
	/** "Cite this page": citeproc's template, in the citation style, for a page of the handbook. */
	pageTemplate: PageTemplate;
	/**
	 * What the search's data files take from the pages' text (the vocabulary's targets, the correctable words).
	 * Computed from the model when first asked; a handbook read from its text (serialize.ts) carries it instead,
	 * because the pages' text is left behind there.
	 */
	readonly search: SearchWords;
}

/** What citeproc makes for a content set: the slow part, made once (in the build's worker when it can). */
export interface Citeproc {
	formatted: Formatted;
	pageTemplate: PageTemplate;
}

/** Runs citeproc for a model's bibliography and the page template, in the configured citation style. */
export function runCiteproc(model: HandbookModel, style: CitationStyle = handbookConfig.citationStyle): Citeproc {
	return {
		formatted: formatBibliography([...model.references.values()], style),
		pageTemplate: formatPageTemplate(style),
	};
}

/** The handbook of a checked model; citeproc runs unless its results are given. */
export function handbookOf(
	model: HandbookModel,
	problems: Problem[],
	citeproc: Citeproc = runCiteproc(model),
	search?: SearchWords,
): Handbook {
	return {
		get search() {
			search ??= searchWordsOf(model);
			return search;
		},
		model,
		problems,
		framework: model.framework ?? emptyFramework(),
		citationStyle: citeproc.formatted.style,
		bibliography: buildBibliography([...model.references.values()], citeproc.formatted),
		glossary: model.glossary,
		pageTemplate: citeproc.pageTemplate,
	};
}

/** Reads, checks and indexes a content set: for tools and tests that need the handbook outside Astro. */
export function readHandbook(root: string): Handbook {
	const { content, problems } = validateContent(root);
	return handbookOf(content, problems);
}
