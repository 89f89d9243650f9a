import type { APIRoute } from 'astro';
import { contentIndex } from '../lib/content-index.ts';
import { indexedWords } from '../lib/search-vocabulary.ts';

/** The words a mistyped query word can be corrected to, one a line; fetched only when a query word finds nothing. */
export const GET: APIRoute = () =>
	new Response(`${indexedWords(contentIndex()).join('\n')}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
