import type { APIRoute } from 'astro';
import { buildCatalog, catalogCsv } from '../lib/catalog.ts';

/** The catalog as CSV, for spreadsheets. */
export const GET: APIRoute = () =>
	new Response(catalogCsv(buildCatalog()), {
		headers: { 'content-type': 'text/csv; charset=utf-8' },
	});
