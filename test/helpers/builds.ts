import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildEnv } from './fixtures.ts';
import { distDir, requireBuild } from './site.ts';

/** A built copy of the handbook and the base path it was built for. */
export interface Build {
	name: string;
	dir: string;
	base: string;
	/** The published origin it was built for, or undefined for a preview build (addresses are site paths). */
	site?: string;
	/** The origins allowed to frame its embed views. */
	embedOrigins: string[];
}

/** The main build (`npm run build` with the committed configuration: no published origin), served at the root. */
export const rootBuild: Build = { name: 'at the site root', dir: distDir, base: '/', embedOrigins: [] };

/** A published origin for the base-path build (a reserved example domain: the tests serve it locally). */
export const exampleSite = 'https://handbook.example.org';
/** The learning system allowed to frame the base-path build's embed views: a page the tests serve on this port. */
export const lmsPort = 47811;
export const lmsOrigin = `http://localhost:${lmsPort}`;

/**
 * The same handbook built for hosting under a sub-path, as many organizations do, with a published
 * origin and one learning system allowed to frame its embed views.
 * Built once per test run into test-results/, with the real build script.
 */
export function baseBuild(): Build {
	const dir = path.resolve('test-results/dist-base');
	const build: Build = {
		name: 'under the base path /handbook/',
		dir,
		base: '/handbook/',
		site: exampleSite,
		embedOrigins: [lmsOrigin],
	};
	if (process.env.HANDBOOK_REUSE_BASE_BUILD && fs.existsSync(path.join(dir, 'index.html'))) return build;
	const result = spawnSync(process.execPath, ['scripts/build.ts'], {
		env: buildEnv({
			HANDBOOK_BASE: '/handbook/',
			HANDBOOK_DIST: dir,
			HANDBOOK_SITE: exampleSite,
			HANDBOOK_EMBED_ORIGINS: lmsOrigin,
		}),
		encoding: 'utf8',
		timeout: 280_000,
	});
	if (result.status !== 0) throw new Error(`The base-path build failed:\n${result.stdout}\n${result.stderr}`);
	requireBuild(dir);
	return build;
}

/**
 * Builds a content set with the real build script into `dist/` beside its root (its cache beside it too), with the
 * configuration file `config` when given (HANDBOOK_CONFIG). Returns the output folder and the build's result.
 */
export function buildContentSet(root: string, config?: string): { dist: string; result: SpawnSyncReturns<string> } {
	const base = path.dirname(root);
	const dist = path.join(base, 'dist');
	const result = spawnSync(process.execPath, ['scripts/build.ts'], {
		env: buildEnv({
			...(config ? { HANDBOOK_CONFIG: config } : {}),
			HANDBOOK_CONTENT_DIR: root,
			HANDBOOK_DIST: dist,
			HANDBOOK_CACHE_DIR: path.join(base, 'cache'),
		}),
		encoding: 'utf8',
		timeout: 280_000,
	});
	return { dist, result };
}
