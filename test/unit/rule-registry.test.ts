import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { rules } from '../../src/check/catalogue.ts';

// A rule file that is not listed in the catalogue is never run, and nothing else would notice:
// every file under src/check/rules/ must export a rule that the catalogue holds.
const rulesDir = path.resolve(import.meta.dirname, '../../src/check/rules');
const files = fs.readdirSync(rulesDir).filter((name) => name.endsWith('.ts'));

describe('the rule registry', () => {
	test('finds the rule files', () => {
		expect(files.length).toBeGreaterThan(30);
	});

	test.each(files)('%s is registered in src/check/catalogue.ts', async (file) => {
		const module = (await import(path.join(rulesDir, file))) as { default?: unknown };
		expect(module.default, `${file} has no default export`).toBeDefined();
		expect(rules, `${file} is not in the catalogue's rules`).toContain(module.default);
	});

	test('each rule file is named after its rule id', async () => {
		for (const file of files) {
			const module = (await import(path.join(rulesDir, file))) as { default: { id: string } };
			expect(module.default.id).toBe(file.replace(/\.ts$/, ''));
		}
	});

	test('SECURITY.md names exactly the safety rules, which content/check.yaml cannot change', () => {
		const security = fs.readFileSync(path.resolve(import.meta.dirname, '../../SECURITY.md'), 'utf8');
		const sentence = /The safety rules are\s+([^.]*?)(?:\s\(|\.)/s.exec(security)?.[1] ?? '';
		const named = [...sentence.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]).sort();
		expect(named).toEqual(
			rules
				.filter((rule) => rule.kind === 'safety')
				.map((rule) => rule.id)
				.sort(),
		);
	});
});
