import type { APIRoute } from 'astro';
import { buildCatalog, catalogCsv } from '../site/catalog.ts';

/** The catalog as CSV, for spreadsheets. */
export const GET: APIRoute = ({ locals }) =>
	new Response(catalogCsv(buildCatalog(locals.handbook)), {
		headers: { 'content-type': 'text/csv; charset=utf-8' },
	});
