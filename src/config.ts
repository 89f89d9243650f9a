import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Host names that only ever mean "this computer": never a published address. */
const loopbackHost = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

/** True for an origin that is this computer (a preview), not a published site. */
export const isLoopback = (origin: string) => loopbackHost.test(new URL(origin).hostname);

/** An origin: scheme, host and port, nothing after. */
const originSchema = z
	.url({ protocol: /^https?$/ })
	.transform((value) => new URL(value))
	.refine((url) => url.pathname === '/' && !url.search && !url.hash && !url.username, {
		message: 'must be an origin only, such as `https://handbook.example.org`, without a path (the path goes in `base`)',
	})
	.transform((url) => url.origin);

/** A base path, normalized to one leading and one trailing slash: `handbook` becomes `/handbook/`. */
const baseSchema = z
	.string()
	.regex(/^\/?(?:[A-Za-z0-9._~-]+\/?)*$/, 'must be a path such as `/` or `/handbook/`')
	.transform((value) => `/${value.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'));

/**
 * The handbook's publishing settings (`handbook.config.json` at the project root). Everything
 * that writes an absolute address (catalog, citations, canonical and Open Graph tags, social
 * cards, QR codes, printed handouts) reads it from here.
 */
export const handbookConfigSchema = z.strictObject({
	/**
	 * The published origin, such as `https://handbook.example.org`, or null while the handbook has
	 * none. Without one, `npm run build` writes addresses relative to the site (a preview build) and
	 * `npm run build:production` refuses to build. Environment override: `HANDBOOK_SITE`.
	 */
	site: originSchema.nullable(),
	/** The path the site is served under: `/` at the root of its domain, or `/handbook/`. Override: `HANDBOOK_BASE`. */
	base: baseSchema,
	/** Who "Cite this page" names as the author of every page: the handbook's editors as a group. */
	editors: z.string().min(1),
	/** Who "Cite this page" names as the publisher. */
	publisher: z.string().min(1),
	/**
	 * Origins allowed to show the embed views (`/embed/<id>/`) in a frame, such as a Moodle or Canvas
	 * site's origin. None by default; every other page may never be framed. Override:
	 * `HANDBOOK_EMBED_ORIGINS` (origins separated by spaces or commas).
	 */
	embedOrigins: z.array(originSchema),
});

export type HandbookConfig = z.infer<typeof handbookConfigSchema>;

/** Where the committed configuration lives. */
export const configFile = path.join(process.cwd(), 'handbook.config.json');

/**
 * Reads `handbook.config.json` and applies the environment overrides. Throws a message that
 * names the file or variable at fault and what to write instead.
 */
export function loadHandbookConfig(
	env: Record<string, string | undefined> = process.env,
	file: string = configFile,
): HandbookConfig {
	let committed: Record<string, unknown>;
	try {
		committed = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
	} catch (error) {
		throw new Error(
			`${path.relative(process.cwd(), file) || file} could not be read as JSON (${(error as Error).message}). ` +
				"It holds the handbook's publishing settings; restore it from git or fix the JSON.",
			{ cause: error },
		);
	}
	const merged = { ...committed };
	// An empty variable means "unset", as in most shells' `VAR= command`.
	if (env.HANDBOOK_SITE) merged.site = env.HANDBOOK_SITE;
	if (env.HANDBOOK_BASE) merged.base = env.HANDBOOK_BASE;
	if (env.HANDBOOK_EMBED_ORIGINS !== undefined)
		merged.embedOrigins = env.HANDBOOK_EMBED_ORIGINS.split(/[\s,]+/).filter(Boolean);
	const parsed = handbookConfigSchema.safeParse(merged);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((issue) => {
			const field = issue.path.join('.');
			const variable = { site: 'HANDBOOK_SITE', base: 'HANDBOOK_BASE', embedOrigins: 'HANDBOOK_EMBED_ORIGINS' }[
				String(issue.path[0])
			];
			const from = variable && env[variable] ? `${variable}` : `"${field}" in handbook.config.json`;
			return `${from}: ${issue.message}`;
		});
		throw new Error(
			`The handbook's publishing settings are not valid:\n  ${problems.join('\n  ')}\nFix the value and build again.`,
		);
	}
	return parsed.data;
}

/** The configuration this process builds with. */
export const handbookConfig: HandbookConfig = loadHandbookConfig();

// The run's folders live in folders.ts, which reads no file: `npm run check` needs them without the
// publishing settings (it runs from any folder, and on content with a broken handbook.config.json).
export { handbookFolders, type HandbookFolders } from './folders.ts';

/**
 * Why a production build cannot use `config`, or undefined if it can: it needs a real published
 * origin, since every exported address (catalog, citations, QR codes, handouts) is built on it.
 */
export function productionProblem(config: HandbookConfig): string | undefined {
	const fix =
		'Set "site" in handbook.config.json to the address the handbook is published at (for example "https://handbook.example.org"), ' +
		'or set it for one build: HANDBOOK_SITE=https://handbook.example.org npm run build:production. ' +
		'`npm run build` makes a preview build without one.';
	if (!config.site)
		return `The production build stopped: the handbook's published address is not configured, so citations, the catalog, short links, QR codes and printed handouts would have no address to give. ${fix}`;
	if (isLoopback(config.site))
		return `The production build stopped: the configured address ${config.site} is this computer, not a published site, and readers could not follow it. ${fix}`;
	return undefined;
}

/**
 * The public address of a site path (without base): absolute on the published origin when one is
 * configured, otherwise relative to the site's root (with the base path), so that a preview build
 * never writes this computer's address into its files.
 */
export function publicUrl(pathname: string, config: HandbookConfig = handbookConfig): string {
	const withBasePath = `${config.base.replace(/\/+$/, '')}${pathname}`;
	return config.site ? new URL(withBasePath, config.site).href : withBasePath;
}
