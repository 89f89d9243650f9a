import type { Position } from '../../model/data-file.ts';
import { shortLinks } from '../../lib/short-links.ts';
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

export default defineRule({
	id: 'duplicate-id',
	summary:
		'Ids and keys are public and must be unique: capability and domain ids, glossary terms, reflection questions, bibliography keys, short links.',
	example: '- id: coalition\n  ...\n- id: coalition',
	fix: 'Give one of them another id, or merge the two entries.',
	scope: 'data',
	check({ model, report }) {
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

		// Short links share one id space: a page and a term with the same id would fight over /go/<id>/.
		const owners = new Map<string, string>();
		for (const link of shortLinks(model)) {
			const owner = owners.get(link.id);
			if (!owner) {
				owners.set(link.id, link.target);
				continue;
			}
			const termIndex = glossary.value?.findIndex((t) => t.id === link.id) ?? -1;
			const page = model.pages.find((p) => p.url === link.target);
			report({
				file: termIndex >= 0 ? glossary.file : (page?.file ?? glossary.file),
				at: termIndex >= 0 ? glossary.data!.locate([termIndex, 'id']) : { line: 1, column: 1 },
				message: `the short link /go/${link.id}/ would lead both to ${owner} and to ${link.target}`,
				hint: 'Short ids are shared by every page that has a short link and by glossary terms: rename one of them.',
			});
		}
	},
});
