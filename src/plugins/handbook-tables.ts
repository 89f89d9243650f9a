import type { Element, ElementContent, RootContent } from 'hast';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';
const isHeading = (node: RootContent | ElementContent): boolean => isElement(node) && /^h[2-6]$/.test(node.tagName);

function textOf(node: RootContent | ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element') return node.children.map(textOf).join('');
	return '';
}

/** The heading a node sits under: the nearest heading before it among its siblings (or inside Starlight's heading wrapper). */
function headingBefore(siblings: readonly (RootContent | ElementContent)[], index: number): string | undefined {
	for (let i = index - 1; i >= 0; i--) {
		const node = siblings[i]!;
		if (isHeading(node)) return textOf(node).trim();
		if (isElement(node) && node.tagName === 'div') {
			const heading = node.children.find(isHeading);
			if (heading) return textOf(heading).trim();
		}
	}
	return undefined;
}

/**
 * Puts every Markdown table in a region that scrolls sideways on a narrow screen instead of
 * widening the page, and gives it a visible caption named after the section it sits in. The region
 * is focusable (keyboard users can scroll it) and labelled by the caption, as WCAG asks of a
 * scrollable region.
 */
export function handbookTables(): HastPluginEntry {
	// A factory: Sätteri calls it once per document, so caption ids restart on every page.
	return () => {
		let count = 0;
		return defineHastPlugin({
			name: 'handbook-tables',
			element: {
				filter: ['table'],
				visit(table, ctx) {
					const parent = ctx.parent(table);
					const index = ctx.indexOf(table);
					if (!parent || index === undefined) return;
					const captionText = headingBefore(parent.children, index) ?? 'Table';
					const id = `table-caption-${++count}`;
					const caption: Element = {
						type: 'element',
						tagName: 'caption',
						properties: { id },
						children: [{ type: 'text', value: captionText }],
					};
					ctx.replaceNode(table, {
						type: 'element',
						// A labelled <section> is a region natively (html-validate prefers it to role="region").
						tagName: 'section',
						properties: { className: ['table-scroll'], tabIndex: 0, 'aria-labelledby': id },
						children: [{ ...table, children: [caption, ...table.children] }],
					});
				},
			},
		});
	};
}
