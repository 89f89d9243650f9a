import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { citeFile, citePage } from '../citations/cite-page.ts';
import type { Handbook } from '../handbook/handbook.ts';
import { pageSummaries } from '../site/page-graph.ts';

/**
 * Writes each page's own reference as BibTeX and CSL-JSON under /cite/, for
 * "Cite this page". Written once after the build rather than as two Astro routes
 * per page, which would triple the number of routes Astro renders.
 */
export function citeFiles({ handbook }: { handbook: () => Handbook }): AstroIntegration {
	return {
		name: 'handbook-cite-files',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				let count = 0;
				for (const page of pageSummaries(handbook()).values()) {
					const cite = citePage(page, handbook().citationStyle, handbook().pageTemplate);
					for (const [ext, text] of [
						['bib', cite.bibtex],
						['json', cite.csl],
					] as const) {
						const file = path.join(root, citeFile(page, ext));
						fs.mkdirSync(path.dirname(file), { recursive: true });
						fs.writeFileSync(file, text);
					}
					count++;
				}
				logger.info(`Wrote the BibTeX and CSL-JSON reference of ${count} pages under /cite/.`);
			},
		},
	};
}
