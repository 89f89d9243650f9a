import fs from 'node:fs';
import path from 'node:path';
import { temporaryFolder } from './temporary.ts';

export const validFixture = path.resolve('test/fixtures/valid');

/** Edits to apply to a copy of a fixture: file (relative to the content root) to a function of its text. */
export type Mutation = Record<string, (text: string) => string>;

/** Copies a fixture content set into a temporary folder named `content`, applies the edits, and returns its root. */
export function mutatedFixture(mutation: Mutation, fixture = validFixture): string {
	const root = path.join(temporaryFolder('handbook-fixture-'), 'content');
	fs.cpSync(fixture, root, { recursive: true });
	for (const [file, edit] of Object.entries(mutation)) {
		const target = path.join(root, file);
		const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
		const after = edit(before);
		if (after === before)
			throw new Error(`The mutation of ${file} changed nothing: the fixture no longer matches the test.`);
		fs.mkdirSync(path.dirname(target), { recursive: true });
		fs.writeFileSync(target, after);
	}
	return root;
}

/** Replaces exactly one occurrence, so a test fails loudly when the fixture changes under it. */
export const replaceOnce = (find: string, replace: string) => (text: string) => {
	const count = text.split(find).length - 1;
	if (count !== 1) throw new Error(`Expected "${find}" once in the fixture, found it ${count} times.`);
	return text.replace(find, replace);
};

/**
 * The environment for a build spawned from a test. Vitest puts Vite's own variables
 * (BASE_URL, MODE, NODE_ENV=test, ...) in process.env; a child Astro build would take
 * them as its own, so they are removed.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST'))
			delete env[key];
	}
	return { ...env, ...extra };
}
