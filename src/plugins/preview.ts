import type { Link, PhrasingContent } from 'mdast';

/**
 * Wraps a link with a preview (a reference or a definition) that CSS shows on hover
 * and keyboard focus. The preview is tied to the link with aria-describedby, so screen
 * readers announce it; without CSS or JavaScript it is plain text after a plain link.
 */
export function withPreview(link: Link, previewText: string, id: string): PhrasingContent {
	link.data = {
		...link.data,
		hProperties: { ...(link.data?.hProperties ?? {}), 'aria-describedby': id },
	};
	const preview = {
		type: 'preview',
		children: [{ type: 'text', value: previewText }],
		data: { hName: 'span', hProperties: { id, role: 'tooltip', className: ['preview'], 'data-pagefind-ignore': '' } },
	};
	return {
		type: 'previewHost',
		children: [link, preview],
		data: { hName: 'span', hProperties: { className: ['preview-host'] } },
	} as unknown as PhrasingContent;
}
