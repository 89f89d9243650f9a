import path from 'node:path';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'zod';
import type { HandbookModel } from '../model/load.ts';
import type { PageInfo } from '../model/pages.ts';
import { partAnchor } from '../citations/locators.ts';
import { generatedRoutes } from '../model/generated-routes.ts';
import { shortLinks } from '../model/short-links.ts';
import { isRepeated } from '../schemas/listed-once.ts';
import { pageFields } from '../schemas/page.ts';
import { slashed } from '../model/project.ts';
import { rules as allRules, ruleById, type RuleId } from './catalogue.ts';
import type { DerivedIndex, Fix, FrontmatterIssue, Rule, Severity } from './rule.ts';
import { severityFor, type SeverityConfig } from './severities.ts';

/** One problem found in the content. */
export interface Problem {
	/** Path of the file, relative to the project (or content set) root. */
	file: string;
	line: number;
	column: number;
	rule: RuleId;
	severity: Exclude<Severity, 'off'>;
	/** What is wrong, in one sentence. */
	message: string;
	/** How to fix it. */
	hint: string;
	/** The unambiguous fix, when there is one (`npm run check -- --fix`). */
	fix?: Fix;
}

export interface RunOptions {
	rules?: readonly Rule[];
	/** Check only these files (as shown in reports, or absolute): page rules run on these pages only. */
	files?: readonly string[];
	severities?: SeverityConfig;
}

/**
 * The frontmatter schema the build uses: Starlight's own (so `sidebar`, `template`, `head`, `hero`
 * are checked as Starlight will check them) extended with the handbook's fields. Images are
 * checked by the build itself, so here an image field only has to be text.
 */
function frontmatterSchema(model: HandbookModel) {
	const handbook = pageFields(
		(id) => !model.framework || model.framework.capabilities.has(id),
		(key) => !model.sources.bibliography.value || model.references.has(key),
	);
	return docsSchema({ extend: handbook })({ image: () => z.string() } as never);
}

/** Facts several rules need, computed once per run. */
function derive(model: HandbookModel): DerivedIndex {
	const links = shortLinks(model);
	const anchorsByUrl = generatedRoutes(model, links);
	const generatedUrls = new Set(anchorsByUrl.keys());
	for (const page of model.pages) {
		// Two files at one address are reported once (duplicate-page), not again through every link to them.
		const anchors = anchorsByUrl.get(page.url) ?? new Set<string>();
		for (const anchor of [...page.headings.map((h) => h.value), ...page.anchors]) anchors.add(anchor);
		// The top of every page: Starlight's title anchor, and what a browser scrolls to for `#_top` in any case.
		anchors.add('_top');
		if (page.citations.length) anchors.add('references');
		anchorsByUrl.set(page.url, anchors);
	}
	// Sections that components generate from data, so they have no heading in the MDX.
	for (const id of model.glossary.keys()) anchorsByUrl.get('/glossary/')?.add(id);
	for (const key of model.references.keys()) anchorsByUrl.get('/references/')?.add(`ref-${key}`);
	for (const rule of allRules) anchorsByUrl.get('/authoring/check-errors/')?.add(rule.id);
	for (const question of model.reflection) anchorsByUrl.get('/reflection/')?.add(question.id);
	// Each part of a source has its heading on the source's page (SourceParts.astro), where pinpoint citations link.
	for (const source of model.structure.values())
		for (const part of source.parts) anchorsByUrl.get(source.page)?.add(partAnchor(part));

	const anchorsUnknown = new Set(model.pages.filter((p) => p.mdxSyntax || p.unreadable).map((p) => p.url));
	const { glossary, bibliography, reflection } = model.sources;
	if (!glossary.value) anchorsUnknown.add('/glossary/');
	if (!bibliography.value) anchorsUnknown.add('/references/');
	if (reflection.exists && !reflection.value) anchorsUnknown.add('/reflection/');

	const citedKeys = new Set<string>(model.framework?.sources ?? []);
	for (const term of model.glossary.values()) for (const key of term.cite ?? []) citedKeys.add(key);
	for (const page of model.pages) for (const citation of page.citations) citedKeys.add(citation.value.key);

	const schema = frontmatterSchema(model);
	const issues = new WeakMap<PageInfo, FrontmatterIssue[]>();
	return {
		anchorsByUrl,
		anchorsUnknown,
		citedKeys,
		generatedUrls,
		shortLinks: links,
		frontmatterIssues(page) {
			if (!page.frontmatter) return [];
			let found = issues.get(page);
			if (!found) {
				const result = schema.safeParse(page.frontmatter);
				found = result.success
					? []
					: result.error.issues.map((i) => ({
							path: i.path,
							message: i.message,
							...(isRepeated(i) && { repeated: true }),
						}));
				issues.set(page, found);
			}
			return found;
		},
	};
}

/** Whether `file` (as reports show it) is among the files asked for. */
function selector(model: HandbookModel, files: readonly string[] | undefined) {
	if (!files?.length) return () => true;
	const wanted = new Set(files.map((f) => slashed(path.relative(model.displayRoot, path.resolve(f)))));
	return (file: string) => wanted.has(file);
}

/**
 * Runs the rules over the model, data rules first, then page rules, then site rules, and returns
 * every problem, sorted by file and position. A rule that throws on some input is reported as a
 * problem of its own instead of stopping the check.
 */
export function runChecks(model: HandbookModel, options: RunOptions = {}): Problem[] {
	const rules = options.rules ?? allRules;
	const inScope = selector(model, options.files);
	const pages = model.pages.filter((page) => inScope(page.file));
	const derived = derive(model);
	const problems: Problem[] = [];
	const order = { data: 0, page: 1, site: 2 } as const;
	for (const rule of [...rules].sort((a, b) => order[a.scope] - order[b.scope])) {
		const report: Parameters<Rule['check']>[0]['report'] = ({ file, at, message, hint, fix }) => {
			const severity = severityFor(options.severities, rule, file);
			if (severity === 'off' || !inScope(file)) return;
			problems.push({ file, ...at, rule: rule.id as RuleId, severity, message, hint, ...(fix ? { fix } : {}) });
		};
		try {
			rule.check({ model, pages, derived, catalogue: ruleById, report });
		} catch (error) {
			problems.push({
				file: path.basename(model.root),
				line: 1,
				column: 1,
				rule: rule.id as RuleId,
				severity: 'error',
				message: `the check could not finish this rule: ${error instanceof Error ? error.message : String(error)}`,
				hint: 'This is a fault in the check, not necessarily in the content: report it with the file you last changed.',
			});
		}
	}
	return problems.sort(
		(a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
	);
}
