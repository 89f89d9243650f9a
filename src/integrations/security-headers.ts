import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The parts of the policy that are the same on every page (the hashes differ from page to page). */
const fixedDirectives = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	// Starlight sets a few style attributes (for example the table of contents' indent);
	// attributes cannot run code, and scripts stay hash-only.
	"style-src-attr 'unsafe-inline'",
];

/** Headers every file gets, whatever its path. */
const commonHeaders = [
	'X-Content-Type-Options: nosniff',
	'Referrer-Policy: strict-origin-when-cross-origin',
	'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'Cross-Origin-Opener-Policy: same-origin',
];

/** Hosts that read `_headers` (Cloudflare Pages) take at most this many rules. */
export const maxHeaderRules = 100;

/** Who may show a page in a frame: nobody, except the configured origins for the embed views. */
export function frameAncestors(embed: boolean, embedOrigins: readonly string[]): string {
	return embed && embedOrigins.length ? `frame-ancestors ${embedOrigins.join(' ')}` : "frame-ancestors 'none'";
}

/**
 * Headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages, and others).
 * `/*` carries every header, so a path no rule names (an unknown address, answered with the 404
 * page) still gets the policy, including its frame-ancestors: the configured framing origins (or
 * none), since `/*` also covers the embed views. Each top-level file or folder then gets its own rule
 * with the same policy and its own frame-ancestors: `'none'` except for the embed views.
 * Hosts disagree on what happens when two rules set the same header for one path: Cloudflare joins
 * the values, which makes two policies that are both enforced; others take the more specific rule's.
 * Either way a path gets the same effective policy, because the two policies differ only in
 * frame-ancestors and the specific rule's is never wider than `/*`'s.
 */
export function headersFile(
	topLevel: { name: string; folder: boolean }[],
	policy: string,
	base: string,
	embedOrigins: readonly string[],
): string {
	const prefix = base.replace(/\/+$/, '');
	const framing = embedOrigins.length > 0;
	// The older header cannot name origins: set on `/*` only when no page may be framed at all, and otherwise
	// on each rule but the embed views' (browsers that know frame-ancestors ignore it when a policy has one).
	const denyFrames = ['  X-Frame-Options: DENY'];
	const rule = (pattern: string, embed: boolean) => [
		pattern,
		`  Content-Security-Policy: ${policy}; ${frameAncestors(embed, embedOrigins)}`,
		...(framing && !embed ? denyFrames : []),
	];
	const lines = [
		`${prefix}/*`,
		...commonHeaders.map((h) => `  ${h}`),
		`  Content-Security-Policy: ${policy}; ${frameAncestors(true, embedOrigins)}`,
		...(framing ? [] : denyFrames),
		...rule(`${prefix}/`, false),
	];
	for (const entry of topLevel) {
		// Files the host reads and never serves.
		if (entry.name === '_headers' || entry.name === '_redirects') continue;
		const embed = entry.name === 'embed';
		lines.push(...rule(entry.folder ? `${prefix}/${entry.name}/*` : `${prefix}/${entry.name}`, embed));
	}
	return `${lines.join('\n')}\n`;
}

/** Every `.astro` file under a folder. */
const astroFiles = (dir: string) =>
	fs.existsSync(dir)
		? fs
				.readdirSync(dir, { recursive: true, withFileTypes: true })
				.filter((e) => e.isFile() && e.name.endsWith('.astro'))
				.map((e) => path.join(e.parentPath, e.name))
		: [];

/**
 * The inline scripts and styles the site's own components print as they are (`is:inline`):
 * Starlight's (theme, sidebar state, search shortcut) and the handbook's. Read from the components'
 * source files, so the list is what the code ships, whatever the content says.
 */
export function componentInlineCode(folders: string[]): { scripts: Set<string>; styles: Set<string> } {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	for (const file of folders.flatMap(astroFiles)) {
		const source = fs.readFileSync(file, 'utf8');
		for (const match of source.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g))
			scripts.add(match[1]!.trim());
		for (const match of source.matchAll(/<style\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/style>/g))
			styles.add(match[1]!.trim());
	}
	return { scripts, styles };
}

/** The directives of a policy, by name. */
const directivesOf = (policy: string) =>
	new Map(
		policy
			.split(';')
			.map((d) => d.trim())
			.filter(Boolean)
			.map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1)] as const),
	);

