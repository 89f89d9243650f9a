import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
};

export interface StaticServer {
	/** Origin plus base path, for example `http://127.0.0.1:43127/handbook/`. */
	url: string;
	origin: string;
	/** Body bytes sent so far, as (compressed) they went over the wire, by path. */
	sent: { path: string; bytes: number }[];
	close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1, as a plain static host would: files only,
 * `index.html` for folders, for anything else the nearest `404.html` up its address (as Cloudflare Pages
 * does: `/fr/x/` gets `fr/404.html`, where a language has one), under an optional base path,
 * with the headers of the site's `_headers` file.
 */
/** The `404.html` nearest to `folder` (inside `root`), up to the root's. */
function nearestNotFound(root: string, folder: string): string {
	for (let dir = folder; dir.startsWith(root) && dir !== path.dirname(root); dir = path.dirname(dir)) {
		const page = path.join(dir, '404.html');
		if (fs.existsSync(page)) return page;
	}
	return path.join(root, '404.html');
}

export async function serveStatic(root: string, base = '/', { gzip = false, port = 0 } = {}): Promise<StaticServer> {
	// Served with the site's own `_headers`, as a host that reads it would, so the tests see the same policy.
	const siteHeaders = readHeadersFile(root);
	const sent: { path: string; bytes: number }[] = [];
	const server = http.createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const send = (status: number, file: string) => {
			const headers = {
				...siteHeaders(pathname),
				'content-type': types[path.extname(file)] ?? 'application/octet-stream',
			};
			// With `gzip`, compress as a production host would, so transfer sizes are realistic.
			if (gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'])) && !/\.(png|woff2)$/.test(file)) {
				response.writeHead(status, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
				const body = zlib.gzipSync(fs.readFileSync(file), { level: 6 });
				sent.push({ path: pathname, bytes: body.length });
				return response.end(body);
			}
			response.writeHead(status, headers);
			sent.push({ path: pathname, bytes: fs.statSync(file).size });
			fs.createReadStream(file).pipe(response);
		};
		if (!pathname.startsWith(base)) return send(404, path.join(root, '404.html'));
		let file = path.join(root, pathname.slice(base.length));
		if (!file.startsWith(root)) return send(404, path.join(root, '404.html'));
		if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
			if (!pathname.endsWith('/')) {
				response.writeHead(301, { location: `${pathname}/` });
				return response.end();
			}
			file = path.join(file, 'index.html');
		}
		if (fs.existsSync(file)) return send(200, file);
		send(404, nearestNotFound(root, path.dirname(file)));
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		url: `${origin}${base}`,
		origin,
		sent,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				// A browser keeps connections open between pages; they would hold the server open until they time out.
				server.closeAllConnections();
			}),
	};
}

/**
 * The headers a `_headers` file (Netlify and Cloudflare format) sets for a request path. Every
 * rule whose pattern matches applies; a header set by two matching rules gets both values joined
 * with a comma, as Cloudflare Pages does (the strictest reading: two policies, both enforced).
 */
export function readHeadersFile(root: string): (pathname: string) => Record<string, string> {
	const file = path.join(root, '_headers');
	const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
	if (fs.existsSync(file)) {
		for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
			if (!line.trim() || line.trim().startsWith('#')) continue;
			if (!line.startsWith(' ')) {
				const source = line
					.trim()
					.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
					.replace(/\*/g, '.*');
				rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
			} else {
				const [name, ...value] = line.trim().split(':');
				rules.at(-1)?.headers.push([name!.toLowerCase(), value.join(':').trim()]);
			}
		}
	}
	return (pathname) => {
		const headers: Record<string, string> = {};
		for (const rule of rules) {
			if (!rule.pattern.test(pathname)) continue;
			for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
		}
		return headers;
	};
}
