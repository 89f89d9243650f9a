import { getEntry } from 'astro:content';
import type { Handbook } from './handbook.ts';
import { handbookEntryId, type HandbookEntryData } from './loader.ts';
import { deserializeHandbook } from './serialize.ts';

/** The handbook last taken from the content layer, by its digest: made again only when the content changed. */
let taken: { digest: string; handbook: Handbook } | undefined;

/**
 * The handbook as Astro's content layer holds it (the `handbook` collection, filled by `handbookLoader`):
 * for the middleware (`Astro.locals.handbook`) and for the pages' `getStaticPaths`, which run before it.
 * Astro hands its data store to the pages' module instance, in `npm run dev` after each change as well.
 */
export async function handbookFromContentLayer(): Promise<Handbook> {
	const entry = await getEntry('handbook', handbookEntryId);
	if (!entry) throw new Error('The handbook is missing from the content layer: is the `handbook` collection defined?');
	const { digest, text } = entry.data as HandbookEntryData;
	if (taken?.digest !== digest) taken = { digest, handbook: deserializeHandbook(text).handbook };
	return taken.handbook;
}
