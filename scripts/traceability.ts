// `node scripts/traceability.ts [--list]`: counts the statements of the reader pages (rule `untraced-statement`) and
// the glossary's definitions, traced and untraced, by kind; `--list` also prints each untraced one with its place.
import { glossaryStatements, pageStatements } from '../src/check/rules/untraced-statement.ts';
import { loadHandbook } from '../src/model/load.ts';
import { contentDir } from '../src/model/project.ts';

const model = loadHandbook(contentDir());
const all = [...pageStatements(model.pages), ...glossaryStatements(model)];
const kinds = [...new Set(all.map((s) => s.kind))];
for (const kind of kinds) {
	const of = all.filter((s) => s.kind === kind);
	console.log(
		`${kind}: ${of.length} statements, ${of.filter((s) => s.traced).length} traced, ${of.filter((s) => !s.traced).length} untraced`,
	);
}
const untraced = all.filter((s) => !s.traced);
console.log(`all: ${all.length} statements, ${all.length - untraced.length} traced, ${untraced.length} untraced`);
if (process.argv.includes('--list'))
	for (const s of untraced)
		console.log(`${s.file}:${s.at.line}:${s.at.column}  ${s.kind}  ${s.text.replace(/\s+/g, ' ').slice(0, 100)}`);
