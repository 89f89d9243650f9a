import fs from 'node:fs';
import path from 'node:path';
import { docsFolder } from './project.ts';

/** The handbook's sections, in reading order; each is a folder under `content/docs/`. */
export const sections = [
	{ label: 'The LEADS framework', directory: 'leads' },
	{ label: 'Develop Coalitions in depth', directory: 'coalitions' },
	{ label: 'Collaborative leadership practices', directory: 'practices' },
	{ label: 'Lessons on collaboration', directory: 'lessons' },
	{ label: 'Case studies', directory: 'cases' },
	{ label: 'Reflection', directory: 'reflection' },
	{ label: 'Source documents', directory: 'sources' },
	{ label: 'Authoring guide', directory: 'authoring' },
] as const;

/** Single pages shown at the top and bottom of the sidebar. */
const startPages = ['about', 'how-to-use'];
const referencePages = ['capability-map', 'glossary', 'references', 'linking'];

type SidebarItem =
	string | { label: string; collapsed?: boolean; items: SidebarItem[] } | { autogenerate: { directory: string } };

/**
 * The sidebar for a content set, built from the folders and pages it has,
 * so a test fixture or a synthetic handbook gets a sidebar that matches it.
 */
export function sidebarFor(root: string): SidebarItem[] {
	const docs = path.join(root, docsFolder);
	const hasPage = (slug: string) => ['.mdx', '.md'].some((ext) => fs.existsSync(path.join(docs, slug + ext)));
	const hasFolder = (dir: string) => fs.existsSync(path.join(docs, dir));
	const items: SidebarItem[] = [];
	const start = startPages.filter(hasPage);
	if (start.length) items.push({ label: 'Start here', items: start });
	for (const section of sections) {
		if (hasFolder(section.directory)) {
			items.push({
				label: section.label,
				collapsed: true,
				items: [{ autogenerate: { directory: section.directory } }],
			});
		}
	}
	const reference = referencePages.filter(hasPage);
	if (reference.length) items.push({ label: 'Reference', items: reference });
	return items;
}
