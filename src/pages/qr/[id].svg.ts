import type { APIRoute, GetStaticPaths } from 'astro';
import { publicUrl } from '../../config.ts';
import { handbookFromContentLayer } from '../../handbook/content-layer.ts';
import { shortPath } from '../../model/routes.ts';
import { shortLinks } from '../../model/short-links.ts';
import { qrImage } from '../../site/training.ts';

/**
 * One QR code per short link, as an SVG file: for the reading list's handout, and for trainers' slides.
 * The dev server serves them from here; a build writes them in the post-build pass (src/build/post-build.ts).
 */
export const getStaticPaths = (async () => {
	if (!import.meta.env.DEV) return [];
	const seen = new Set<string>();
	return shortLinks((await handbookFromContentLayer()).model)
		.filter((link) => !seen.has(link.id) && seen.add(link.id))
		.map((link) => ({ params: { id: link.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(await qrImage(publicUrl(shortPath(params.id!))), { headers: { 'content-type': 'image/svg+xml' } });
