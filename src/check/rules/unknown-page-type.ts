import { pageType, pageTypes } from '../../model/page-types.ts';
import { defineRule } from '../rule.ts';
import { suggestion } from '../suggest.ts';

export default defineRule({
	id: 'unknown-page-type',
	kind: 'editorial',
	summary: 'Every page declares one of the known page types.',
	example: 'type: case',
	fix: 'type: case-study',
	scope: 'page',
	check({ pages, report }) {
		for (const page of pages) {
			const type = page.frontmatter?.type;
			if (!page.frontmatterFile || type === undefined || pageType(type)) continue;
			const at = page.frontmatterFile.locate(['type']);
			report({
				file: page.file,
				at,
				message: `\`${String(type)}\` is not a page type`,
				...suggestion(String(type), pageTypes, `Use one of: ${pageTypes.join(', ')}.`, at),
			});
		}
	},
});
