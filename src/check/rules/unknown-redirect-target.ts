import { defineRule } from '../rule.ts';
import { suggestion } from '../suggest.ts';

export default defineRule({
	id: 'unknown-redirect-target',
	kind: 'editorial',
	summary:
		'A renamed page keeps its old address as a redirect: it must lead to a page that exists, and may not take over an address that is still published (a page or a short link) or send one old address two ways.',
	example: '- from: /practices/shared-purpose/\n  to: /practices/shared-purpose-and-identiy/',
	fix: '- from: /practices/shared-purpose/\n  to: /practices/shared-purpose-and-identity/',
	scope: 'site',
	check({ model, derived, report }) {
		const source = model.sources.redirects;
		if (!model.pages.length) return; // empty-docs reports the missing pages once, not through every redirect
		const pageUrls = new Set(model.pages.map((p) => p.url));
		const seen = new Map<string, number>();
		source.value?.forEach((redirect, i) => {
			const locate = (key: string) => source.data!.locate([i, key]);
			if (!pageUrls.has(redirect.to))
				report({
					file: source.file,
					at: locate('to'),
					message: `\`${redirect.from}\` redirects to \`${redirect.to}\`, which is not a page`,
					...suggestion(redirect.to, pageUrls, 'Point it at the page that replaced the old one.', locate('to')),
				});
			if (pageUrls.has(redirect.from))
				report({
					file: source.file,
					at: locate('from'),
					message: `\`${redirect.from}\` is still a page, so it cannot also redirect`,
					hint: 'Remove this redirect, or move the page.',
				});
			// A short link's address is short-link-redirect's to report.
			else if (!redirect.from.startsWith('/go/') && derived.anchorsByUrl.has(redirect.from))
				report({
					file: source.file,
					at: locate('from'),
					message: `\`${redirect.from}\` is an address the site already publishes (a page the site generates, such as the search page)`,
					hint: 'Old addresses of renamed pages only: remove this redirect.',
				});
			const earlier = seen.get(redirect.from);
			if (earlier !== undefined)
				report({
					file: source.file,
					at: locate('from'),
					message: `\`${redirect.from}\` already redirects (line ${source.data!.locate([earlier, 'from']).line})`,
					hint: 'A published address keeps the target it was given; remove the second redirect.',
				});
			else seen.set(redirect.from, i);
		});
	},
});
