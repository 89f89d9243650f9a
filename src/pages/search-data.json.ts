import type { APIRoute } from 'astro';
import { clientNeeds } from '../search/needs.ts';

/** The search vocabulary and the needs for the browser, fetched when a reader opens the search. */
export const GET: APIRoute = ({ locals }) =>
	new Response(JSON.stringify({ ...locals.handbook.search.vocabulary, needs: clientNeeds(locals.handbook.model) }), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
