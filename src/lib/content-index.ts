import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from './project.ts';
import { validateContent, type ContentSet, type Validation } from '../validation/validate.ts';

// Kept on globalThis: Astro loads astro.config.ts, the integrations and the pre-rendering
// bundle as separate module instances in one process, and all of them need the same
// parsed content. Parsing it once per build keeps large handbooks fast to build.
const store = globalThis as typeof globalThis & { __coalitionsHandbookValidation?: Map<string, Validation> };

/** A fingerprint of a content set's files, so the dev server sees edits. */
function fingerprint(root: string): string {
	let latest = 0;
	let count = 0;
	for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		count++;
		latest = Math.max(latest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
	}
	return `${count}:${latest}`;
}
const fingerprints = new Map<string, string>();

/** Checks a content set once per process (per edit, in the dev server) and returns the problems and the parsed content. */
export function validateOnce(root = contentDir()): Validation {
	store.__coalitionsHandbookValidation ??= new Map();
	let validation = store.__coalitionsHandbookValidation.get(root);
	if (validation && process.env.NODE_ENV === 'development') {
		const current = fingerprint(root);
		if (fingerprints.get(root) !== current) validation = undefined;
		fingerprints.set(root, current);
	}
	if (!validation) {
		validation = validateContent(root);
		store.__coalitionsHandbookValidation.set(root, validation);
	}
	return validation;
}

/** Keeps a check made elsewhere (the build's worker thread) as this process's check of `root`. */
export function rememberValidation(root: string, validation: Validation): void {
	store.__coalitionsHandbookValidation ??= new Map();
	store.__coalitionsHandbookValidation.set(root, validation);
}

/**
 * The parsed content set, for pages that list what other pages contain
 * (who cites a reference, which pages use a term).
 */
export function contentIndex(): ContentSet {
	return validateOnce().content;
}
