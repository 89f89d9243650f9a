import path from 'node:path';
import { glossaryFileSchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { readDataFile } from './data-file.ts';
import { contentDir, dataFiles } from './project.ts';

const cache = new Map<string, Map<string, GlossaryTerm>>();

/** The glossary of a content set, by term id. Throws on an invalid file: `npm run check` reports it properly first. */
export function loadGlossary(root = contentDir()): Map<string, GlossaryTerm> {
	let glossary = cache.get(root);
	if (!glossary) {
		const file = readDataFile(path.join(root, dataFiles.glossary));
		glossary = new Map(glossaryFileSchema.parse(file.value).map((term) => [term.id, term] as const));
		cache.set(root, glossary);
	}
	return glossary;
}
