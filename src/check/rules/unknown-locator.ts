import { findPart, partLabel } from '../../citations/locators.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'unknown-locator',
	kind: 'editorial',
	summary:
		'A pinpoint citation (`[@key, sec. <part>]`) names a part its source has: one listed for that source in `content/bibliography/structure.yaml`, by its number or its title.',
	example: '[@mervyn-nd-healthcare, sec. IV.9]',
	fix: '[@mervyn-nd-healthcare, sec. IV.1]',
	scope: 'page',
	check({ model, pages, report }) {
		// A bibliography or structure file that does not load is reported once, where it is.
		if (!model.sources.bibliography.value || (model.sources.structure.exists && !model.sources.structure.value)) return;
		// So is a source's list of parts that is not valid (data-field): its citations are not judged against it.
		const listed = model.sources.structure.data?.value;
		const invalid = new Set(
			model.sources.structure.issues.map(({ path: [i] }) =>
				Array.isArray(listed) && typeof i === 'number' ? (listed[i] as { key?: unknown } | null)?.key : undefined,
			),
		);
		for (const page of pages)
			for (const { value: item, position } of page.citations) {
				if (!item.locator || !model.references.has(item.key) || invalid.has(item.key)) continue;
				const source = model.structure.get(item.key);
				const located = item.label === 'section' && source && findPart(source, item.locator);
				if (located) continue;
				const parts = source?.parts.map((part) => `\`${partLabel(part)}\``).join(', ');
				report({
					file: page.file,
					at: position,
					message: !source
						? `\`@${item.key}\` is cited at "${item.locator}", but the handbook has no list of that source's parts to check it against`
						: item.label !== 'section'
							? `\`@${item.key}\` has no ${item.label}s to cite; its parts are sections`
							: `\`@${item.key}\` has no part "${item.locator}"`,
					hint: source
						? `Cite one of its parts as \`sec. <number or title>\`: ${parts}. Or cite the source without a locator. (The parts are listed in content/bibliography/structure.yaml; if one was removed there by mistake, put it back.)`
						: 'Cite the source without a locator, or list its parts, as the source names them, in content/bibliography/structure.yaml.',
				});
			}
		// Every source with parts must be in the bibliography and have its page, where the parts' headings are.
		const file = model.sources.structure;
		file.value?.forEach((entry, i) => {
			if (!model.references.has(entry.key))
				report({
					file: file.file,
					at: file.data!.locate([i, 'key']),
					message: `\`${entry.key}\` is not in the bibliography`,
					hint: 'Use the key of an entry in content/bibliography/references.json.',
				});
			if (!model.pages.some((page) => page.url === entry.page))
				report({
					file: file.file,
					at: file.data!.locate([i, 'page']),
					message: `no page has the address \`${entry.page}\``,
					hint: "Give the address of the handbook's page about this source, under /sources/.",
				});
		});
	},
});
