import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { audienceLabels } from '../search/facets.ts';
import type { ClientVocabulary, PageAudience } from '../search/query.ts';

/** Pagefind's marker at the start of every decompressed index file. */
const pagefindSignature = 'pagefind_dcd';

/** A page's address and filters as Pagefind stored them in its fragment file. */
function fragment(file: string): { url: string; filters: Record<string, string[]> } {
	const text = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
	const json = text.startsWith(pagefindSignature) ? text.slice(pagefindSignature.length) : text;
	const parsed = JSON.parse(json) as { url?: string; filters?: Record<string, string[]> };
	return { url: parsed.url ?? '', filters: parsed.filters ?? {} };
}

/** Pages that name many subjects in a line each: ranked below the pages that treat one. */
const referencePages = new Set(['/glossary/']);

/** A page's address as the content names it: without the site's base. */
const withoutBase = (url: string, base: string) =>
	`/${url.slice(url.startsWith(base) ? base.length : 0).replace(/^\/+/, '')}`;

/**
 * Reads every page Pagefind indexed, once: which are for readers, which are the authoring guide's, which are
 * brief, and each page's Pagefind id by its address (without the site's base).
 */
export function readIndexedPages(
	pagefindDir: string,
	base = '/',
): { audience: PageAudience; ids: Map<string, string> } {
	const audience: PageAudience = { editors: [], brief: [], unlisted: [], readers: 0 };
	const ids = new Map<string, string>();
	const fragments = path.join(pagefindDir, 'fragment');
	for (const name of fs.readdirSync(fragments).sort()) {
		if (!name.endsWith('.pf_fragment')) continue;
		const id = name.slice(0, -'.pf_fragment'.length);
		const { url, filters } = fragment(path.join(fragments, name));
		ids.set(withoutBase(url, base), id);
		if (referencePages.has(withoutBase(url, base))) (audience.reference ??= []).push(id);
		if (filters.audience?.includes(audienceLabels.editors)) audience.editors.push(id);
		else if (filters.audience?.includes(audienceLabels.readers)) audience.readers++;
		else audience.unlisted.push(id);
		if (filters.depth?.includes('Brief')) audience.brief.push(id);
	}
	return { audience, ids };
}

/**
 * After Pagefind has indexed the built site (Starlight runs it when the build is done; this
 * integration comes after Starlight's), adds to `search-data.json`, which the search fetches when it
 * opens, the ids of the authoring guide's pages and of brief pages. With them a reader's first search
 * ranks and leaves out authoring pages without loading Pagefind's filter index (4 KB at 2,000 pages);
 * the filters stay in the index for the search page's audience filter.
 */
export function searchAudience(): AstroIntegration {
	let base = '/';
	return {
		name: 'handbook-search-audience',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pagefindDir = path.join(root, 'pagefind');
				const dataFile = path.join(root, 'search-data.json');
				if (!fs.existsSync(path.join(pagefindDir, 'fragment')) || !fs.existsSync(dataFile)) {
					logger.warn('No Pagefind index or search-data.json in the build: search ranks with its filter index.');
					return;
				}
				const data = JSON.parse(fs.readFileSync(dataFile, 'utf8')) as ClientVocabulary;
				const { audience, ids } = readIndexedPages(pagefindDir, base);
				data.audience = audience;
				// The pages that answer needs, by Pagefind id, so search can put them first without a lookup.
				for (const need of data.needs ?? [])
					for (const target of [need.answer, ...(need.nearest ?? [])])
						if (target) target.id = ids.get(target.url.split('#')[0]!);
				fs.writeFileSync(dataFile, JSON.stringify(data));
				logger.info(
					`Search: ${data.audience.readers} readers' pages, ${data.audience.editors.length} authoring pages, ${data.audience.brief.length} brief pages.`,
				);
			},
		},
	};
}
