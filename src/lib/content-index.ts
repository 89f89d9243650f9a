import { contentDir } from './project.ts';
import { validateContent, type ContentSet } from '../validation/validate.ts';

let cached: ContentSet | undefined;

/**
 * The parsed content set, for pages that list what other pages contain
 * (who cites a reference, which pages use a term). Parsed once per build.
 */
export function contentIndex(): ContentSet {
	cached ??= validateContent(contentDir()).content;
	return cached;
}
