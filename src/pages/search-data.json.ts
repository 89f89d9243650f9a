import type { APIRoute } from 'astro';
import { contentIndex } from '../lib/content-index.ts';
import { clientVocabulary } from '../lib/search-vocabulary.ts';

/** The search vocabulary for the browser, fetched when a reader opens the search (about 2 KB compressed). */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(clientVocabulary(contentIndex())), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
