import fs from 'node:fs';
import path from 'node:path';
import { slashed } from '../../model/project.ts';
import { readDataFile } from '../../model/data-file.ts';
import { defineRule } from '../rule.ts';
import { checkConfigFile } from '../severities.ts';

export default defineRule({
	id: 'check-config',
	kind: 'safety',
	summary:
		'`content/check.yaml` sets the severity of editorial rules only: the rules that keep readers and the build machine safe cannot be switched off or lowered from the content folder.',
	example: 'rules:\n  mdx-code: off',
	fix: 'rules:\n  in-brief-missing: warn',
	scope: 'data',
	check({ model, catalogue, report }) {
		const absolute = path.join(model.root, checkConfigFile);
		if (!fs.existsSync(absolute)) return;
		const data = readDataFile(absolute);
		const value = data.value as { rules?: unknown; overrides?: unknown } | null | undefined;
		if (!value || typeof value !== 'object') return;
		const file = slashed(path.relative(model.displayRoot, absolute));
		const settings: { keyPath: PropertyKey[]; rules: unknown }[] = [{ keyPath: ['rules'], rules: value.rules }];
		if (Array.isArray(value.overrides))
			value.overrides.forEach((o: { rules?: unknown } | null, i) =>
				settings.push({ keyPath: ['overrides', i, 'rules'], rules: o?.rules }),
			);
		for (const { keyPath, rules } of settings) {
			if (!rules || typeof rules !== 'object') continue;
			for (const id of Object.keys(rules)) {
				const rule = catalogue.get(id);
				if (rule && rule.kind !== 'safety') continue;
				report({
					file,
					at: data.locate([...keyPath, id]),
					message: rule
						? `\`${id}\` is a safety rule, which the content folder cannot configure`
						: `\`${id}\` is not a rule of the check`,
					hint: rule
						? 'Remove the line: safety rules are always errors. Fix the content instead, or ask a developer for a component that does what the page needs.'
						: 'Remove the line, or correct the rule id (the authoring guide\'s "Check errors" page lists them).',
				});
			}
		}
	},
});
