import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { configFile, configFileOf } from './folders.ts';
import { defaultLocales, localesSchema } from './model/locales.ts';

// Every value is checked by walking its characters once and by the WHATWG URL parser, never by a regular
// expression: a pattern with nested repetition took exponential time on a 26-character base ending in a bad
// character, and hung every command on a longer one. Lengths are bounded first, so no value takes long.

/** The longest origin accepted: a host name has at most 253 characters; scheme and port add a few. */
const maxOriginLength = 300;
/** The longest base path accepted. */
const maxBaseLength = 200;

const isAsciiLetterOrDigit = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

/** Characters an origin may be written with: letters, digits, and `.-:/[]` (IPv6 hosts are in brackets). */
const originCharacter = (c: string) => isAsciiLetterOrDigit(c) || '.-:/[]'.includes(c);

/** A host name's labels: letters, digits and inner hyphens, 1 to 63 characters each; one final dot allowed. */
function domainProblem(hostname: string): string | undefined {
	const labels = hostname.endsWith('.') ? hostname.slice(0, -1).split('.') : hostname.split('.');
	for (const label of labels) {
		if (!label.length || label.length > 63) return `has an empty or too long part in the host name "${hostname}"`;
		if (label.startsWith('-') || label.endsWith('-')) return `has a host name part that starts or ends with "-"`;
	}
	return undefined;
}

/**
 * Reads an origin (scheme, host and optional port, nothing else) with the URL parser. Returns the origin as
 * the parser writes it (`https://handbook.example.org`), or why the value is not one.
 */
export function parseOrigin(value: string): { origin: string } | { problem: string } {
	const example = 'such as `https://handbook.example.org` or `https://moodle.example.edu:8443`';
	if (value.length > maxOriginLength)
		return { problem: `is ${value.length} characters long; an origin has at most ${maxOriginLength}` };
	for (const c of value)
		if (!originCharacter(c))
			return {
				problem:
					`contains "${printable(c)}", which an origin cannot hold: write only the scheme, host and port, ${example}, ` +
					'with no wildcard, space, quote, path, query or ";" (a host name outside ASCII is written in its "xn--" form)',
			};
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return { problem: `is not an address; write an origin ${example}` };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		return { problem: `uses "${url.protocol}"; an origin starts with https:// (or http://), ${example}` };
	if (!value.toLowerCase().startsWith(`${url.protocol}//`))
		return { problem: `must start with "${url.protocol}//", ${example}` };
	if (url.pathname !== '/')
		return {
			problem: `must be an origin only, ${example}, without a path (the path the site is served under goes in "base")`,
		};
	if (!url.hostname.startsWith('[')) {
		const problem = domainProblem(url.hostname);
		if (problem) return { problem: `${problem}; write an origin ${example}` };
	}
	return { origin: url.origin };
}

/** Characters an error message shows by their code (invisible or confusable ones). */
const printable = (c: string) =>
	c.length === 1 && c >= '!' && c <= '~' ? c : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The parts of an expanded IPv6 address (eight 16-bit numbers), or undefined if it is not one. */
function ipv6Groups(bracketed: string): number[] | undefined {
	const address = bracketed.slice(1, -1);
	// The URL parser writes IPv6 addresses in hexadecimal groups with at most one "::" (IPv4 tails are converted).
	const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
	const parts = (text: string | undefined) => (text ? text.split(':').map((part) => parseInt(part, 16)) : []);
	const front = parts(head);
	const back = parts(tail);
	const groups = tail === undefined ? front : [...front, ...Array(8 - front.length - back.length).fill(0), ...back];
	return groups.length === 8 && groups.every((group) => Number.isInteger(group)) ? groups : undefined;
}

/** True for an IPv4 address (as the URL parser writes it) that is this computer or "any address". */
const loopbackIPv4 = (first: number) => first === 127 || first === 0;

/**
 * True for a host that only ever means "this computer", in every spelling the URL parser accepts:
 * `localhost` and its subdomains (RFC 6761), with or without the final dot and in any case; 127.0.0.0/8 and
 * 0.0.0.0 however written (`127.1`, `2130706433`, `0x7f.1`, `0`: the parser writes them as dotted quads); and
 * IPv6 `::1`, `::`, and IPv4 loopback addresses mapped into IPv6 (`[::ffff:127.0.0.1]`).
 */
export function isLoopbackHost(hostname: string): boolean {
	const host = hostname.toLowerCase().replace(/\.$/, '');
	if (host === 'localhost' || host.endsWith('.localhost')) return true;
	const quad = host.split('.');
	if (quad.length === 4 && quad.every((part) => part !== '' && /^\d+$/.test(part)))
		return loopbackIPv4(Number(quad[0]));
	if (host.startsWith('[')) {
		const groups = ipv6Groups(host);
		if (!groups) return false;
		const zeros = groups.slice(0, 5).every((group) => group === 0);
		if (zeros && groups[5] === 0 && groups[6] === 0 && groups[7]! <= 1) return true; // :: and ::1
		// IPv4-mapped (::ffff:a.b.c.d) and the older IPv4-compatible (::a.b.c.d) forms.
		if (zeros && (groups[5] === 0xffff || groups[5] === 0)) return loopbackIPv4(groups[6]! >> 8);
	}
	return false;
}

/** True for an origin that is this computer (a preview), not a published site. */
export const isLoopback = (origin: string) => isLoopbackHost(new URL(origin).hostname);

