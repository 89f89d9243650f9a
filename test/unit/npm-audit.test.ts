import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { auditMessage, readAudit } from '../../scripts/audit/npm-audit.ts';

/**
 * The registry document npm reads for a package (its packument), made from the installed copy:
 * one version, the one in the lockfile. npm reads these to work out which versions an advisory
 * leaves and how to fix it; made here, the test needs no network.
 */
function installedPackument(name: string): unknown {
	const file = path.join('node_modules', name, 'package.json');
	if (!fs.existsSync(file)) return undefined;
	const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown> & { version: string };
	const { name: _, version, dependencies, optionalDependencies, peerDependencies, engines } = manifest;
	return {
		name,
		'dist-tags': { latest: version },
		versions: { [version]: { name, version, dependencies, optionalDependencies, peerDependencies, engines } },
	};
}

/**
 * A stand-in registry for `npm audit`: answers the bulk advisory endpoint as `answer` says, and
 * every packument request from the installed packages.
 */
async function fakeRegistry(answer: (body: Record<string, string[]>) => { status: number; json?: unknown }) {
	const server = http.createServer(async (request, response) => {
		const chunks: Buffer[] = [];
		for await (const chunk of request) chunks.push(chunk as Buffer);
		const url = new URL(request.url ?? '/', 'http://x');
		if (url.pathname.startsWith('/-/npm/v1/security/advisories/bulk')) {
			const raw = Buffer.concat(chunks);
			const text = request.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw;
			const { status, json } = answer(JSON.parse(text.toString()) as Record<string, string[]>);
			response.writeHead(status, { 'content-type': 'application/json' });
			return response.end(json === undefined ? '' : JSON.stringify(json));
		}
		const packument = installedPackument(decodeURIComponent(url.pathname.slice(1)));
		response.writeHead(packument ? 200 : 404, { 'content-type': 'application/json' });
		response.end(JSON.stringify(packument ?? { error: 'not found' }));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

/** Runs the real gate (`scripts/audit.ts`, which runs the real `npm audit`) on this project against `registry`. */
function runGate(registry: string): Promise<{ code: number | null; output: string }> {
	// A cache of its own: npm caches what it works out from advisories, and these are made up.
	const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'npm-audit-test-'));
	const env: NodeJS.ProcessEnv = { ...process.env, npm_config_registry: registry, npm_config_cache: cache };
	delete env.npm_execpath;
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['scripts/audit.ts'], { env });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('close', (code) => {
			fs.rmSync(cache, { recursive: true, force: true });
			resolve({ code, output });
		});
	});
}

/** The version the lockfile installs, which the made-up advisory affects. */
const yamlVersion = (JSON.parse(fs.readFileSync('node_modules/yaml/package.json', 'utf8')) as { version: string })
	.version;
const advisory = (severity: string) => ({
	yaml: [
		{
			id: 1,
			url: 'https://github.com/advisories/GHSA-test',
			title: 'A test advisory',
			severity,
			vulnerable_versions: yamlVersion,
			cwe: [],
			cvss: { score: 0, vectorString: null },
		},
	],
});

describe('the dependency gate, with the real npm audit against a stand-in registry', () => {
	let close: (() => Promise<void>) | undefined;
	afterEach(async () => close?.());

	test('fails on a high advisory in a production dependency, and names it', async () => {
		const registry = await fakeRegistry((body) => ({ status: 200, json: 'yaml' in body ? advisory('high') : {} }));
		close = registry.close;
		const { code, output } = await runGate(registry.url);
		// Packages that depend on yaml are flagged too: this registry has no yaml version without the advisory.
		expect(output).toMatch(
			/Dependency audit failed: \d+ production dependenc(y has|ies have) a high or critical advisory/,
		);
		expect(output).toMatch(/\n {2}high {2}yaml \S+ \(direct dependency\): /);
		expect(code).toBe(1);
	}, 120_000);

	test('passes on a moderate advisory, and counts it', async () => {
		const registry = await fakeRegistry((body) => ({ status: 200, json: 'yaml' in body ? advisory('moderate') : {} }));
		close = registry.close;
		const { code, output } = await runGate(registry.url);
		expect(output).toMatch(/no high or critical advisory in production dependencies \(\d+ moderate\)/);
		expect(code).toBe(0);
	}, 120_000);

	test('says it was skipped, and why, when the registry does not answer audit requests', async () => {
		const registry = await fakeRegistry(() => ({ status: 405 }));
		close = registry.close;
		const { code, output } = await runGate(registry.url);
		expect(output).toMatch(/Dependency audit skipped: npm audit could not reach a security advisory service/);
		expect(output).toMatch(/405/);
		expect(code).toBe(0);
	}, 120_000);
});

describe('reading npm audit output', () => {
	test('output that is not JSON counts as no answer, not as a pass', () => {
		const outcome = readAudit('npm error network timeout');
		expect(outcome).toEqual({ kind: 'unavailable', reason: expect.stringContaining('network timeout') });
		expect(auditMessage(outcome).text).toMatch(/^Dependency audit skipped/);
	});

	test('a critical advisory without a fixed version says what to do instead', () => {
		const message = auditMessage({
			kind: 'report',
			refused: [{ name: 'left-pad', severity: 'critical', fixAvailable: false }],
			counts: { critical: 1, total: 1 },
		});
		expect(message.ok).toBe(false);
		expect(message.text).toContain('critical  left-pad: no fixed version yet');
	});
});
