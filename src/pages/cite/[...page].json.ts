import type { APIRoute, GetStaticPaths } from 'astro';
import { citePage } from '../../lib/cite-page.ts';
import { pageSummaries } from '../../lib/page-graph.ts';

/** Each page's own reference as CSL-JSON, for "Cite this page". */
export const getStaticPaths = (() =>
	[...pageSummaries().values()].map((page) => ({
		params: { page: page.url === '/' ? 'home' : page.url.slice(1, -1) },
		props: { page },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
	new Response(citePage(props.page, site, import.meta.env.BASE_URL).csl, {
		headers: { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
	});
