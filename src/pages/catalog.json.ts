import type { APIRoute } from 'astro';
import { buildCatalog } from '../lib/catalog.ts';

/** Every linkable thing in the handbook, for LMSs and scripts. The format is documented on /linking/. */
export const GET: APIRoute = ({ site }) =>
	new Response(JSON.stringify(buildCatalog(site!, import.meta.env.BASE_URL), null, 2), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
