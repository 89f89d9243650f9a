import type { APIRoute } from 'astro';
import { clientVocabulary } from '../site/search/vocabulary.ts';

/** The search vocabulary for the browser, fetched when a reader opens the search (about 2 KB compressed). */
export const GET: APIRoute = ({ locals }) =>
	new Response(JSON.stringify(clientVocabulary(locals.handbook.model)), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
