import type { Position } from '../model/data-file.ts';
import type { HandbookModel } from '../model/load.ts';
import type { PageInfo } from '../model/pages.ts';
import type { ShortLink } from '../model/short-links.ts';

/** How much a rule's problems matter: an error stops the build, a warning is shown, `off` is silent. */
export type Severity = 'error' | 'warn' | 'off';

/** What a rule looks at: a data file, each page, or the whole site once every page is known. */
/** A problem the page schema finds in a page's frontmatter, at its field. */
export interface FrontmatterIssue {
	path: PropertyKey[];
	message: string;
	/** A value listed twice (`listedOnce`), whose fix is to remove it. */
	repeated?: boolean;
}

export type Scope = 'data' | 'page' | 'site';

/** An unambiguous fix: replace `from` with `to` where it starts, at `line:column` of `file`. */
export interface Fix {
	line: number;
	column: number;
	from: string;
	to: string;
}

/** One problem as a rule reports it. */
export interface Report {
	/** The file, as shown in reports (relative to the content folder's parent). */
	file: string;
	at: Position;
	/** What is wrong, in one sentence. */
	message: string;
	/** How to fix it. */
	hint: string;
	/** Set when there is exactly one right fix, so `npm run check -- --fix` can apply it. */
	fix?: Fix;
}

/** What a rule receives. */
export interface RuleContext {
	model: HandbookModel;
	/** The pages being checked: all of them, or those named on the command line. */
	pages: PageInfo[];
	/** Shared work of the run, computed once for every rule that needs it. */
	derived: DerivedIndex;
	/** Every rule of the check by id, whether or not this run runs it (the engine passes the catalogue, which imports the rules). */
	catalogue: ReadonlyMap<string, Rule>;
	report(problem: Report): void;
}

/** Facts several rules need, computed once per run (see engine.ts). */
export interface DerivedIndex {
	/** Every URL the site publishes (pages and generated routes), with the anchors each one has. */
	anchorsByUrl: Map<string, Set<string>>;
	/**
	 * Addresses whose anchors cannot be known in this run: pages that do not parse, and the pages
	 * listed from a data file that does not load. Their problem is reported once, where it is, not
	 * again through every link to one of their headings.
	 */
	anchorsUnknown: Set<string>;
	/** The frontmatter schema's problems for a page, by top-level field. */
	frontmatterIssues(page: PageInfo): FrontmatterIssue[];
	/** Bibliography keys cited anywhere (pages, glossary, taxonomy). */
	citedKeys: Set<string>;
	/** The addresses the site makes itself besides its pages (`generatedRoutes`): no page may take one. */
	generatedUrls: ReadonlySet<string>;
	/** The short links the site will publish, in the order `shortLinks` gives them (the first owner of an id first). */
	shortLinks: readonly ShortLink[];
}

/** A content rule: its id (printed beside every problem), its documentation, and its check. */
export interface Rule {
	id: string;
	/** What the rule protects, in one sentence. */
	summary: string;
	/** A short example of the mistake. */
	example: string;
	/** The same example, fixed. */
	fix: string;
	/**
	 * `safety`: the rule keeps readers' browsers and the build machine safe, so it is always an error and
	 * `content/check.yaml` cannot change it (listing it there is itself an error: see the check-config rule).
	 * `editorial`: the rule keeps the content consistent; `content/check.yaml` can set its severity per path.
	 */
	kind: 'safety' | 'editorial';
	/** The default severity (`error` unless said otherwise); `content/check.yaml` can change it per path. */
	severity?: Severity;
	scope: Scope;
	check(context: RuleContext): void;
}

/** Declares a rule (typed, so every rule file has the same shape). */
export const defineRule = <const R extends Rule>(rule: R): R => rule;
