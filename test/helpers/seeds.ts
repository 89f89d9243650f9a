import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The folder of the five source documents the handbook is written from. It sits beside the
 * repository (`../shared/seeds`) on the project's machines and in CI; `HANDBOOK_SEEDS_DIR`
 * points elsewhere. A clone outside this setup has no such folder.
 */
export const seedsDir = path.resolve(process.env.HANDBOOK_SEEDS_DIR ?? path.join(repoRoot, '..', 'shared', 'seeds'));

let said = false;
/** Whether the source documents are present; when they are not, says so once, in one line, so tests can skip. */
export function haveSeeds(): boolean {
	const present = fs.existsSync(seedsDir) && fs.readdirSync(seedsDir).some((f) => f.endsWith('.txt'));
	// CI has the documents; there a missing folder is a broken set-up, not a reason to skip.
	if (!present && process.env.HANDBOOK_REQUIRE_SEEDS)
		throw new Error(
			`Source documents not found at ${seedsDir}, and HANDBOOK_REQUIRE_SEEDS is set: put them there or set HANDBOOK_SEEDS_DIR.`,
		);
	if (!present && !said) {
		said = true;
		console.log(
			`Source documents not found at ${seedsDir}: tests against the sources are skipped (set HANDBOOK_SEEDS_DIR to run them).`,
		);
	}
	return present;
}

/** The text of one seed file, such as `003_d95ace2c500b465e.txt`. */
export const seedText = (file: string) => fs.readFileSync(path.join(seedsDir, file), 'utf8');
