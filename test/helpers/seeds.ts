import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder of the five source documents the handbook is written from. It sits beside the
 * repository (`../shared/seeds`) on the project's machines and in CI; `HANDBOOK_SEEDS_DIR`
 * points elsewhere. A clone outside this setup has no such folder.
 */
export const seedsDir = path.resolve(
	process.env.HANDBOOK_SEEDS_DIR ?? path.join(process.cwd(), '..', 'shared', 'seeds'),
);

/** Whether the source documents are present; tests that need them say so in one line and skip. */
export function haveSeeds(): boolean {
	const present = fs.existsSync(seedsDir) && fs.readdirSync(seedsDir).some((f) => f.endsWith('.txt'));
	if (!present)
		console.log(
			`Source documents not found at ${seedsDir} (set HANDBOOK_SEEDS_DIR): tests against the sources are skipped.`,
		);
	return present;
}

/** The text of one seed file, such as `003_d95ace2c500b465e.txt`. */
export const seedText = (file: string) => fs.readFileSync(path.join(seedsDir, file), 'utf8');
