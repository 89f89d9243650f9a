import fs from 'node:fs';
import path from 'node:path';
import { readDataFile } from '../model/data-file.ts';
import { checkConfigSchema, type CheckConfig } from '../schemas/check-config.ts';
import type { Rule, Severity } from './rule.ts';

export type SeverityConfig = CheckConfig;

/** The file that sets severities, inside the content folder. */
export const checkConfigFile = 'check.yaml';

/**
 * Reads `content/check.yaml`, if there is one. A broken file is not silently ignored: the problem
 * is returned for the caller to print, and the defaults apply.
 */
export function loadSeverities(root: string): { config?: SeverityConfig; problem?: string } {
	const file = path.join(root, checkConfigFile);
	if (!fs.existsSync(file)) return {};
	const data = readDataFile(file);
	const shown = path.join(path.basename(root), checkConfigFile);
	const [syntax] = data.syntaxErrors;
	if (syntax) return { problem: `${shown}:${syntax.position.line}:${syntax.position.column}  ${syntax.message}` };
	const result = checkConfigSchema.safeParse(data.value ?? {});
	if (!result.success) {
		const issue = result.error.issues[0]!;
		const at = data.locate(issue.path);
		return { problem: `${shown}:${at.line}:${at.column}  \`${issue.path.join('.')}\` ${issue.message}` };
	}
	return { config: result.data };
}

/**
 * The severity of `rule` for a problem in `file`: the rule's default, the file's setting, then overrides in
 * order. A safety rule is always an error: content cannot move the trust boundary (SECURITY.md).
 */
export function severityFor(config: SeverityConfig | undefined, rule: Rule, file: string): Severity {
	if (rule.kind === 'safety') return 'error';
	let severity: Severity = config?.rules[rule.id] ?? rule.severity ?? 'error';
	for (const override of config?.overrides ?? []) {
		const patterns = Array.isArray(override.files) ? override.files : [override.files];
		const setting = override.rules[rule.id];
		if (setting && patterns.some((pattern) => path.matchesGlob(file, pattern))) severity = setting;
	}
	return severity;
}
