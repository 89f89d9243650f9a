import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { bibliographyFileSchema } from '../schemas/reference.ts';
import { errorsOf, validateContent, type Validation } from '../validation/validate.ts';
import { formatBibliography, referencesKey, rememberFormatted, type Formatted } from './bibliography.ts';
import { formatPageTemplate, rememberPageTemplate, type PageTemplate } from './cite-page.ts';
import { rememberValidation } from './content-index.ts';
import { contentDir, readData } from './project.ts';

/** What citeproc made in the worker. */
export interface CiteprocRun {
	key: string;
	formatted: Formatted;
	pageTemplate: PageTemplate;
}

type Message = { kind: 'checked'; validation: Validation } | ({ kind: 'citeproc' } & CiteprocRun);

/**
 * The build's slow, fixed-cost work, in a worker thread while the main thread loads Astro:
 * first the content check (its result is kept for the rest of the build), then citeproc,
 * whose APA set-up takes about a second at any size: the content set's bibliography and the
 * stand-in reference that "Cite this page" fills in.
 *
 * `checked` resolves with the check's result, or undefined if the worker failed, and then the
 * build checks the content itself. `citeproc` resolves with citeproc's results once they are
 * kept for the build, or with undefined when the worker ends without them (the content has
 * problems, or the worker failed), and then the build runs citeproc itself if it needs to.
 */
export function startBuildWorker(root = contentDir()): {
	checked: Promise<Validation | undefined>;
	citeproc: Promise<CiteprocRun | undefined>;
} {
	const worker = new Worker(new URL(import.meta.url), { workerData: { root } });
	let markChecked: (validation: Validation | undefined) => void;
	let markCiteproc: (run: CiteprocRun | undefined) => void;
	const checked = new Promise<Validation | undefined>((resolve) => (markChecked = resolve));
	const citeproc = new Promise<CiteprocRun | undefined>((resolve) => (markCiteproc = resolve));
	worker.on('message', (message: Message) => {
		if (message.kind === 'checked') {
			rememberValidation(root, message.validation);
			markChecked(message.validation);
		} else {
			const { kind: _, ...run } = message;
			rememberFormatted(run.key, run.formatted);
			rememberPageTemplate(run.pageTemplate);
			markCiteproc(run);
		}
	});
	const ended = () => {
		markChecked(undefined);
		markCiteproc(undefined);
	};
	worker.once('error', ended);
	worker.once('exit', ended);
	return { checked, citeproc };
}

if (!isMainThread && typeof workerData?.root === 'string') {
	const root: string = workerData.root;
	const validation = validateContent(root);
	// Positions inside the frontmatter are only needed to report problems, which are made by now.
	for (const page of validation.content.pages) delete page.frontmatterFile;
	for (const source of Object.values(validation.content.sources)) delete source.data;
	parentPort!.postMessage({ kind: 'checked', validation } satisfies Message);
	if (!errorsOf(validation.problems).length) {
		const references = readData('bibliography', bibliographyFileSchema, root);
		parentPort!.postMessage({
			kind: 'citeproc',
			key: referencesKey(references),
			formatted: formatBibliography(references),
			pageTemplate: formatPageTemplate(),
		} satisfies Message);
	}
}