/** An origin: scheme, host and optional port, nothing else (see `parseOrigin`). */
const originSchema = z.string().transform((value, context) => {
	const parsed = parseOrigin(value);
	if ('origin' in parsed) return parsed.origin;
	context.addIssue({ code: 'custom', message: parsed.problem });
	return z.NEVER;
});

/** Characters a segment of the base path may hold (URL-safe, never needing percent-encoding). */
const baseCharacter = (c: string) => isAsciiLetterOrDigit(c) || '._~-'.includes(c);

/**
 * Reads a base path: `/`, or segments of letters, digits and `._~-` separated by single slashes, without
 * `.` or `..` segments. Returns it with one leading and one trailing slash (`handbook` becomes `/handbook/`),
 * or why it is not one.
 */
export function parseBase(value: string): { base: string } | { problem: string } {
	const example = 'such as "/" or "/handbook/"';
	if (value.length > maxBaseLength)
		return { problem: `is ${value.length} characters long; a base path has at most ${maxBaseLength}` };
	let start = 0;
	let end = value.length;
	while (start < end && value[start] === '/') start++;
	while (end > start && value[end - 1] === '/') end--;
	const inner = value.slice(start, end);
	if (!inner) return { base: '/' };
	for (const segment of inner.split('/')) {
		if (!segment) return { problem: `has an empty segment ("//"); write a path ${example}` };
		if (segment === '.' || segment === '..')
			return {
				problem: `has a "${segment}" segment, which browsers and hosts resolve away, so addresses would not match; write the path the site is served under, ${example}`,
			};
		for (const c of segment)
			if (!baseCharacter(c))
				return {
					problem: `contains "${printable(c)}"; a base path holds only letters, digits and "._~-" between slashes, ${example}`,
				};
	}
	const base = `/${inner}/`;
	// The URL parser must read it back unchanged: what the build writes is what browsers request.
	if (new URL(base, 'https://handbook.invalid').pathname !== base)
		return { problem: `is not read back unchanged by a browser; write a path ${example}` };
	return { base };
}

/** A base path, normalized to one leading and one trailing slash (see `parseBase`). */
const baseSchema = z.string().transform((value, context) => {
	const parsed = parseBase(value);
	if ('base' in parsed) return parsed.base;
	context.addIssue({ code: 'custom', message: parsed.problem });
	return z.NEVER;
});

/** The citation styles the handbook can write, named as in `handbook.config.json`. */
export const citationStyleNames = ['apa', 'vancouver'] as const;

export type CitationStyle = (typeof citationStyleNames)[number];

const citationStyleSchema = z.enum(citationStyleNames, {
	error: () =>
		`is not a citation style the handbook knows; write one of ${citationStyleNames.map((name) => `"${name}"`).join(' or ')} ("apa" when left out)`,
});

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
	/**
	 * How citations and references are written: `apa` (APA 7, author–date; the default) or `vancouver`
	 * (NLM/Vancouver, numbered in order of first citation on each page). Both come from citation-js's
	 * CSL templates; every in-text citation, reference list, preview and "Cite this page" follows it.
	 */
	citationStyle: citationStyleSchema.default('apa'),
	/**
	 * The handbook's languages (see `localesSchema` in src/model/locales.ts): English only at the root (`en-CA`) when left out.
	 * Each language's pages live in its folder of `docs/` and link, list and search within their language.
	 */
	locales: localesSchema.default(defaultLocales),
});

export type HandbookConfig = z.infer<typeof handbookConfigSchema>;

export { configFile, configFileOf };

/**
 * Reads `handbook.config.json` and applies the environment overrides. Throws a message that
 * names the file or variable at fault and what to write instead.
 */
export function loadHandbookConfig(
	env: Record<string, string | undefined> = process.env,
	file: string = configFileOf(env),
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
	// Errors name the file HANDBOOK_CONFIG points to; otherwise the file by its usual name.
	const shownFile = env.HANDBOOK_CONFIG ? file : 'handbook.config.json';
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
			const from = variable && env[variable] ? `${variable}` : `"${field}" in ${shownFile}`;
			return `${from} (${shownValue(valueAt(merged, issue.path))}) ${issue.message}`;
		});
		throw new Error(
			`The handbook's publishing settings are not valid:\n  ${problems.join('\n  ')}\nFix the value and build again.`,
		);
	}
	return parsed.data;
}

/** The value at a path of the merged settings, for an error message. */
const valueAt = (settings: Record<string, unknown>, at: PropertyKey[]) =>
	at.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], settings);

/** A value as an error message shows it: JSON, cut short when long. */
function shownValue(value: unknown): string {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 80 ? `${text.slice(0, 60)}… (${text.length} characters)` : text;
}

/** The configuration this process builds with. */
export const handbookConfig: HandbookConfig = loadHandbookConfig();

// The run's folders live in folders.ts, which reads no file: `npm run check` needs them without the
// publishing settings (it runs from any folder, and on content with a broken handbook.config.json).
export { handbookFolders } from './folders.ts';

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
export function publicUrl(pathname: string, config: Pick<HandbookConfig, 'site' | 'base'> = handbookConfig): string {
	const withBasePath = `${config.base.replace(/\/+$/, '')}${pathname}`;
	return config.site ? new URL(withBasePath, config.site).href : withBasePath;
}
