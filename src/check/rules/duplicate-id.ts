import type { Position } from '../../model/data-file.ts';
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
	kind: 'editorial',
	summary:
		'Ids and keys are public and must be unique: capability and domain ids, glossary terms, reflection questions, bibliography keys (short links: see short-link-collision).',
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
	},
});
