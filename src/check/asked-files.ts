import fs from 'node:fs';
import path from 'node:path';
import { closest } from './suggest.ts';
import { slashed } from '../model/project.ts';

/** The files `npm run check -- <path>...` is asked to check, or what is wrong with the paths given. */
export interface AskedFiles {
	/** Absolute paths of the files to check: the files named, and every file under a folder named. */
	files: string[];
	/** One sentence per path that names no file of the content folder, with what to give instead. */
	errors: string[];
}

/** Every file under `dir`, as absolute paths (hidden files and folders left out, as the check leaves them out). */
function filesUnder(dir: string): string[] {
	return fs
		.readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.join(entry.parentPath, entry.name))
		.filter(
			(file) =>
				!path
					.relative(dir, file)
					.split(path.sep)
					.some((part) => part.startsWith('.')),
		)
		.sort();
}

/**
 * Resolves the paths given on the command line against the folder the editor typed the command in (`from`:
 * npm runs scripts from the project's folder and says where it was called in `INIT_CWD`). A path that names no
 * file, or a file outside the content folder (`root`), is an error: the check would otherwise find nothing to
 * check and say that all is well. A folder stands for every file under it.
 */
export function askedFiles(paths: readonly string[], root: string, from: string): AskedFiles {
	const shown = (file: string) => slashed(path.relative(from, file)) || '.';
	const inContent = (file: string) => file === root || file.startsWith(root + path.sep);
	const files: string[] = [];
	const errors: string[] = [];
	for (const given of paths) {
		const absolute = path.resolve(from, given);
		if (!inContent(absolute)) {
			errors.push(
				`\`${given}\` is not in the content folder (${shown(root)}/): the check reads only the handbook's pages and data files.`,
			);
			continue;
		}
		const stat = fs.statSync(absolute, { throwIfNoEntry: false });
		if (stat?.isDirectory()) {
			const under = filesUnder(absolute);
			// With nothing asked for, the check would check everything: an empty folder is a mistake to name.
			if (!under.length)
				errors.push(
					`\`${given}\` is a folder with no page or data file in it (hidden files are not checked): there is nothing to check there.`,
				);
			files.push(...under);
		} else if (stat?.isFile()) files.push(absolute);
		else {
			// Compared within the content folder: the folders above it would make any two paths look alike.
			const within = (file: string) => path.relative(root, file);
			const candidates = new Map((fs.existsSync(root) ? filesUnder(root) : []).map((file) => [within(file), file]));
			const near = closest(within(absolute), candidates.keys());
			const likely = near === undefined ? undefined : candidates.get(near);
			errors.push(
				`\`${given}\` is not a file${likely ? `: did you mean \`${shown(likely)}\`?` : '.'} Give the path of a page or data file under ${shown(root)}/, from the folder you run the command in.`,
			);
		}
	}
	return { files: [...new Set(files)], errors };
}
