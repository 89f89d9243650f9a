import type { APIRoute } from 'astro';
import { indexedWords } from '../site/search/vocabulary.ts';

/** The words a mistyped query word can be corrected to, one a line; fetched only when a query word finds nothing. */
export const GET: APIRoute = ({ locals }) =>
	new Response(`${indexedWords(locals.handbook.model).join('\n')}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
