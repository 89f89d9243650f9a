// `npm run allowlist:output`: regenerates src/build/output-allowlist.json, what the output audit lets a built page
// contain (see src/build/output-audit.ts). Run it after changing a component or upgrading Starlight or Astro,
// when `npm run build` refuses markup that the code now makes on purpose; review the diff like code.
// It checks the committed content and the test fixture (which must have no errors), builds them into a temporary
// folder with Astro itself (not scripts/build.ts, whose audit would refuse the very build that derives the list), and records
// every element, attribute, enumerated value and address scheme the pages contain, plus what Markdown makes
// (below) for features the handbook's own pages do not happen to use yet.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { allowlistFile, deriveAllowlist, type OutputAllowlist } from '../src/build/output-audit.ts';
import { linkSchemes } from '../src/check/links.ts';
import { editorMetaNames } from '../src/check/markup.ts';
import { configuredLocales } from '../src/model/locales.ts';
import { contentDir } from '../src/model/project.ts';
import { errorsOf, validateContent } from '../src/validation/validate.ts';

/** What Markdown and the content's allowed HTML produce (in a page's body), whether or not a page uses it today. */
const markdown: Record<string, string[]> = {
	a: ['href', 'title', 'rel', 'id'],
	img: ['src', 'alt', 'title', 'width', 'height', 'loading', 'decoding'],
	...Object.fromEntries(
		(
			'abbr b bdi bdo blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption figure ' +
			'h2 h3 h4 h5 h6 hr i ins kbd li mark ol p pre q s samp small span strong sub summary sup table tbody td ' +
			'tfoot th thead time tr u ul var wbr'
		)
			.split(' ')
			.map((name) => [name, ['id', 'title', 'lang', 'dir']]),
	),
};
const markdownSchemes: Record<string, string[]> = {
	'a@href': ['', ...linkSchemes],
	'img@src': ['', 'data'],
};
/** The meta tags an editor may add in a page's `head:` (the check's list). */
const editorHead: OutputAllowlist['values'] = { 'meta@name': [...editorMetaNames] };

/** One clean build, in a child process (each build loads the configuration from its environment). */
function buildInto(content: string, out: string, site?: string, config?: string): void {
	const env: NodeJS.ProcessEnv = { ...process.env, HANDBOOK_CONTENT_DIR: content, HANDBOOK_OUT_DIR: out };
	if (site) env.HANDBOOK_SITE = site;
	else delete env.HANDBOOK_SITE;
	if (config) env.HANDBOOK_CONFIG = config;
	else delete env.HANDBOOK_CONFIG;
	const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--astro-build'], {
		env,
		stdio: 'inherit',
	});
	if (result.status !== 0) throw new Error(`The build of ${content} failed.`);
}

if (process.argv.includes('--astro-build')) {
	const { build } = await import('astro');
	await build({ root: process.cwd(), logLevel: 'error' });
	process.exit(0);
}

// Two builds cover what differs between builds: the handbook's content as a preview (no published address), and
// the test fixture, whose pages use components the handbook's do not, published at an address; and the bilingual
// fixture (the test fixture with a French part, test/fixtures/bilingual), for the language picker and Starlight's
// notice on a page not yet translated.
const site = 'https://handbook.example.org';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-allowlist-'));
const bilingual = path.join(tmp, 'bilingual', 'content');
fs.cpSync(path.resolve('test/fixtures/valid'), bilingual, { recursive: true });
fs.cpSync(path.resolve('test/fixtures/bilingual/docs'), path.join(bilingual, 'docs'), { recursive: true });
const sets = [
	{ content: contentDir(), site: undefined, config: undefined },
	{ content: path.resolve('test/fixtures/valid'), site, config: undefined },
	{ content: bilingual, site, config: path.resolve('test/fixtures/bilingual/handbook.config.json') },
];
try {
	const merged: OutputAllowlist = { elements: { head: {}, body: {} }, values: {}, schemes: {} };
	for (const [i, set] of sets.entries()) {
		const errors = errorsOf(
			validateContent(set.content, {}, configuredLocales({ HANDBOOK_CONFIG: set.config })).problems,
		);
		if (errors.length) {
			console.error(`${set.content} has ${errors.length} error(s): the allowlist is derived from clean content only.`);
			process.exit(1);
		}
		const out = path.join(tmp, String(i));
		buildInto(set.content, out, set.site, set.config);
		mergeInto(merged, deriveAllowlist(out, site));
	}
	mergeInto(merged, { elements: { head: {}, body: markdown }, values: editorHead, schemes: markdownSchemes });
	// Written as Prettier writes it, so that `npm run lint:format` accepts the generated file.
	const options = (await prettier.resolveConfig(allowlistFile)) ?? {};
	fs.writeFileSync(
		allowlistFile,
		await prettier.format(JSON.stringify(sorted(merged)), { ...options, parser: 'json' }),
	);
	console.log(`Wrote ${path.relative(process.cwd(), allowlistFile)}: review its diff before committing.`);
} finally {
	fs.rmSync(tmp, { recursive: true, force: true });
}

function mergeRecord(into: Record<string, string[]>, from: Record<string, string[]>): void {
	for (const [key, list] of Object.entries(from)) into[key] = [...new Set([...(into[key] ?? []), ...list])];
}
function mergeInto(into: OutputAllowlist, from: OutputAllowlist): void {
	mergeRecord(into.elements.head, from.elements.head);
	mergeRecord(into.elements.body, from.elements.body);
	mergeRecord(into.values, from.values);
	mergeRecord(into.schemes, from.schemes);
}
/** Sorted keys and lists, so that regenerating the file gives a readable diff. */
function sorted(allowlist: OutputAllowlist): OutputAllowlist {
	const sortRecord = (record: Record<string, string[]>) =>
		Object.fromEntries(
			Object.keys(record)
				.sort()
				.map((key) => [key, [...record[key]!].sort()]),
		);
	return {
		elements: { head: sortRecord(allowlist.elements.head), body: sortRecord(allowlist.elements.body) },
		values: sortRecord(allowlist.values),
		schemes: sortRecord(allowlist.schemes),
	};
}
