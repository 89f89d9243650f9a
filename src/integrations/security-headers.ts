import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The parts of the policy that are the same on every page (Astro adds the per-page hashes). */
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

/** Headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages, and others). */
function headersFile(scriptSources: Set<string>, styleSources: Set<string>): string {
	const policy = [
		...fixedDirectives,
		`script-src 'self' 'wasm-unsafe-eval' ${[...scriptSources].sort().join(' ')}`,
		`style-src 'self' ${[...styleSources].sort().join(' ')}`,
		"frame-ancestors 'none'",
	].join('; ');
	return [
		'/*',
		`  Content-Security-Policy: ${policy}`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		'  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
		'  X-Frame-Options: DENY',
		'  Cross-Origin-Opener-Policy: same-origin',
		'',
	].join('\n');
}

/**
 * Completes Astro's per-page content security policy, which hashes the scripts Astro
 * bundles but not the inline scripts Starlight's components print (theme, sidebar,
 * search shortcut). Every inline script's hash is added to its page's policy, the
 * policy moves to the top of <head> so it covers those early scripts, Pagefind's
 * WebAssembly is allowed, and `_headers` gets the same policy for the whole site.
 */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'handbook-security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const allScripts = new Set<string>();
				const allStyles = new Set<string>();
				const files = fs
					.readdirSync(root, { recursive: true, withFileTypes: true })
					.filter((e) => e.isFile() && e.name.endsWith('.html'))
					.map((e) => path.join(e.parentPath, e.name));
				for (const file of files) {
					let html = fs.readFileSync(file, 'utf8');
					const meta = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html);
					if (!meta) continue;
					const directives = new Map(
						meta[1]!
							.split(';')
							.map((d) => d.trim())
							.filter(Boolean)
							.map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1)] as const),
					);
					const scripts = new Set(directives.get('script-src') ?? ["'self'"]);
					for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g))
						scripts.add(sha256(match[1]!));
					scripts.add("'wasm-unsafe-eval'");
					const styles = new Set(directives.get('style-src') ?? ["'self'"]);
					for (const match of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) styles.add(sha256(match[1]!));
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
				fs.writeFileSync(path.join(root, '_headers'), headersFile(allScripts, allStyles));
				logger.info(`Content security policy completed on ${files.length} pages; _headers written.`);
			},
		},
	};
}
