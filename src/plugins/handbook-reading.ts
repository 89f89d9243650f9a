import type { Element, ElementContent, Parents, Text } from 'hast';
import { defineHastPlugin, type HastPluginEntry, type HastVisitorContext } from 'satteri';
import { readingExplanation, splitAtReading } from '../model/interpretation.ts';
import { withBase } from '../model/routes.ts';

/** The blocks a marked sentence can sit in; the nearest one gets the marker's side rule. */
const blocks = new Set(['p', 'li', 'td', 'th', 'dd']);
/** Text that already is a link or a heading stays as it is. */
const skipped = (tagName: string) => tagName === 'a' || /^h[1-6]$/.test(tagName);

/** The nearest block around a text node, or undefined when the text sits in a link or heading. */
function blockAround(text: Text, ctx: HastVisitorContext): Element | undefined {
	let node: Parents | undefined = ctx.parent(text);
	let block: Element | undefined;
	while (node && node.type === 'element') {
		if (skipped(node.tagName)) return undefined;
		if (!block && blocks.has(node.tagName)) block = node;
		node = ctx.parent(node);
	}
	return block;
}

/**
 * Makes the handbook's own connections visible the same way on every page. Wherever a page says
 * that a link (a source's point mapped to a LEADS capability, or one source set beside another)
 * is "the handbook's reading", the phrase becomes a marker that links to its explanation on
 * /how-to-use/, and the paragraph or list item holding it gets a side rule. `npm run check`
 * looks for the same phrase (rule `unmarked-interpretation`), so what readers see is what the
 * check counts. The marker is text, so it reads the same without CSS.
 */
export function handbookReading({ base }: { base: string }): HastPluginEntry {
	const href = withBase(base, readingExplanation);
	return defineHastPlugin({
		name: 'handbook-reading',
		text(text, ctx) {
			const parts = splitAtReading(text.value);
			if (parts.length < 2) return;
			const block = blockAround(text, ctx);
			if (!block) return;
			const classes = Array.isArray(block.properties.className) ? block.properties.className : [];
			if (!classes.includes('reading')) ctx.setProperty(block, 'className', [...classes, 'reading']);
			const replacement: ElementContent[] = parts
				.map((value, i): ElementContent | undefined => {
					if (!value) return undefined;
					if (i % 2 === 0) return { type: 'text', value };
					return {
						type: 'element',
						tagName: 'a',
						properties: { href, className: ['reading-mark'] },
						children: [{ type: 'text', value }],
					};
				})
				.filter((node): node is ElementContent => node !== undefined);
			ctx.replaceNode(text, replacement);
		},
	});
}
