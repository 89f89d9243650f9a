import fs from 'node:fs';
import path from 'node:path';
import { resolveLink } from '../links.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
	id: 'missing-image',
	kind: 'editorial',
	summary:
		"A local image must exist: in `public/` for a site path, or beside the page for a relative path in Markdown's image syntax (an `<img>` element is published as written, so its image must be in `public/`).",
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
				// Markdown's relative image is bundled from beside the page; an element's address is the browser's to resolve.
				const bundled = !image.element && !image.url.startsWith('/');
				const exists = bundled ? fs.existsSync(besidePage) : fs.existsSync(fromPublic);
				if (link.kind === 'internal' && exists) continue;
				if (link.kind === 'internal' && image.element && !image.url.startsWith('/') && fs.existsSync(besidePage)) {
					report({
						file: page.file,
						at: position,
						message: `the image \`${image.url}\` is in an \`<img>\` element, which the site publishes as written: the browser asks for ${link.path}, and only Markdown's image syntax publishes an image from beside the page`,
						hint: `Write it as \`![${image.alt}](${image.url})\`, or put the image in \`public/\` and write its path from the site root (\`/images/${path.basename(besidePage)}\`).`,
					});
					continue;
				}
				report({
					file: page.file,
					at: position,
					message: `the image \`${image.url}\` does not exist`,
					hint: 'Put the image in `public/` and write its path from the site root (`/images/name.svg`), or fix the file name.',
				});
			}
	},
});
