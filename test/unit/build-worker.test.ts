import { describe, expect, test } from 'vitest';
import { formatBibliography, referencesKey } from '../../src/lib/bibliography.ts';
import { startBuildWorker } from '../../src/lib/build-worker.ts';
import { formatPageTemplate } from '../../src/lib/cite-page.ts';
import { readData } from '../../src/lib/project.ts';
import { bibliographyFileSchema } from '../../src/schemas/reference.ts';
import { validateContent, type Validation } from '../../src/validation/validate.ts';
import { mutatedFixture, replaceOnce, validFixture } from '../helpers/fixtures.ts';

/** A check's result without the frontmatter positions, which the worker does not send back. */
const comparable = (validation: Validation) => ({
	...validation,
	content: {
		...validation.content,
		pages: validation.content.pages.map(({ frontmatterFile: _, ...page }) => page),
		sources: Object.fromEntries(
			Object.entries(validation.content.sources).map(([name, { data: _, ...source }]) => [name, source]),
		),
	},
});

// The build checks the content and runs citeproc in a worker thread (see scripts/build.ts):
// what comes back must be what the same work gives in the build's own thread.
describe('the build worker', () => {
	test('checks valid content as the build would, then runs citeproc as the build would', async () => {
		const worker = startBuildWorker(validFixture);
		const checked = await worker.checked;
		expect(checked?.problems).toEqual([]);
		expect(checked).toEqual(comparable(validateContent(validFixture)));

		const run = await worker.citeproc;
		const references = readData('bibliography', bibliographyFileSchema, validFixture);
		expect(run?.key).toBe(referencesKey(references));
		expect(run?.formatted).toEqual(formatBibliography(references));
		expect(run?.pageTemplate).toEqual(formatPageTemplate());
	}, 60_000);

	test('reports the problems of bad content, and then runs no citeproc', async () => {
		const root = mutatedFixture({
			'docs/leads/develop-coalitions/mobilize-knowledge.mdx': replaceOnce(
				'[mobilize-knowledge]',
				'[mobilise-knowledge]',
			),
		});
		const worker = startBuildWorker(root);
		const checked = await worker.checked;
		expect(checked?.problems.map((p) => p.rule)).toEqual(['unknown-capability']);
		expect(checked).toEqual(comparable(validateContent(root)));
		await expect(worker.citeproc).resolves.toBeUndefined();
	}, 60_000);
});
