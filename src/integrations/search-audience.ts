import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { audienceLabels } from '../site/search/facets.ts';
import type { ClientVocabulary, PageAudience } from '../site/search/query.ts';

/** Pagefind's marker at the start of every decompressed index file. */
const pagefindSignature = 'pagefind_dcd';

/** The filters of one page as Pagefind stored them in its fragment file. */
function fragmentFilters(file: string): Record<string, string[]> {
	const text = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
	const json = text.startsWith(pagefindSignature) ? text.slice(pagefindSignature.length) : text;
	return (JSON.parse(json) as { filters?: Record<string, string[]> }).filters ?? {};
}

/** Reads every page Pagefind indexed: which are for readers, which are the authoring guide's, which are brief. */
export function pageAudience(pagefindDir: string): PageAudience {
	const audience: PageAudience = { editors: [], brief: [], unlisted: [], readers: 0 };
	const fragments = path.join(pagefindDir, 'fragment');
	for (const name of fs.readdirSync(fragments).sort()) {
		if (!name.endsWith('.pf_fragment')) continue;
		const id = name.slice(0, -'.pf_fragment'.length);
		const filters = fragmentFilters(path.join(fragments, name));
		if (filters.audience?.includes(audienceLabels.editors)) audience.editors.push(id);
		else if (filters.audience?.includes(audienceLabels.readers)) audience.readers++;
		else audience.unlisted.push(id);
		if (filters.depth?.includes('Brief')) audience.brief.push(id);
	}
	return audience;
}

/**
 * After Pagefind has indexed the built site (Starlight runs it when the build is done; this
 * integration comes after Starlight's), adds to `search-data.json`, which the search fetches when it
 * opens, the ids of the authoring guide's pages and of brief pages. With them a reader's first search
 * ranks and leaves out authoring pages without loading Pagefind's filter index (4 KB at 2,000 pages);
 * the filters stay in the index for the search page's audience filter.
 */
export function searchAudience(): AstroIntegration {
	return {
		name: 'handbook-search-audience',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pagefindDir = path.join(root, 'pagefind');
				const dataFile = path.join(root, 'search-data.json');
				if (!fs.existsSync(path.join(pagefindDir, 'fragment')) || !fs.existsSync(dataFile)) {
					logger.warn('No Pagefind index or search-data.json in the build: search ranks with its filter index.');
					return;
				}
				const data = JSON.parse(fs.readFileSync(dataFile, 'utf8')) as ClientVocabulary;
				data.audience = pageAudience(pagefindDir);
				fs.writeFileSync(dataFile, JSON.stringify(data));
				logger.info(
					`Search: ${data.audience.readers} readers' pages, ${data.audience.editors.length} authoring pages, ${data.audience.brief.length} brief pages.`,
				);
			},
		},
	};
}
