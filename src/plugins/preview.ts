import type { Link, PhrasingContent } from 'mdast';

/**
 * Wraps a link with a preview (a reference or a definition) that CSS shows on hover
 * and keyboard focus. The preview is tied to the link with aria-describedby, so screen
 * readers announce it; without CSS or JavaScript it is plain text after a plain link.
 */
export function withPreview(link: Link, previewText: string, id: string): PhrasingContent {
	// mdast-util-to-hast reads hProperties from any node's data; mdast's types do not list it.
	const data = (link.data ?? {}) as { hProperties?: Record<string, unknown> };
	link.data = { ...data, hProperties: { ...data.hProperties, 'aria-describedby': id } } as Link['data'];
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
