import { z } from 'zod';
import { idSchema } from './framework.ts';

/**
 * One entry of the search vocabulary (`content/search/vocabulary.yaml`): the words health
 * leaders type, and the handbook's own terms or pages they mean. Search looks for those terms
 * when a reader types one of the words; the vocabulary adds nothing to any page.
 */
export const vocabularyEntrySchema = z
	.strictObject({
		/** What leaders type: words or short phrases, in lowercase (for example `psychological safety`). */
		words: z.array(z.string().trim().min(2)).min(1, 'an entry needs at least one word'),
		/** Words or phrases the handbook's pages use for the same thing (for example `conflict`). */
		terms: z.array(z.string().trim().min(2)).optional(),
		/** Glossary term ids (`content/glossary/terms.yaml`): search looks for the term as the glossary names it. */
		glossary: z.array(idSchema).optional(),
		/** LEADS capability ids (`content/taxonomy/leads.yaml`): search looks for the capability's name. */
		capabilities: z.array(idSchema).optional(),
		/** Practice pages, by the last part of their address (`power-dynamics`): search looks for the practice's title. */
		practices: z.array(idSchema).optional(),
	})
	.refine((e) => Boolean(e.terms?.length || e.glossary?.length || e.capabilities?.length || e.practices?.length), {
		message: 'needs at least one target: `terms`, `glossary`, `capabilities` or `practices`',
	});

export const vocabularyFileSchema = z.array(vocabularyEntrySchema);
export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;
