import type { APIRoute } from 'astro';
import { buildCatalog } from '../site/catalog.ts';

/** Every linkable thing in the handbook, for LMSs and scripts. The format is documented on /linking/. */
export const GET: APIRoute = ({ locals }) =>
	new Response(JSON.stringify(buildCatalog(locals.handbook), null, 2), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
