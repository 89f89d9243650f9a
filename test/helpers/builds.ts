import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildEnv } from './fixtures.ts';
import { distDir, requireBuild } from './site.ts';

/** A built copy of the handbook and the base path it was built for. */
export interface Build {
	name: string;
	dir: string;
	base: string;
}

/** The main build (`npm run build`), served at the root. */
export const rootBuild: Build = { name: 'at the site root', dir: distDir, base: '/' };

/**
 * The same handbook built for hosting under a sub-path, as many organizations do.
 * Built once per test run into test-results/, with the real build script.
 */
export function baseBuild(): Build {
	const dir = path.resolve('test-results/dist-base');
	const build = { name: 'under the base path /handbook/', dir, base: '/handbook/' };
	if (process.env.HANDBOOK_REUSE_BASE_BUILD && fs.existsSync(path.join(dir, 'index.html'))) return build;
	const result = spawnSync(process.execPath, ['scripts/build.ts'], {
		env: buildEnv({ HANDBOOK_BASE: '/handbook/', HANDBOOK_DIST: dir }),
		encoding: 'utf8',
		timeout: 280_000,
	});
	if (result.status !== 0) throw new Error(`The base-path build failed:\n${result.stdout}\n${result.stderr}`);
	requireBuild(dir);
	return build;
}
