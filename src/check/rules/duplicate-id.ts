import type { Position } from '../../model/data-file.ts';
import { reservedIds } from '../../model/heading-anchors.ts';
import type { PageInfo } from '../../model/pages.ts';
import { defineRule, type Report } from '../rule.ts';

/** Reports every id after the first that repeats. */
function repeats(ids: { id: string; at: Position }[], file: string, what: string, report: (r: Report) => void): void {
	const seen = new Map<string, Position>();
	for (const { id, at } of ids) {
		const first = seen.get(id);
		if (!first) seen.set(id, at);
		else
			report({
				file,
				at,
				message: `${what} \`${id}\` is used twice (first at line ${first.line})`,
				hint: 'Ids are public and must be unique: rename or merge one of them.',
			});
	}
}

/**
 * Reports an element's `id` (`<span id="...">`, in JSX or raw HTML) that the page already holds: a heading's, another
 * element's, or one of the sections and tools the site adds to every page. A page holding an id twice sends a link
 * to the first.
 */
function elementIds(page: PageInfo, report: (r: Report) => void): void {
	const taken = new Map<string, string>(reservedIds.map((id) => [id, 'the id of a part the site adds to every page']));
	for (const { value, position } of page.headings) taken.set(value, `the heading's at line ${position.line}`);
	for (const { value: element, position } of page.elements) {
		const id = element.parsed.attributes.find((attribute) => attribute.name === 'id')?.value;
		if (!id) continue;
		const holder = taken.get(id);
		if (holder)
			report({
				file: page.file,
				at: position,
				message: `the id \`${id}\` is already ${holder}, so the page would hold it twice and links to \`#${id}\` would reach only the first`,
				hint: 'Give the element an id of its own, and link to that.',
			});
		else taken.set(id, `the element's at line ${position.line}`);
	}
}

export default defineRule({
	id: 'duplicate-id',
	kind: 'editorial',
	summary:
		'Ids and keys are public and must be unique: capability and domain ids, glossary terms, reflection questions, bibliography keys (short links: see short-link-collision), and on a page, the `id` of an element beside its headings and the parts the site adds.',
	example: '- id: coalition\n  ...\n- id: coalition',
	fix: 'Give one of them another id, or merge the two entries.',
	scope: 'data',
	check({ model, pages, report }) {
		for (const page of pages) elementIds(page, report);
		const { framework, bibliography, glossary, reflection } = model.sources;
		if (framework.value && framework.data) {
			const locate = framework.data.locate;
			repeats(
				framework.value.domains.flatMap((d, i) => [
					{ id: d.id, at: locate(['domains', i, 'id']) },
					...d.capabilities.map((c, j) => ({ id: c.id, at: locate(['domains', i, 'capabilities', j, 'id']) })),
				]),
				framework.file,
				'the id',
				report,
			);
		}
		const list = (source: typeof glossary | typeof bibliography | typeof reflection, what: string) =>
			source.value &&
			repeats(
				source.value.map((entry, i) => ({ id: entry.id, at: source.data!.locate([i, 'id']) })),
				source.file,
				what,
				report,
			);
		list(bibliography, 'the key');
		list(glossary, 'the term id');
		list(reflection, 'the question id');
	},
});
