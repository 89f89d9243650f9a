/**
 * The needs (`content/search/needs.yaml`): situations leaders describe, mapped to the page or
 * challenge entry that answers them, or marked as a gap the sources do not cover. The build turns
 * them into part of `search-data.json`; `npm run check` validates them (src/check/needs.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readDataFile, type DataFile } from '../model/data-file.ts';
import type { PageInfo } from '../model/pages.ts';
import { needsFileSchema } from '../schemas/needs.ts';
import type { HandbookModel } from '../model/load.ts';
import type { ClientNeed, NeedTarget } from './needs-match.ts';
import { isAuthoringUrl } from './vocabulary.ts';

/** Where the needs live in a content set. Optional: a content set without them searches by words only. */
export const needsFile = 'search/needs.yaml';

/** Reads the needs file with positions, or undefined when the content set has none. */
export function readNeedsFile(root: string): DataFile | undefined {
	const file = path.join(root, needsFile);
	return fs.existsSync(file) ? readDataFile(file) : undefined;
}

/** The `##` heading of a page whose anchor is `anchor`, as written. */
function headingText(page: PageInfo, anchor: string): string | undefined {
	const heading = page.headings.find((h) => h.value === anchor);
	return heading && page.h2.find((h) => h.position.line === heading.position.line)?.value;
}

/** Why an address names no reader page or heading, or undefined when it names one. */
export type TargetProblem = 'page' | 'anchor';

/** Resolves page addresses (with an optional `#anchor` of a heading) to what search shows for them. */
export function needTargetResolver(content: HandbookModel) {
	// Two files can claim one address (the check reports that on its own): an anchor of either is known.
	const pages = new Map<string, PageInfo[]>();
	for (const p of content.pages) if (!isAuthoringUrl(p.url)) pages.set(p.url, [...(pages.get(p.url) ?? []), p]);
	return (address: string): NeedTarget | TargetProblem => {
		const [url = '', anchor] = address.split('#');
		const found = pages.get(url);
		if (!found) return 'page';
		const title = String(found[0]!.frontmatter?.title ?? url);
		if (!anchor) return { url, title };
		const page = found.find((p) => p.headings.some((h) => h.value === anchor) || p.anchors.includes(anchor));
		if (!page) return 'anchor';
		return { url: address, title: headingText(page, anchor) ?? title };
	};
}

/** Every page address and heading anchor a target could name, for the check's suggestions. */
export function needTargetCandidates(content: HandbookModel): string[] {
	return content.pages
		.filter((p) => !isAuthoringUrl(p.url))
		.flatMap((p) => [p.url, ...p.headings.map((h) => `${p.url}#${h.value}`)]);
}

/** The needs as the browser gets them; entries whose targets do not resolve are left out (the check reports them). */
export function clientNeeds(content: HandbookModel): ClientNeed[] {
	const file = readNeedsFile(content.root);
	const parsed = file && needsFileSchema.safeParse(file.value);
	if (!parsed?.success) return [];
	const resolve = needTargetResolver(content);
	const target = (address: string) => {
		const found = resolve(address);
		return typeof found === 'string' ? undefined : found;
	};
	return parsed.data.flatMap((entry): ClientNeed[] => {
		const phrases = entry.needs.map((n) => n.toLowerCase());
		if (entry.answer) {
			const answer = target(entry.answer);
			return answer ? [{ phrases, answer }] : [];
		}
		const nearest = (entry.nearest ?? []).map(target).filter((t): t is NeedTarget => Boolean(t));
		return [{ phrases, gap: entry.gap, nearest }];
	});
}
