import fs from 'node:fs';
import path from 'node:path';
import { readDataFile, type Position } from '../lib/data-file.ts';
import { dataFiles } from '../lib/project.ts';
import { shortLinks, shortPath, type ShortLink } from '../lib/short-links.ts';
import type { Problem } from './rules.ts';
import type { ContentSet } from './validate.ts';

/** Where a short link is defined: the page's frontmatter, or the id in a data file. */
function definedAt(content: ContentSet, link: ShortLink): { file: string; position: Position } {
	const display = (relative: string) => path.join(path.basename(content.root), relative);
	if (link.kind === 'page') {
		const page = content.pages.find((p) => p.url === link.target)!;
		const position = page.frontmatter?.shortId
			? (page.frontmatterFile?.locate(['shortId']) ?? { line: 1, column: 1 })
			: { line: 1, column: 1 };
		return { file: page.file, position };
	}
	const name = link.kind === 'glossary-term' ? 'glossary' : 'reflection';
	const file = path.join(content.root, dataFiles[name]);
	const data = fs.existsSync(file) ? readDataFile(file) : undefined;
	const index = Array.isArray(data?.value)
		? (data.value as { id?: unknown }[]).findIndex((item) => item?.id === link.id)
		: -1;
	return {
		file: display(dataFiles[name]),
		position: data && index >= 0 ? data.locate([index, 'id']) : { line: 1, column: 1 },
	};
}

const describe = (link: ShortLink) =>
	link.kind === 'page'
		? `the page ${link.target}`
		: link.kind === 'glossary-term'
			? `the glossary term \`${link.id}\``
			: `the reflection question \`${link.id}\``;

/**
 * Short links (`/go/<id>/`) are one id space shared by reader pages, reflection questions and
 * glossary terms, and trainers print them, so each id must lead to one place only, and no redirect
 * may take over a `/go/` address.
 */
export function checkShortLinks(content: ContentSet): Problem[] {
	const problems: Problem[] = [];
	const owners = new Map<string, ShortLink>();
	for (const link of shortLinks(content)) {
		const owner = owners.get(link.id);
		if (!owner) {
			owners.set(link.id, link);
			continue;
		}
		const { file, position } = definedAt(content, link);
		problems.push({
			file,
			...position,
			rule: 'short-link-collision',
			message: `the short link ${shortPath(link.id)} would lead both to ${describe(owner)} and to ${describe(link)}`,
			hint:
				link.kind === 'page'
					? `Give this page its own short id in its frontmatter (for example \`shortId: ${link.id}-${String(content.pages.find((p) => p.url === link.target)?.frontmatter?.type ?? 'page')}\`); never change an id already published.`
					: 'Short ids are shared by reader pages, reflection questions and glossary terms: rename the newer one, never one already published.',
		});
	}
	const redirectsFile = path.join(content.root, dataFiles.redirects);
	content.redirects.forEach((redirect, i) => {
		if (!redirect.from.startsWith('/go/')) return;
		const data = fs.existsSync(redirectsFile) ? readDataFile(redirectsFile) : undefined;
		const id = redirect.from.split('/')[2] ?? '';
		const owner = owners.get(id);
		problems.push({
			file: path.join(path.basename(content.root), dataFiles.redirects),
			...(data?.locate([i, 'from']) ?? { line: 1, column: 1 }),
			rule: 'short-link-redirect',
			message: owner
				? `\`${redirect.from}\` is the short link of ${describe(owner)}; this redirect would take it over`
				: `\`${redirect.from}\` is a short-link address: a redirect there would take over a future short link`,
			hint: 'Short links are made from the pages, questions and terms themselves: remove this redirect, and give the page a `shortId` if it needs a different short link.',
		});
	});
	return problems;
}
