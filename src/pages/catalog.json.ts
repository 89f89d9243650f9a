import type { APIRoute } from 'astro';
import { buildCatalog } from '../lib/catalog.ts';

/** Every linkable thing in the handbook, for LMSs and scripts. The format is documented on /linking/. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(buildCatalog(), null, 2), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
