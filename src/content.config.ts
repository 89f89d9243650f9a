import path from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { parse as parseYaml } from 'yaml';
import { contentDir, dataFiles, docsFolder } from './model/project.ts';
import { dataListLoader } from './handbook/data-list-loader.ts';
import { handbookLoader } from './handbook/loader.ts';
import { storeFor } from './handbook/store.ts';
import { capabilitySchema, domainSchema, frameworkFileSchema } from './schemas/framework.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { pageFields } from './schemas/page.ts';
import { redirectSchema } from './schemas/redirects.ts';
import { referenceSchema } from './schemas/reference.ts';
import { uiStringsSchema } from './schemas/ui-strings.ts';
import { reflectionQuestionSchema } from './schemas/reflection.ts';
import { vocabularyEntrySchema } from './schemas/vocabulary.ts';

// Content lives in `content/`, outside `src/`, so editors find it in one place
// (and HANDBOOK_CONTENT_DIR can point the build at another content set).
const root = contentDir();
const dataPath = (name: keyof typeof dataFiles) => path.join(root, dataFiles[name]);
// The process's store of this content set (made by the configuration; see src/handbook/store.ts).
const handbook = () => storeFor(root).current();

const frameworkYaml = (text: string) => frameworkFileSchema.parse(parseYaml(text));

export const collections = {
	// The checked handbook (content model, the check's problems, citeproc's results) as one entry: what the
	// pages read as `Astro.locals.handbook` (src/handbook/loader.ts); in `npm run dev` it follows every change.
	handbook: defineCollection({ loader: handbookLoader(root) }),
	// Starlight's UI strings and the handbook's own (`handbook.*`, see ui-strings.ts), one dictionary per
	// language in src/content/i18n/ (code, not content: the content folder is not trusted with the site's UI).
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }),
	docs: defineCollection({
		// No page reads its raw source from here (the content model has what the pages need): without the bodies,
		// Astro's data store, which the build bundles and loads as a module, is smaller by the size of the content.
		loader: glob({ base: path.join(root, docsFolder), pattern: '**/[^_]*.{md,mdx}', retainBody: false }),
		schema: docsSchema({
			extend: pageFields(
				(id) => handbook().framework.capabilities.has(id),
				(key) => handbook().bibliography.entries.has(key),
			),
		}),
	}),
	domains: defineCollection({
		loader: file(dataPath('framework'), { parser: (text) => frameworkYaml(text).domains }),
		schema: domainSchema,
	}),
	capabilities: defineCollection({
		loader: file(dataPath('framework'), {
			parser: (text) =>
				frameworkYaml(text).domains.flatMap((domain) =>
					domain.capabilities.map((capability) => ({ ...capability, domain: domain.id })),
				),
		}),
		schema: capabilitySchema.extend({ domain: domainSchema.shape.id }),
	}),
	glossary: defineCollection({ loader: file(dataPath('glossary')), schema: glossaryTermSchema }),
	references: defineCollection({ loader: file(dataPath('bibliography')), schema: referenceSchema }),
	reflection: defineCollection({ loader: file(dataPath('reflection')), schema: reflectionQuestionSchema }),
	// Old addresses of renamed pages, by old address (the "Linking to the handbook" page lists them).
	redirects: defineCollection({
		loader: dataListLoader(dataPath('redirects'), (item) => String(item.from)),
		schema: redirectSchema,
	}),
	// The search vocabulary, by each entry's first word (the authoring guide's "Search vocabulary" page lists it).
	vocabulary: defineCollection({
		loader: dataListLoader(dataPath('vocabulary'), (item, index) =>
			Array.isArray(item.words) ? String(item.words[0]) : String(index),
		),
		schema: vocabularyEntrySchema,
	}),
};
