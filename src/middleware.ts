import { defineMiddleware } from 'astro:middleware';
import { openHandbook } from './handbook/snapshot.ts';
import { contentDir } from './model/project.ts';
import { profileMark } from './build/profile.ts';

/**
 * Gives every page, endpoint and component the handbook as `Astro.locals.handbook`: the store's latest
 * snapshot (see `src/handbook/snapshot.ts`). Added by the handbook integration, after Starlight's own middleware
 * (which only prepares `locals.t` and `locals.starlightRoute`); Starlight makes a page's route data
 * (`src/route-data.ts`) when it renders the page, after every middleware, so the route data has it too.
 */
export const onRequest = defineMiddleware((context, next) => {
	profileMark(`page ${context.url.pathname}`);
	context.locals.handbook = openHandbook(contentDir());
	return next();
});
