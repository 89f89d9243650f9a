import type { APIRoute } from 'astro';
import { buildCatalog, catalogCsv } from '../lib/catalog.ts';

/** The catalog as CSV, for spreadsheets. */
export const GET: APIRoute = ({ site }) =>
	new Response(catalogCsv(buildCatalog(site!, import.meta.env.BASE_URL)), {
		headers: { 'content-type': 'text/csv; charset=utf-8' },
	});
