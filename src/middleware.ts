import { defineMiddleware } from 'astro:middleware';
import { openHandbook } from './handbook/snapshot.ts';
import { contentDir } from './model/project.ts';
import { profileMark } from './build/profile.ts';

/**
 * Gives every page, endpoint and component the handbook as `Astro.locals.handbook`: the store's latest
 * snapshot (see `src/handbook/snapshot.ts`). Added by the handbook integration before Starlight's own
 * middleware, so Starlight's route data (`src/route-data.ts`) has it too.
 */
export const onRequest = defineMiddleware((context, next) => {
	profileMark(`page ${context.url.pathname}`);
	context.locals.handbook = openHandbook(contentDir());
	return next();
});
