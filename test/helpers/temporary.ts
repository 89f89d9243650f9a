import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Every temporary folder a test makes, so that none outlives its test file: a unit run makes hundreds (a copy of
// the content for each planted mistake) and a mutation run tens of thousands, which filled the machine's /tmp.
const made: string[] = [];

/** A new empty folder under the system's temporary folder, removed when the test file ends. */
export function temporaryFolder(prefix: string): string {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	made.push(folder);
	return folder;
}

/** Removes the folders made so far (test/helpers/cleanup.ts calls it after each test file). */
export function removeTemporaryFolders(): void {
	for (const folder of made.splice(0)) fs.rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
}
