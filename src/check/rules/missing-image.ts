import fs from 'node:fs';
import path from 'node:path';
import { resolveLink } from '../links.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'missing-image',
	kind: 'editorial',
	summary: 'A local image must exist: in `public/` for a site path, or beside the page for a relative path.',
	example: '![The lifecycle](/images/lifecycel.svg)',
	fix: '![The lifecycle](/images/lifecycle.svg) (the file is public/images/lifecycle.svg)',
	scope: 'page',
	check({ model, pages, report }) {
		for (const page of pages)
			for (const { value: image, position } of page.images) {
				const link = resolveLink(image.url, page.url);
				if (link.kind === 'external' || link.kind === 'script' || link.kind === 'unsupported') continue; // unsafe-content's
				const fromPublic = path.join(model.displayRoot, 'public', link.kind === 'internal' ? link.path : '');
				const besidePage = path.join(model.displayRoot, path.dirname(page.file), image.url.split(/[?#]/)[0] ?? '');
				const exists = image.url.startsWith('/') ? fs.existsSync(fromPublic) : fs.existsSync(besidePage);
				if (link.kind === 'internal' && exists) continue;
				report({
					file: page.file,
					at: position,
					message: `the image \`${image.url}\` does not exist`,
					hint: 'Put the image in `public/` and write its path from the site root (`/images/name.svg`), or fix the file name.',
				});
			}
	},
});