/**
 * The content security policy of every page, built from what the handbook itself ships:
 * - Astro's own policy hashes the scripts and styles Astro processed from the components (its meta tag);
 * - the inline scripts and styles components print as they are (`is:inline`) are known from their
 *   source files (`componentInlineCode`), and only those are added;
 * - anything else inline in a page (which could only have come from content) is not in the policy,
 *   so browsers refuse to run or apply it, and the build says where it is.
 * The policy moves to the top of <head> so it covers the early theme script, Pagefind's WebAssembly
 * is allowed, and `_headers` carries the union for hosts that read it.
 */
export function securityHeaders(options: {
	/** Folders whose `.astro` components' inline code the policy allows (Starlight's and the handbook's). */
	componentFolders: string[];
	/** Origins that may show the embed views in a frame (an LMS); every other page may not be framed. */
	embedOrigins: readonly string[];
	/**
	 * Top-level folders written after this pass (by the post-build pass, src/build/post-build.ts), which get
	 * their `_headers` rule all the same. Their pages are not read here: redirect pages carry no code, and the
	 * embed views are made from one that this pass has already given its policy.
	 */
	laterTopLevel?: readonly string[];
}): AstroIntegration {
	let base = '/';
	return {
		name: 'handbook-security-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const known = componentInlineCode(options.componentFolders);
				const allScripts = new Set<string>();
				const allStyles = new Set<string>();
				const refused: string[] = [];
				const files = fs
					.readdirSync(root, { recursive: true, withFileTypes: true })
					.filter((e) => e.isFile() && e.name.endsWith('.html'))
					.map((e) => path.join(e.parentPath, e.name));
				for (const file of files) {
					let html = fs.readFileSync(file, 'utf8');
					const meta = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html);
					if (!meta) continue;
					const astro = directivesOf(meta[1]!);
					const astroScripts = new Set(astro.get('script-src') ?? []);
					const astroStyles = new Set(astro.get('style-src') ?? []);
					const scripts = new Set(["'self'", "'wasm-unsafe-eval'"]);
					const styles = new Set(["'self'"]);
					for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
						// Data blocks (JSON) are never run, so the policy need not name them.
						if (/type=["']?application\/(ld\+)?json/.test(match[1]!)) continue;
						const hash = sha256(match[2]!);
						if (astroScripts.has(hash) || known.scripts.has(match[2]!.trim())) scripts.add(hash);
						else refused.push(`${path.relative(root, file)}: <script>${match[2]!.slice(0, 40)}`);
					}
					for (const match of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
						const hash = sha256(match[1]!);
						if (astroStyles.has(hash) || known.styles.has(match[1]!.trim())) styles.add(hash);
						else refused.push(`${path.relative(root, file)}: <style>${match[1]!.slice(0, 40)}`);
					}
					for (const s of scripts) if (s.startsWith("'sha")) allScripts.add(s);
					for (const s of styles) if (s.startsWith("'sha")) allStyles.add(s);
					const policy = [
						...fixedDirectives,
						`script-src ${[...scripts].join(' ')}`,
						`style-src ${[...styles].join(' ')}`,
					].join('; ');
					html = html.replace(meta[0], '');
					html = html.replace(/<head>/, `<head><meta http-equiv="content-security-policy" content="${policy}">`);
					fs.writeFileSync(file, html);
				}
				// The page policies' union, so one header policy covers every page (frame-ancestors is added per rule:
				// browsers ignore it in a meta tag, and report it as an error there).
				const policy = [
					...fixedDirectives,
					`script-src 'self' 'wasm-unsafe-eval' ${[...allScripts].sort().join(' ')}`,
					`style-src 'self' ${[...allStyles].sort().join(' ')}`,
				].join('; ');
				const present = fs
					.readdirSync(root, { withFileTypes: true })
					.map((e) => ({ name: e.name, folder: e.isDirectory() }));
				const later = (options.laterTopLevel ?? [])
					.filter((name) => !present.some((e) => e.name === name))
					.map((name) => ({ name, folder: true }));
				const topLevel = [...present, ...later].sort((a, b) => a.name.localeCompare(b.name));
				const file = headersFile(topLevel, policy, base, options.embedOrigins);
				fs.writeFileSync(path.join(root, '_headers'), file);
				const rules = file.split('\n').filter((line) => line.startsWith('/')).length;
				if (rules > maxHeaderRules)
					logger.warn(
						`_headers has ${rules} rules, more than the ${maxHeaderRules} Cloudflare Pages reads: the site has too many top-level files and folders. Group them in fewer folders, or set the headers in the host's own configuration.`,
					);
				for (const item of refused) logger.warn(`Left out of the security policy (browsers will refuse it): ${item}`);
				logger.info(
					`Content security policy written on ${files.length} pages; _headers written (${rules} rules; embed views may be framed by ${options.embedOrigins.join(' ') || 'no origin'}).`,
				);
			},
		},
	};
}
