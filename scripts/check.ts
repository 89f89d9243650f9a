// `npm run check`: validates the whole content set and prints every problem.
import { contentDir } from '../src/lib/project.ts';
import { formatReport } from '../src/validation/report.ts';
import { validateContent } from '../src/validation/validate.ts';

const { problems, content } = validateContent(contentDir());
if (problems.length) {
	console.error(formatReport(problems));
	process.exit(1);
}
console.log(
	`Content checked: ${content.pages.length} pages, ${content.references.size} references, ${content.glossary.size} glossary terms. No problems found.`,
);
