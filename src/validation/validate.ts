import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { checkKeyConvention, provenance } from '../lib/bibliography.ts';
import { readDataFile, type DataFile, type Position } from '../lib/data-file.ts';
import { dataFiles, docsFolder } from '../lib/project.ts';
import { buildFramework, type Framework } from '../lib/taxonomy.ts';
import { frameworkFileSchema } from '../schemas/framework.ts';
import { glossaryFileSchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { pageFields, pageTypes, untaggedPageTypes, type PageType } from '../schemas/page.ts';
import { bibliographyFileSchema, type Reference } from '../schemas/reference.ts';
import { reflectionFileSchema, type ReflectionQuestion } from '../schemas/reflection.ts';
import { redirectsFileSchema, type Redirect } from '../schemas/redirects.ts';
import { lastCommitDates } from '../lib/review-dates.ts';
import { readPage, type PageInfo } from './pages.ts';
import { checkShortLinks } from './short-links.ts';
import { ruleIds, type Problem, type RuleId } from './rules.ts';
import { didYouMean } from './suggest.ts';

/** The nine headings of the case-study template, in order. */
export const caseStudyHeadings = [
	'Context',
	'Who was involved',
	'Purpose',
	'What happened',
	'What the research found',
	'LEADS capabilities in action',
	'Lessons',
	'Questions for discussion',
	'Sources',
];

/** Routes the site builds that are not MDX pages, so links to them are valid. */
export const generatedRoutes = ['/search/', '/404/', '/reading-list/'];

/** Everything a content set holds, as the checks and the site see it. */
export interface ContentSet {
	root: string;
	framework: Framework | undefined;
	references: Map<string, Reference>;
	glossary: Map<string, GlossaryTerm>;
	reflection: ReflectionQuestion[];
	redirects: Redirect[];
	pages: PageInfo[];
}

interface Collector {
	add(file: string, position: Position, rule: RuleId, message: string, hint: string): void;
}

function listPages(dir: string): string[] {
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_'))
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort();
}

/** Reads a data file, reports syntax and schema problems, and returns the valid value (or undefined). */
function loadData<T>(
	root: string,
	relative: string,
	schema: z.ZodType<T>,
	report: Collector,
	optional = false,
): { file?: DataFile; value?: T } {
	const absolute = path.join(root, relative);
	const display = path.join(path.basename(root), relative);
	if (!fs.existsSync(absolute)) {
		if (!optional)
			report.add(display, { line: 1, column: 1 }, 'data-syntax', 'the file is missing', `Create \`${display}\`.`);
		return {};
	}
	const file = readDataFile(absolute);
	for (const error of file.syntaxErrors) {
		report.add(display, error.position, 'data-syntax', error.message, 'Fix the YAML/JSON syntax at this line.');
	}
	if (file.syntaxErrors.length) return { file };
	const result = schema.safeParse(file.value);
	if (result.success) return { file, value: result.data };
	for (const issue of result.error.issues) {
		const where = issue.path.length ? `\`${issue.path.join('.')}\`` : 'the file';
		report.add(
			display,
			file.locate(issue.path),
			'data-field',
			`${where} ${issue.message}`,
			'See the file header and the authoring guide for the fields each entry needs.',
		);
	}
	return { file };
}

function checkDuplicates(
	ids: { id: string; position: Position }[],
	file: string,
	what: string,
	report: Collector,
): void {
	const seen = new Map<string, Position>();
	for (const { id, position } of ids) {
		const first = seen.get(id);
		if (first)
			report.add(
				file,
				position,
				'duplicate-id',
				`${what} \`${id}\` is used twice (first at line ${first.line})`,
				'Ids are public and must be unique: rename or merge one of them.',
			);
		else seen.set(id, position);
	}
}

export interface Validation {
	problems: Problem[];
	content: ContentSet;
}

/**
 * Checks a whole content set and reports every problem found, not only the first.
 * `root` is the content folder (holding `docs/`, `taxonomy/`, `bibliography/`, ...).
 */
export function validateContent(root: string): Validation {
	const problems: Problem[] = [];
	const displayRoot = path.dirname(root);
	const report: Collector = {
		add: (file, position, rule, message, hint) => problems.push({ file, ...position, rule, message, hint }),
	};
	const display = (relative: string) => path.join(path.basename(root), relative);

	// Taxonomy
	const frameworkData = loadData(root, dataFiles.framework, frameworkFileSchema, report);
	const framework = frameworkData.value ? buildFramework(frameworkData.value) : undefined;
	if (frameworkData.value && frameworkData.file) {
		const file = frameworkData.file;
		checkDuplicates(
			frameworkData.value.domains.flatMap((d, i) => [
				{ id: d.id, position: file.locate(['domains', i, 'id']) },
				...d.capabilities.map((c, j) => ({ id: c.id, position: file.locate(['domains', i, 'capabilities', j, 'id']) })),
			]),
			display(dataFiles.framework),
			'the id',
			report,
		);
	}
	const capabilityIds = [...(framework?.capabilities.keys() ?? [])];

	// Bibliography
	const bibliographyData = loadData(root, dataFiles.bibliography, bibliographyFileSchema, report);
	const references = new Map<string, Reference>();
	const bibliographyFile = display(dataFiles.bibliography);
	if (bibliographyData.value && bibliographyData.file) {
		const file = bibliographyData.file;
		bibliographyData.value.forEach((entry, i) => {
			const problem = checkKeyConvention(entry);
			if (problem)
				report.add(
					bibliographyFile,
					file.locate([i, 'id']),
					'bibliography-key',
					`the key \`${entry.id}\` ${problem}`,
					'Rename the key (and every citation of it) to follow the convention in the file header.',
				);
			references.set(entry.id, entry);
		});
		checkDuplicates(
			bibliographyData.value.map((e, i) => ({ id: e.id, position: file.locate([i, 'id']) })),
			bibliographyFile,
			'the key',
			report,
		);
		bibliographyData.value.forEach((entry, i) => {
			const origin = provenance(entry);
			if (origin.kind === 'cited-in' && !references.has(origin.key)) {
				report.add(
					bibliographyFile,
					file.locate([i, 'note']),
					'data-field',
					`\`cited-in: ${origin.key}\` names a key that is not in the bibliography`,
					didYouMean(origin.key, references.keys(), 'Name the key of the source document that cites this work.'),
				);
			}
		});
	}
	const citedKeys = new Set<string>(framework?.sources ?? []);

	// Glossary
	const glossaryData = loadData(root, dataFiles.glossary, glossaryFileSchema, report);
	const glossary = new Map<string, GlossaryTerm>();
	const glossaryFile = display(dataFiles.glossary);
	if (glossaryData.value && glossaryData.file) {
		const file = glossaryData.file;
		checkDuplicates(
			glossaryData.value.map((t, i) => ({ id: t.id, position: file.locate([i, 'id']) })),
			glossaryFile,
			'the term id',
			report,
		);
		for (const term of glossaryData.value) glossary.set(term.id, term);
		glossaryData.value.forEach((term, i) => {
			term.cite.forEach((key, j) => {
				citedKeys.add(key);
				if (!references.has(key))
					report.add(
						glossaryFile,
						file.locate([i, 'cite', j]),
						'unknown-citation',
						`\`${key}\` is not in the bibliography`,
						didYouMean(key, references.keys(), 'Add the work to content/bibliography/references.json first.'),
					);
			});
			term.related?.forEach((id, j) => {
				if (!glossary.has(id))
					report.add(
						glossaryFile,
						file.locate([i, 'related', j]),
						'unknown-term',
						`related term \`${id}\` is not in the glossary`,
						didYouMean(id, glossary.keys(), 'Use the id of another term in this file.'),
					);
			});
		});
	}

	// Reflection questions
	const reflectionData = loadData(root, dataFiles.reflection, reflectionFileSchema, report, true);
	const reflectionFile = display(dataFiles.reflection);
	if (reflectionData.value && reflectionData.file) {
		const file = reflectionData.file;
		checkDuplicates(
			reflectionData.value.map((q, i) => ({ id: q.id, position: file.locate([i, 'id']) })),
			reflectionFile,
			'the question id',
			report,
		);
		reflectionData.value.forEach((question, i) =>
			question.capabilities.forEach((id, j) => {
				if (framework && !framework.capabilities.has(id))
					report.add(
						reflectionFile,
						file.locate([i, 'capabilities', j]),
						'unknown-capability',
						`\`${id}\` is not a LEADS capability id`,
						didYouMean(id, capabilityIds, 'Capability ids are listed in content/taxonomy/leads.yaml.'),
					);
			}),
		);
	}

	// Pages
	const docsRoot = path.join(root, docsFolder);
	const commitDates = lastCommitDates(docsRoot);
	const pages = listPages(docsRoot).map((file) => {
		const page = readPage(file, docsRoot, displayRoot);
		page.reviewed = commitDates.get(path.relative(docsRoot, file).replace(/\\/g, '/'));
		return page;
	});
	// A data file that failed to load is reported once, not again as an unknown id on every page.
	const frontmatterSchema = pageFields(
		(id) => !framework || framework.capabilities.has(id),
		(key) => !bibliographyData.value || references.has(key),
	).extend({ title: z.string().min(1) });
	for (const page of pages) {
		if (page.frontmatterSyntax)
			report.add(
				page.file,
				page.frontmatterSyntax.position,
				'frontmatter-syntax',
				page.frontmatterSyntax.message,
				'Frontmatter is YAML between two `---` lines at the top of the file; quote values that contain `:` or `#`.',
			);
		if (page.mdxSyntax)
			report.add(
				page.file,
				page.mdxSyntax.position,
				'mdx-syntax',
				page.mdxSyntax.message,
				'Escape `{`, `}` and `<` in prose (`\\{`, `&lt;`), and close every tag and expression you open.',
			);
		if (!page.frontmatter || !page.frontmatterFile) continue;
		const fm = page.frontmatter;
		const fmFile = page.frontmatterFile;
		const result = frontmatterSchema.safeParse(fm);
		if (result.success && result.data.reviewed) page.reviewed = result.data.reviewed;
		if (!result.success) {
			for (const issue of result.error.issues) {
				const [field, index] = issue.path;
				const position = fmFile.locate(issue.path);
				const value = typeof index === 'number' ? (fm[field as string] as unknown[])[index] : fm[field as string];
				if (field === 'type' && value !== undefined) {
					report.add(
						page.file,
						position,
						'unknown-page-type',
						`\`${String(value)}\` is not a page type`,
						didYouMean(String(value), pageTypes, `Use one of: ${pageTypes.join(', ')}.`),
					);
				} else if (field === 'capabilities' && typeof index === 'number' && typeof value === 'string') {
					report.add(
						page.file,
						position,
						'unknown-capability',
						`\`${value}\` is not a LEADS capability id`,
						didYouMean(value, capabilityIds, 'Capability ids are listed in content/taxonomy/leads.yaml.'),
					);
				} else if (field === 'sources' && typeof index === 'number' && typeof value === 'string') {
					report.add(
						page.file,
						position,
						'unknown-citation',
						`source \`${value}\` is not in the bibliography`,
						didYouMean(value, references.keys(), 'Use the key of an entry in content/bibliography/references.json.'),
					);
				} else if (field === 'reviewed' && value !== undefined) {
					report.add(
						page.file,
						position,
						'reviewed-date',
						`\`reviewed\`: ${issue.message}`,
						`Write the day you last read the page against its sources, such as \`reviewed: ${new Date().toISOString().slice(0, 10)}\`, or remove the field to show the date of the page's last commit.`,
					);
				} else {
					const name = issue.path.join('.') || 'frontmatter';
					const missing = value === undefined;
					report.add(
						page.file,
						position,
						'frontmatter-field',
						missing ? `the \`${name}\` field is missing` : `\`${name}\`: ${issue.message}`,
						missing
							? `Add \`${name}:\` to the frontmatter (see the authoring guide for each field).`
							: 'See the authoring guide for the fields a page needs.',
					);
				}
			}
		}
		const type = fm.type as PageType;
		const needsTags = pageTypes.includes(type) && !untaggedPageTypes.includes(type);
		const capabilities = Array.isArray(fm.capabilities) ? (fm.capabilities as string[]) : [];
		const sources = Array.isArray(fm.sources) ? (fm.sources as string[]) : [];
		if (needsTags && !capabilities.length) {
			report.add(
				page.file,
				fmFile.locate(fm.capabilities === undefined ? ['type'] : ['capabilities']),
				'missing-capabilities',
				`a \`${type}\` page must list the capabilities it serves`,
				'Add `capabilities: [...]` with one or more ids from content/taxonomy/leads.yaml.',
			);
		}
		if (needsTags && !sources.length) {
			report.add(
				page.file,
				fmFile.locate(fm.sources === undefined ? ['type'] : ['sources']),
				'missing-sources',
				`a \`${type}\` page must list the source documents it draws on`,
				'Add `sources: [...]` with the bibliography keys of the documents this page is written from.',
			);
		}
		if (page.mdxSyntax) continue;
		const citedHere = new Set(page.citations.map((c) => c.value.key));
		sources.forEach((key, i) => {
			if (references.has(key) && !citedHere.has(key))
				report.add(
					page.file,
					fmFile.locate(['sources', i]),
					'source-not-cited',
					`\`${key}\` is listed as a source but never cited on the page`,
					`Cite it where the page uses it (\`[@${key}]\`), or remove it from \`sources\`.`,
				);
		});
		if (needsTags && !page.citations.length) {
			report.add(
				page.file,
				fmFile.locate(['title']),
				'no-citation',
				'the page cites no source',
				'Add a citation such as `[@leadersforlife-2010-develop]` after each statement, naming where it comes from.',
			);
		}
		for (const { value: item, position } of page.citations) {
			citedKeys.add(item.key);
			if (bibliographyData.value && !references.has(item.key))
				report.add(
					page.file,
					position,
					'unknown-citation',
					`\`@${item.key}\` is not in the bibliography`,
					didYouMean(
						item.key,
						references.keys(),
						'Add the work to content/bibliography/references.json, or fix the key.',
					),
				);
		}
		for (const { value: image, position } of page.images) {
			if (!image.alt.trim())
				report.add(
					page.file,
					position,
					'image-alt',
					`the image \`${image.url}\` has no alt text`,
					'Describe what the image shows: `![what it shows](url)`. A purely decorative image does not belong in content.',
				);
		}
		if (type === 'case-study') {
			const found = page.h2.map((h) => h.value);
			caseStudyHeadings.forEach((expected, i) => {
				if (found[i] === expected) return;
				const position = page.h2[i]?.position ?? page.h2.at(-1)?.position ?? fmFile.locate(['type']);
				report.add(
					page.file,
					position,
					'case-study-template',
					found[i] === undefined
						? `the case study has no \`## ${expected}\` section`
						: `section ${i + 1} is \`## ${found[i]}\` where the template has \`## ${expected}\``,
					`Case studies use these \`##\` headings, in order: ${caseStudyHeadings.join(' / ')}.`,
				);
			});
		}
	}

	// Links, once every page's anchors are known
	const anchorsByUrl = new Map<string, Set<string>>();
	for (const page of pages) {
		const anchors = new Set([...page.headings.map((h) => h.value), ...page.anchors]);
		if (page.citations.length) anchors.add('references');
		anchorsByUrl.set(page.url, anchors);
	}
	for (const route of generatedRoutes) if (!anchorsByUrl.has(route)) anchorsByUrl.set(route, new Set());
	for (const id of glossary.keys()) anchorsByUrl.get('/glossary/')?.add(id);
	for (const key of references.keys()) anchorsByUrl.get('/references/')?.add(`ref-${key}`);
	// Sections that components generate from data, so they have no heading in the MDX.
	for (const id of ruleIds) anchorsByUrl.get('/authoring/check-errors/')?.add(id);
	for (const question of reflectionData.value ?? []) anchorsByUrl.get('/reflection/')?.add(question.id);
	for (const page of pages) {
		for (const { value: url, position } of page.links) {
			if (url.startsWith('glossary:')) {
				const id = url.slice('glossary:'.length);
				if (glossaryData.value && !glossary.has(id))
					report.add(
						page.file,
						position,
						'unknown-term',
						`\`${id}\` is not a glossary term`,
						didYouMean(id, glossary.keys(), 'Term ids are listed in content/glossary/terms.yaml.'),
					);
				continue;
			}
			if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue; // external, mailto:, tel:
			const resolved = new URL(url, `http://handbook.invalid${page.url}`);
			let target = decodeURIComponent(resolved.pathname);
			if (!target.endsWith('/') && !/\.[a-z0-9]+$/i.test(target)) target += '/';
			const anchor = decodeURIComponent(resolved.hash.slice(1));
			const anchors = anchorsByUrl.get(target);
			if (!anchors) {
				if (/\.[a-z0-9]+$/i.test(target) && fs.existsSync(path.join(displayRoot, 'public', target))) continue;
				report.add(
					page.file,
					position,
					'broken-link',
					`\`${url}\` points at no page`,
					didYouMean(
						target,
						anchorsByUrl.keys(),
						'Link to a page by its path from the site root, with a trailing slash, for example `/coalitions/trust/`.',
					),
				);
			} else if (anchor && !anchors.has(anchor)) {
				report.add(
					page.file,
					position,
					'broken-anchor',
					`\`#${anchor}\` matches no heading on ${target}`,
					didYouMean(anchor, anchors, 'An anchor is the heading text in lowercase with hyphens for spaces.'),
				);
			}
		}
	}

	// Redirects: renamed pages must lead somewhere, and must not hide a page that still exists
	const redirectsData = loadData(root, dataFiles.redirects, redirectsFileSchema, report, true);
	const redirectsFile = display(dataFiles.redirects);
	redirectsData.value?.forEach((redirect, i) => {
		const file = redirectsData.file!;
		if (!anchorsByUrl.has(redirect.to))
			report.add(
				redirectsFile,
				file.locate([i, 'to']),
				'unknown-redirect-target',
				`\`${redirect.from}\` redirects to \`${redirect.to}\`, which is not a page`,
				didYouMean(redirect.to, anchorsByUrl.keys(), 'Point it at the page that replaced the old one.'),
			);
		if (anchorsByUrl.has(redirect.from))
			report.add(
				redirectsFile,
				file.locate([i, 'from']),
				'unknown-redirect-target',
				`\`${redirect.from}\` is still a page, so it cannot also redirect`,
				'Remove this redirect, or move the page.',
			);
	});

	const content: ContentSet = {
		root,
		framework,
		references,
		glossary,
		reflection: reflectionData.value ?? [],
		redirects: redirectsData.value ?? [],
		pages,
	};
	problems.push(...checkShortLinks(content));

	// Entries nobody cites (unknowable while a page does not parse: its citations are unread)
	if (bibliographyData.value && bibliographyData.file && !pages.some((p) => p.mdxSyntax)) {
		bibliographyData.value.forEach((entry, i) => {
			if (!citedKeys.has(entry.id))
				report.add(
					bibliographyFile,
					bibliographyData.file!.locate([i, 'id']),
					'unused-reference',
					`no page or glossary term cites \`${entry.id}\``,
					'Cite it where the handbook uses it, or remove the entry.',
				);
		});
	}

	problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
	return { problems, content };
}
