import path from 'node:path';
import { readDataFile } from '../lib/data-file.ts';
import { marksReading } from '../lib/interpretation.ts';
import { dataFiles } from '../lib/project.ts';
import type { Problem } from './rules.ts';
import type { ContentSet } from './validate.ts';
import { didYouMean } from './suggest.ts';

/**
 * Rule `unmarked-interpretation`: a page tagged with a capability that none of its cited sources
 * names is making the connection itself, so it must say so, with a sentence or list lead-in that
 * names the connection as "the handbook's reading". Which documents name a capability is data
 * (`namedIn` in `content/taxonomy/leads.yaml`), not code.
 */
export function checkInterpretation(content: ContentSet): Problem[] {
	const { framework } = content;
	if (!framework) return [];
	const problems: Problem[] = [...checkNamedIn(content)];
	for (const page of content.pages) {
		const fm = page.frontmatter;
		if (!fm || !page.frontmatterFile || page.mdxSyntax || !Array.isArray(fm.capabilities)) continue;
		const cited = new Set(page.citations.map((c) => c.value.key));
		const unnamed = (fm.capabilities as unknown[])
			.map((id, index) => ({ capability: typeof id === 'string' ? framework.capabilities.get(id) : undefined, index }))
			.filter(({ capability }) => capability && !capability.namedIn.some((key) => cited.has(key)));
		if (!unnamed.length || marksReading(page.text)) continue;
		const names = unnamed.map(({ capability }) => `\`${capability!.id}\``).join(', ');
		problems.push({
			file: page.file,
			...page.frontmatterFile.locate(['capabilities', unnamed[0]!.index]),
			rule: 'unmarked-interpretation',
			message: `the page is tagged ${names}, which none of the sources it cites names, and it never says the link is the handbook's reading`,
			hint: 'Say where the page makes the link itself, in a sentence or list lead-in such as "Linking this to LEADS is the handbook\'s reading; the report does not use the framework." Or cite a source that names the capability (see `namedIn` in content/taxonomy/leads.yaml), or remove the tag.',
		});
	}
	return problems;
}

/** `namedIn` may list only keys in the bibliography, so the rule above never trusts a typo. */
function checkNamedIn(content: ContentSet): Problem[] {
	const file = readDataFile(path.join(content.root, dataFiles.framework));
	const display = path.join(path.basename(content.root), dataFiles.framework);
	const problems: Problem[] = [];
	content.framework?.domains.forEach((domain, i) =>
		domain.capabilities.forEach((capability, j) =>
			capability.namedIn.forEach((key, k) => {
				if (content.references.has(key)) return;
				problems.push({
					file: display,
					...file.locate(['domains', i, 'capabilities', j, 'namedIn', k]),
					rule: 'unknown-citation',
					message: `\`namedIn\` of \`${capability.id}\` lists \`${key}\`, which is not in the bibliography`,
					hint: didYouMean(
						key,
						content.references.keys(),
						'List the bibliography keys of the documents that name this capability.',
					),
				});
			}),
		),
	);
	return problems;
}
