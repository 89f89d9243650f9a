import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'image-alt',
	kind: 'editorial',
	summary: 'Images need alt text that says what they show, for readers who cannot see them.',
	example: '![](/images/lifecycle.svg)',
	fix: '![Formation, operation and dissolution, in a cycle](/images/lifecycle.svg)',
	scope: 'page',
	check({ pages, report }) {
		for (const page of pages)
			for (const { value: image, position } of page.images)
				if (!image.alt.trim())
					report({
						file: page.file,
						at: position,
						message: `the image \`${image.url}\` has no alt text`,
						hint: 'Describe what the image shows: `![what it shows](url)`. A purely decorative image does not belong in content.',
					});
	},
});
