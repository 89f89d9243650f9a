// The bilingual fixture (test/fixtures/bilingual): the valid fixture with a French part in `docs/fr/` and a
// configuration that declares both languages.
import fs from 'node:fs';
import path from 'node:path';
import { mutatedFixture, validFixture, type Mutation } from './fixtures.ts';

/** The overlay: the French pages (under `docs/fr/`) and the configuration. */
export const bilingualOverlay = path.resolve('test/fixtures/bilingual');

/** The French pages, by file (relative to the content root). */
export const frenchPages = {
	home: 'docs/fr/index.mdx',
	practice: 'docs/fr/pratiques/mettre-en-commun.mdx',
	references: 'docs/fr/references.mdx',
} as const;

/**
 * A copy of the valid fixture with the French part, with `mutation` applied, and the configuration with both
 * languages beside it (`config`, for HANDBOOK_CONFIG).
 */
export function bilingualFixture(mutation: Mutation = {}): { root: string; config: string } {
	const root = mutatedFixture({}, validFixture);
	fs.cpSync(path.join(bilingualOverlay, 'docs'), path.join(root, 'docs'), { recursive: true });
	const config = path.join(path.dirname(root), 'handbook.config.json');
	fs.copyFileSync(path.join(bilingualOverlay, 'handbook.config.json'), config);
	const edited = mutatedFixture(mutation, root);
	fs.copyFileSync(config, path.join(path.dirname(edited), 'handbook.config.json'));
	return { root: edited, config: path.join(path.dirname(edited), 'handbook.config.json') };
}
