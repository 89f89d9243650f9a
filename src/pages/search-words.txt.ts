import type { APIRoute } from 'astro';
import { realWordsNear } from '../search/real-words.ts';

/**
 * The words a mistyped query word can be corrected to, one a line; then, after a `#` line, the real
 * English words near them, which are never corrected. Fetched only when a query word finds nothing.
 */
export const GET: APIRoute = ({ locals }) => {
	const { indexed } = locals.handbook.search;
	return new Response(`${indexed.join('\n')}\n#\n${realWordsNear(indexed).join('\n')}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
