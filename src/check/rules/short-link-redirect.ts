import { defineRule } from '../rule.ts';
import { describeLink } from './short-link-collision.ts';

export default defineRule({
	id: 'short-link-redirect',
	kind: 'editorial',
	summary:
		'A redirect never takes over a short-link address (`/go/...`): short links are made from the pages, questions and terms.',
	example: '- from: /go/example/\n  to: /cases/example/',
	fix: 'shortId: example (in the page, if it needs that short link)',
	scope: 'site',
	check({ model, derived, report }) {
		const source = model.sources.redirects;
		const owners = new Map(derived.shortLinks.map((link) => [link.id, link]));
		source.value?.forEach((redirect, i) => {
			if (!redirect.from.startsWith('/go/')) return;
			const owner = owners.get(redirect.from.split('/')[2] ?? '');
			report({
				file: source.file,
				at: source.data?.locate([i, 'from']) ?? { line: 1, column: 1 },
				message: owner
					? `\`${redirect.from}\` is the short link of ${describeLink(owner)}; this redirect would take it over`
					: `\`${redirect.from}\` is a short-link address: a redirect there would take over a future short link`,
				hint: 'Short links are made from the pages, questions and terms themselves: remove this redirect, and give the page a `shortId` if it needs a different short link.',
			});
		});
	},
});
