// Starlight writes two things a page supplies in its frontmatter as given, without the site's base path: a hero's
// action links (the home page's buttons) and a banner's HTML. Their site addresses get the base path and a page's
// trailing slash here, as every link written in a page's body does (src/plugins/handbook-links.ts), so that a
// handbook hosted under a folder (`/handbook/`) links inside it.
import { rewriteAttributes } from '../model/html.ts';
import { linkAddress } from '../model/routes.ts';

/** The frontmatter fields this rewrites, as Starlight's schema gives them. */
export interface AddressedFields {
	hero?: { actions: { link: string }[] } | undefined;
	banner?: { content: string } | undefined;
}

/**
 * `data` with the site addresses of its hero's actions and its banner's links as the browser must request them
 * under `base`; `data` itself when it has neither. A copy: the entry is shared by every render of the page.
 */
export function withSiteAddresses<Data extends AddressedFields>(data: Data, base: string): Data {
	const { hero, banner } = data;
	if (!hero?.actions.length && !banner) return data;
	return {
		...data,
		...(hero && {
			hero: { ...hero, actions: hero.actions.map((action) => ({ ...action, link: linkAddress(base, action.link) })) },
		}),
		...(banner && {
			banner: {
				...banner,
				content: rewriteAttributes(banner.content, (_element, attribute, value) =>
					attribute === 'href' ? linkAddress(base, value) : undefined,
				),
			},
		}),
	};
}
