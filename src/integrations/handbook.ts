import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import { formatReport } from '../check/report.ts';
import { dataFiles, docsFolder } from '../model/project.ts';
import type { HandbookStore } from '../handbook/store.ts';
import { errorsOf } from '../validation/validate.ts';

/**
 * Connects the handbook's store to Astro:
 * - pages and components get the handbook as `Astro.locals.handbook` (`src/middleware.ts`, from the content
 *   layer, where `src/handbook/loader.ts` puts it and, in `npm run dev`, renews it after each change);
 * - `astro build` on its own refuses bad content with the same report as `npm run check`
 *   (Starlight only logs an error thrown while rendering a page; this runs first);
 * - in `npm run dev`, pages are compiled again after a change to a data file (see `pagesFollowData`), and
 *   the server's modules see each new version of Astro's data store (see `reloadServerModules`).
 */
export function handbookIntegration(store: HandbookStore): AstroIntegration {
	// What Astro writes for the server's modules after a change: the data store and the pages' render modules.
	let written: string[] = [];
	return {
		name: 'handbook',
		hooks: {
			'astro:config:setup': ({ addMiddleware, updateConfig, command, config }) => {
				store.current();
				written = ['data-store.json', 'content-modules.mjs'].map((name) =>
					fileURLToPath(new URL(`.astro/${name}`, config.root)),
				);
				addMiddleware({ entrypoint: fileURLToPath(new URL('../middleware.ts', import.meta.url)), order: 'pre' });
				if (command === 'dev') updateConfig({ vite: { plugins: [pagesFollowData(store.root)] } });
			},
			'astro:server:setup': ({ server }) => {
				server.watcher.on('all', (_event, file) => {
					if (written.includes(path.resolve(file))) reloadServerModules(server);
				});
			},
			'astro:build:start': ({ logger }) => {
				const problems = errorsOf(store.current().problems);
				if (problems.length) {
					logger.error(`\n${formatReport(problems)}`);
					throw new Error(
						`The content has ${problems.length} problem(s), listed above; nothing was built. Fix them and build again.`,
					);
				}
			},
		},
	};
}

/**
 * Pages are compiled with the bibliography's and the glossary's text in their citation and term previews
 * (`src/plugins/handbook-previews.ts`): each compiled page depends on the data files, as Vite learns from
 * `addWatchFile`. When one changes, Vite drops the compiled pages itself and compiles them again on the next
 * request, after the handbook's loader has made the store forget the old data (in the same watcher event).
 */
function pagesFollowData(root: string): Plugin {
	const docs = path.join(root, docsFolder) + path.sep;
	const data = Object.values(dataFiles).map((file) => path.join(root, file));
	return {
		name: 'handbook:pages-follow-data',
		transform(_code, id) {
			const file = id.split('?')[0]!;
			if (!file.startsWith(docs) || !/\.mdx?$/.test(file)) return;
			for (const dependency of data) this.addWatchFile(dependency);
		},
	};
}

/**
 * Astro's content runtime keeps the data store and the map of the pages' render modules it first read for as
 * long as its module is loaded, and the server's module runner loads them again only when a module changes: a
 * request between a saved page and Astro's (debounced) write of those files would keep the old ones for good
 * (the old handbook, sidebar and routes; a page added back that cannot render). Each time Astro has written
 * one, the server environments reload their modules (Vite's own full reload), so the next request reads them
 * as written.
 */
function reloadServerModules(server: ViteDevServer): void {
	for (const [name, environment] of Object.entries(server.environments))
		if (name !== 'client') environment.hot.send({ type: 'full-reload' });
}
