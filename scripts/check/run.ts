// The content check's command (scripts/check.ts starts it): reads the arguments, checks, prints, and sets the exit code.
import path from 'node:path';
import { askedFiles } from '../../src/check/asked-files.ts';
import { applyFixes } from '../../src/check/fix.ts';
import { formatReport } from '../../src/check/report.ts';
import { loadSeverities } from '../../src/check/severities.ts';
import { contentDir } from '../../src/model/project.ts';
import { errorsOf, validateContent } from '../../src/validation/validate.ts';

const args = process.argv.slice(2);
const fix = args.includes('--fix');
const unknown = args.filter((a) => a.startsWith('-') && a !== '--fix');
if (unknown.length) {
	console.error(`Unknown option ${unknown.join(', ')}. Use file paths to check some pages, and --fix to apply fixes.`);
	process.exit(2);
}
const root = contentDir();
// npm runs the script from the project's folder; the paths are the editor's, from where the command was typed.
const asked = askedFiles(
	args.filter((a) => !a.startsWith('-')),
	root,
	process.env.INIT_CWD ?? process.cwd(),
);
if (asked.errors.length) {
	console.error(`npm run check: nothing was checked.\n${asked.errors.map((e) => `  ${e}`).join('\n')}`);
	process.exit(2);
}
const { files } = asked;

const settings = loadSeverities(root);
if (settings.problem)
	console.error(`The rule settings file is not valid, so every rule is an error:\n  ${settings.problem}\n`);

let { problems, content } = validateContent(root, { files });
if (fix) {
	const applied = applyFixes(problems, content.displayRoot);
	for (const change of applied)
		console.log(
			`fixed ${change.file}:${change.line}:${change.column}  ${change.rule}  \`${change.from}\` → \`${change.to}\``,
		);
	console.log(
		applied.length
			? `${applied.length} fix${applied.length === 1 ? '' : 'es'} applied.\n`
			: 'Nothing to fix automatically.\n',
	);
	if (applied.length) ({ problems, content } = validateContent(root, { files }));
}
if (problems.length) console.error(formatReport(problems));
if (errorsOf(problems).length) process.exit(1);
/** What was checked: every page, or the pages and other files asked for. */
function scope(): string {
	if (!files.length) return `${content.pages.length} pages`;
	const asked = new Set(files);
	const pages = content.pages.filter((page) => asked.has(path.join(content.displayRoot, page.file))).length;
	const others = files.length - pages;
	return `${pages} of ${content.pages.length} pages${others ? ` and ${others} other file${others === 1 ? '' : 's'}` : ''}`;
}
console.log(
	`Content checked: ${scope()}, ${content.references.size} references, ${content.glossary.size} glossary terms. ${problems.length ? 'No errors.' : 'No problems found.'}`,
);
