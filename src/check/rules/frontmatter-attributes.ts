import { parseAttributeMap, parseHtml } from '../../model/html.ts';
import { elementProblems } from '../markup.ts';
import { defineRule } from '../rule.ts';

const hint =
	'Attribute maps in the frontmatter may set only plain attributes (`title`, `lang`, `aria-label`...) and links to pages or other sites; no `style`, `class`, `on...` attributes, `javascript:` links or raw HTML and SVG. Ask a developer for a component if a page needs more.';

type Located = { keyPath: PropertyKey[]; problems: string[] };

/** Starlight prints these maps as attributes of a link (`<a href=... {...attrs}>`); judged as a browser parses that. */
function linkProblems(attributes: unknown, link?: unknown): string[] {
	const map = attributes && typeof attributes === 'object' ? (attributes as Record<string, unknown>) : {};
	const all = typeof link === 'string' ? { ...map, href: link } : map;
	return parseAttributeMap('a', all).flatMap((element) => elementProblems(element));
}

export default defineRule({
	id: 'frontmatter-attributes',
	kind: 'safety',
	summary:
		"The attributes a page's frontmatter gives its sidebar link and hero actions, and the hero's image, are read as a browser reads them: plain attributes and safe links only, no event handlers, styles, scripts or raw HTML.",
	example: 'sidebar:\n  attrs: { style: "position:fixed;inset:0", onclick: "alert(1)" }',
	fix: 'sidebar:\n  attrs: { title: "Start here" }',
	scope: 'page',
	check({ pages, report }) {
		for (const page of pages) {
			const fm = page.frontmatter;
			if (!fm || !page.frontmatterFile) continue;
			const found: Located[] = [];
			const sidebar = fm.sidebar as { attrs?: unknown } | undefined;
			if (sidebar?.attrs !== undefined)
				found.push({ keyPath: ['sidebar', 'attrs'], problems: linkProblems(sidebar.attrs) });
			const hero = fm.hero as { actions?: unknown; image?: { html?: unknown } } | undefined;
			if (Array.isArray(hero?.actions))
				hero.actions.forEach((action: { link?: unknown; attrs?: unknown; icon?: unknown } | null, i) => {
					const problems = linkProblems(action?.attrs, action?.link);
					if (typeof action?.icon === 'string' && /</.test(action.icon))
						problems.push('the action’s `icon` is raw markup, not the name of an icon');
					found.push({ keyPath: ['hero', 'actions', i], problems });
				});
			if (typeof hero?.image?.html === 'string') {
				const problems = parseHtml(hero.image.html).flatMap((element) => elementProblems(element));
				found.push({
					keyPath: ['hero', 'image', 'html'],
					problems: problems.length ? problems : ['the hero image is raw HTML'],
				});
			}
			for (const { keyPath, problems } of found)
				if (problems.length)
					report({
						file: page.file,
						at: page.frontmatterFile.locate(keyPath),
						message: `\`${keyPath.join('.')}\`: ${problems.join('; ')}`,
						hint,
					});
		}
	},
});
