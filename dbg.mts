import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { htmlValidateConfig } from './test/helpers/html-validate-rules.ts';
const v = new HtmlValidate(htmlValidateConfig);
const seen = new Map<string, number>();
for (const e of fs.readdirSync('dist', { recursive: true, withFileTypes: true })) {
	if (!e.isFile() || !e.name.endsWith('.html')) continue;
	const f = path.join(e.parentPath, e.name);
	const r = await v.validateFile(f);
	for (const res of r.results) for (const m of res.messages) { const k = `${m.ruleId} ${m.message}`; if (!seen.has(k)) console.log(f, m.line, k); seen.set(k, (seen.get(k) ?? 0) + 1); }
}
console.log(seen);
