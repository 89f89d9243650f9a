import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { RunnableDevEnvironment, ViteDevServer } from 'vite';
import { formatReport } from '../check/report.ts';
import { docsFolder } from '../model/project.ts';
import type { HandbookStore } from '../handbook/store.ts';
import { errorsOf } from '../validation/validate.ts';

/**
 * Connects the handbook's store to Astro:
 * - pages and components get the handbook as `Astro.locals.handbook` (`src/middleware.ts`);
 * - `astro build` on its own refuses bad content with the same report as `npm run check`
 *   (Starlight only logs an error thrown while rendering a page; this runs first);
 * - in `npm run dev`, a saved change under the content folder reads and checks the content again,
 *   and the browser reloads: backlinks, the capability map, the glossary and the references follow
 *   without a restart, and a check error shows in the error overlay (`src/route-data.ts`).
 */
export function handbookIntegration(store: HandbookStore): AstroIntegration {
	return {
		name: 'handbook',
		hooks: {
			'astro:config:setup': ({ addMiddleware }) => {
				store.current();
				addMiddleware({ entrypoint: fileURLToPath(new URL('../middleware.ts', import.meta.url)), order: 'pre' });
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
			'astro:server:setup': ({ server, logger }) => {
				const inside = (file: string) => path.resolve(file).startsWith(store.root + path.sep);
				let timer: NodeJS.Timeout | undefined;
				server.watcher.add(store.root);
				let dataChanged = false;
				server.watcher.on('all', (_event, file) => {
					if (!inside(file)) return;
					dataChanged ||= !path.resolve(file).startsWith(path.join(store.root, docsFolder) + path.sep);
					// One read for a burst of saves (an editor writing several files, a git checkout).
					clearTimeout(timer);
					timer = setTimeout(() => {
						const errors = errorsOf(store.refresh().problems);
						if (errors.length) logger.error(`\n${formatReport(errors)}`);
						// Pages are compiled with the bibliography's and glossary's text in their citation and
						// term previews: after a change to a data file, every page is compiled again.
						if (dataChanged) {
							const docs = path.join(store.root, docsFolder);
							recompilePages(server, docs);
							// A page whose compilation was already under way used the old data, and the module
							// runner may keep it: dropped once more when it is surely done.
							setTimeout(() => recompilePages(server, docs), 1500).unref();
						}
						dataChanged = false;
						server.hot.send({ type: 'full-reload' });
					}, 100);
				});
			},
		},
	};
}

/** Drops the compiled modules of every page under `docs`, so the next request compiles them again. */
function recompilePages(server: ViteDevServer, docs: string): void {
	const timestamp = Date.now();
	for (const environment of Object.values(server.environments)) {
		for (const [file, modules] of environment.moduleGraph.fileToModulesMap) {
			if (!file.startsWith(docs + path.sep)) continue;
			for (const module of modules) environment.moduleGraph.invalidateModule(module, undefined, timestamp, true);
			// Astro's server environments run modules in Vite's module runner, which keeps them evaluated.
			const { runner } = environment as Partial<RunnableDevEnvironment>;
			for (const module of runner?.evaluatedModules.getModulesByFile(file) ?? [])
				runner!.evaluatedModules.invalidateModule(module);
		}
	}
}
