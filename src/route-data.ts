import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { navigationWords, pageNavigation } from './site/page-sidebar.ts';
import { siteBase } from './model/routes.ts';
import { formatReport } from './check/report.ts';
import { errorsOf } from './validation/validate.ts';
import { ruleIds } from './check/catalogue.ts';
import { urlOfId } from './model/identity.ts';
import { pageInfo, pageSummaries } from './site/page-graph.ts';
import { sectionsAfterContent, type AddedSection } from './site/after-content.ts';
import { withSiteAddresses } from './site/entry-addresses.ts';

/** An entry of "On this page", as Starlight's route data holds it. */
type TocItem = NonNullable<StarlightRouteData['toc']>['items'][number];

/** The content check's report, as an error Astro's dev overlay shows. */
class ContentCheckError extends Error {
	override name = 'The content check found problems';
}

// The trimming of each page's sidebar lives with the structure it is derived from.
export { pruneSidebar } from './site/page-sidebar.ts';

export const onRequest = defineRouteMiddleware((context) => {
	// In `npm run dev`, a saved mistake shows in the browser's error overlay (and the terminal), with
	// path:line:col, rule id and hint, instead of an old version of the page.
	if (import.meta.env.DEV) {
		const errors = errorsOf(context.locals.handbook.problems);
		if (errors.length) throw new ContentCheckError(formatReport(errors));
	}
	// Starlight has an empty sidebar (see src/starlight-plugin.ts): the page's trimmed sidebar and its Previous/Next
	// links come from one structure made once per version of the content, as Starlight would have made them.
	const route = context.locals.starlightRoute;
	const { sidebar, pagination } = pageNavigation(
		context.locals.handbook.model,
		siteBase(),
		context.url.pathname,
		route.entry.data,
		navigationWords(context.locals.t.all() as Record<string, string>),
	);
	route.sidebar = sidebar;
	route.pagination = pagination;
	// "On this page" lists the headings written in the MDX. The rules' sections of "Check errors" come from the rule
	// catalogue (the CheckErrors component, at the end of the page), and the sections the handbook adds after every
	// page's content (references, the parts of a source, ...) from the content model: they are added after them.
	const url = urlOfId(route.entry.id);
	const info = pageInfo(context.locals.handbook, url);
	const summary = pageSummaries(context.locals.handbook).get(url);
	if (route.toc) {
		const rules = info?.elements.some(({ value }) => value.name === 'CheckErrors') ? ruleIds : [];
		const item = ({ id, label, children }: AddedSection, depth = 2): TocItem => ({
			depth,
			slug: id,
			text: 'key' in label ? context.locals.t(label.key) : label.text,
			children: children.map((child) => item(child, depth + 1)),
		});
		const added = summary ? sectionsAfterContent(context.locals.handbook, summary) : [];
		route.toc = {
			...route.toc,
			items: [
				...route.toc.items,
				...rules.map((id) => ({ depth: 2, slug: id, text: id, children: [] })),
				...added.map((section) => item(section)),
			],
		};
	}
	// A hero's action links and a banner's links, which Starlight writes as given, under the base path.
	const data = withSiteAddresses(route.entry.data, siteBase());
	if (data !== route.entry.data) route.entry = { ...route.entry, data };
	// A page not yet translated is shown in another language's folder with the default language's text
	// (Starlight's fallback, with a notice): kept out of that language's search index, whose words are its own.
	// A copy: the entry is the default language's page too, which stays indexed.
	if (route.isFallback) route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
});
