import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// The layers of src/ (.dependency-cruiser.cjs, ARCHITECTURE.md "Layers"): no import cycle, and no import from a
// layer above. The cruiser runs as `npm run lint` runs it; a planted cycle and a planted upward import show that
// the rules fail on them, so a config that matched nothing would not pass.
const repo = path.resolve(import.meta.dirname, '../..');
const cruiser = path.join(repo, 'node_modules/.bin/depcruise');

interface Violation {
	from: string;
	to: string;
	rule: { name: string };
	cycle?: { name: string }[];
}

/** Every violation of the layer rules in the tree at `root`, as "rule: from → to (cycle …)". */
function violations(root: string): string[] {
	let output: string;
	try {
		output = execFileSync(
			cruiser,
			['src', 'scripts', 'astro.config.ts', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
			{ cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
		);
	} catch (error) {
		// The cruiser exits non-zero when it finds violations; its JSON is still on stdout.
		output = (error as { stdout: string }).stdout;
	}
	const found = (JSON.parse(output) as { summary: { violations: Violation[] } }).summary.violations;
	return found.map(
		(v) =>
			`${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle: ${v.cycle.map((step) => step.name).join(' → ')})` : ''}`,
	);
}

const planted = fs.mkdtempSync(path.join(os.tmpdir(), 'handbook-layers-'));
afterAll(() => fs.rmSync(planted, { recursive: true, force: true }));

describe('the layers of src/', () => {
	test('no import cycle and no import against the layer order', () => {
		expect(violations(repo)).toEqual([]);
	}, 120_000);

	test('a planted cycle and a planted upward import are each reported', () => {
		for (const entry of ['src', 'scripts', 'astro.config.ts', 'tsconfig.json', '.dependency-cruiser.cjs'])
			fs.cpSync(path.join(repo, entry), path.join(planted, entry), { recursive: true });
		fs.symlinkSync(path.join(repo, 'node_modules'), path.join(planted, 'node_modules'));
		// The model importing the check closes a cycle (the check reads the model) and goes up a layer.
		fs.appendFileSync(path.join(planted, 'src/model/load.ts'), "\nimport '../check/engine.ts';\n");
		// The route builders (facts) reading the site: up several layers, no cycle.
		fs.appendFileSync(path.join(planted, 'src/model/routes.ts'), "\nimport '../site/titles.ts';\n");
		const found = violations(planted);
		expect(found).toContain('layer-model: src/model/load.ts → src/check/engine.ts');
		expect(found).toContain('layer-facts: src/model/routes.ts → src/site/titles.ts');
		expect(found.some((v) => v.startsWith('no-circular: ') && v.includes('src/model/load.ts'))).toBe(true);
	}, 120_000);
});
