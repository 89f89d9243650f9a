// The layers of src/, lowest first: a module may import from its own layer and the layers below it, never
// from a layer above, and no import may close a cycle. ARCHITECTURE.md ("Layers") explains each layer; keep
// the two in step. Run by `npm run lint` and by test/unit/layers.test.ts (which also plants a cycle and an
// upward import to show that the rules fail on them).
/** @type {{ name: string; path: string; comment: string }[]} */
const layers = [
	{
		name: 'facts',
		path: '^src/(config|folders)[.]ts$|^src/model/(page-types|routes|labels|locales)[.]ts$',
		comment:
			'the configuration, its languages, the page-type registry, the site title and labels, the route builders: no content',
	},
	{ name: 'schemas', path: '^src/schemas/', comment: 'Zod schemas of every content and data file' },
	{ name: 'citations', path: '^src/citations/', comment: 'citation syntax, bibliography, locators, page citations' },
	{ name: 'model', path: '^src/model/', comment: 'the content model: loading, pages, framework, short links' },
	{ name: 'search', path: '^src/search/', comment: 'search words, vocabulary, needs and ranking (pure or model-fed)' },
	{ name: 'check', path: '^src/check/', comment: 'the rule engine and the rules' },
	{ name: 'validation', path: '^src/validation/', comment: 'the check as one call (the facade the build calls)' },
	{ name: 'handbook', path: '^src/handbook/', comment: 'the checked handbook: model, bibliography, framework, store' },
	{ name: 'site', path: '^src/site/', comment: 'site features computed from the handbook (page graph, sidebar, ...)' },
	{
		name: 'build',
		path: '^src/(build|integrations|plugins)/|^src/(content[.]config|middleware|route-data|starlight-plugin)[.]ts$',
		comment: 'the Astro build: the Starlight plugin, integrations, Markdown plugins, content collections, middleware',
	},
	{
		name: 'ui',
		path: '^src/(components|pages|scripts|styles)/|^src/[^/]+[.]d[.]ts$',
		comment: 'components, pages, browser scripts',
	},
	{ name: 'cli', path: '^scripts/|^astro[.]config[.]ts$', comment: 'npm scripts and the Astro configuration' },
];

// A module belongs to the first layer whose pattern it matches (the facts files sit under src/model/).
const layerPath = (index) =>
	`^(?:${layers
		.slice(0, index)
		.map((layer) => `(?!(?:${layer.path}))`)
		.join('')})(?:${layers[index].path})`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			severity: 'error',
			comment: 'Modules that import each other cannot be understood or tested one at a time.',
			from: {},
			to: { circular: true },
		},
		...layers.slice(0, -1).map((layer, index) => ({
			name: `layer-${layer.name}`,
			severity: 'error',
			comment: `The ${layer.name} layer (${layer.comment}) may import only from itself and the layers below it.`,
			from: { path: layerPath(index) },
			to: { path: layers.slice(index + 1).map((_, i) => layerPath(index + 1 + i)) },
		})),
		{
			name: 'no-test-or-script-imports',
			severity: 'error',
			comment: 'The site never imports the tests or the npm scripts.',
			from: { path: '^src/' },
			to: { path: '^(test|scripts)/' },
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: 'node_modules|^dist' },
		tsConfig: { fileName: 'tsconfig.json' },
		// Type-only imports count: a cycle through types still ties the layers together.
		tsPreCompilationDeps: true,
		enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.json', '.astro'] },
	},
};
