import { glossaryFileSchema } from '../schemas/glossary.ts';
import { dataLoader } from './project.ts';

/** The glossary of a content set, by term id. */
export const loadGlossary = dataLoader(
	'glossary',
	glossaryFileSchema,
	(terms) => new Map(terms.map((term) => [term.id, term] as const)),
);
