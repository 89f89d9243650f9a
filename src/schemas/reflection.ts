import { z } from 'zod';
import { idSchema } from './framework.ts';
import { listedOnce } from './listed-once.ts';

/** One reflection question in `content/reflection/questions.yaml`. */
export const reflectionQuestionSchema = z.strictObject({
	/** Stable public id, used in worksheet links and the catalog. */
	id: idSchema,
	/** The question, quoted exactly as the source asks it. */
	text: z.string().min(5),
	/** Ids of the capabilities the question exercises (the handbook's mapping). */
	capabilities: listedOnce(z.string()).min(1, 'map each question to at least one capability'),
	/** Optional note for facilitators. */
	note: z.string().optional(),
});

export type ReflectionQuestion = z.infer<typeof reflectionQuestionSchema>;
