import { execFileSync } from 'node:child_process';

/**
 * The day each file under `dir` was last changed in a commit (`YYYY-MM-DD`), by its path relative
 * to `dir`: one `git log` for the whole folder. Outside a Git checkout (a synthetic benchmark site,
 * an exported copy) the map is empty, and pages show no date unless their frontmatter gives one.
 */
export function lastCommitDates(dir: string): Map<string, string> {
	const dates = new Map<string, string>();
	let log: string;
	try {
		log = execFileSync('git', ['log', '--format=%x01%cs', '--name-only', '--relative', '--', '.'], {
			cwd: dir,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
			maxBuffer: 64 * 1024 * 1024,
		});
	} catch {
		return dates;
	}
	let date = '';
	for (const line of log.split('\n')) {
		if (line.startsWith('\u0001')) date = line.slice(1);
		// The log runs newest first, so a file's first appearance is its last change.
		else if (line && !dates.has(line)) dates.set(line, date);
	}
	return dates;
}
