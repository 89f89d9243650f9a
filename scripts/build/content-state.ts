// What the build checked: the state of every file of the content set when the check began, compared again just
// before the new site replaces dist/. A file saved while the build ran may have gone into the site unchecked
// (Astro reads the pages itself, after the check), so such a build is not published.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Each file of a content set (relative path) with its size, modification time and a hash of its bytes. */
export type ContentState = Map<string, string>;

export function contentState(root: string): ContentState {
	const state: ContentState = new Map();
	if (!fs.existsSync(root)) return state;
	for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
		const file = path.join(entry.parentPath, entry.name);
		// Hidden files (an editor's swap file, .DS_Store) are not content: opening a page during a build is not a change.
		if (
			path
				.relative(root, file)
				.split(path.sep)
				.some((part) => part.startsWith('.'))
		)
			continue;
		const stat = fs.lstatSync(file, { throwIfNoEntry: false });
		if (!stat || stat.isDirectory()) continue;
		// The time catches a file edited and put back; the hash an edit that kept the size and time.
		const bytes = stat.isFile() ? fs.readFileSync(file) : Buffer.from(fs.readlinkSync(file));
		const hash = createHash('sha256').update(bytes).digest('hex');
		state.set(path.relative(root, file), `${stat.size} ${stat.mtimeMs} ${hash}`);
	}
	return state;
}

/** The files added, removed or changed between two states, sorted. */
export function changedFiles(before: ContentState, after: ContentState): string[] {
	const names = new Set([...before.keys(), ...after.keys()]);
	return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}
