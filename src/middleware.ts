import { defineMiddleware } from 'astro:middleware';
import { profileMark } from './build/profile.ts';

/**
 * Gives every page, endpoint and component the handbook as `Astro.locals.handbook`, from Astro's content
 * layer (see `src/handbook/loader.ts`). Added by the handbook integration, after Starlight's own middleware
 * (which only prepares `locals.t` and `locals.starlightRoute`); Starlight makes a page's route data
 * (`src/route-data.ts`) when it renders the page, after every middleware, so the route data has it too.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	profileMark(`page ${context.url.pathname}`);
	// Imported on each request, not once: Astro keeps this middleware for the life of the dev server, while the
	// content runtime it reads through is loaded again after each change (see the handbook integration). A
	// module already loaded costs a lookup.
	const { handbookFromContentLayer } = await import('./handbook/content-layer.ts');
	context.locals.handbook = await handbookFromContentLayer();
	return next();
});
