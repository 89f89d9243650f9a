// The anchors of a page's headings (src/model/heading-anchors.ts), one kind of heading at a time, without a build
// (heading-anchors.test.ts compares them with a build's ids): the ids `#section` links written by editors and
// trainers must match. Expected values are written out by hand.
import { describe, expect, test } from 'vitest';
import { headingText, pageAnchors } from '../../src/model/heading-anchors.ts';

const text = (value: string) => ({ type: 'text', value });
type Node = { type: string; value?: unknown; alt?: string; url?: string; children?: Node[] };
const heading = (...children: Node[]) => ({ type: 'heading', children });

describe("a heading's anchor", () => {
	test('is made of its words and inline code, without citations, images, raw HTML or expressions', () => {
		expect(headingText(heading(text('Trust [@kanter-1994-collaborative]')))).toBe('Trust');
		expect(headingText(heading(text('What @kanter-1994-collaborative found')))).toBe('What found');
		expect(headingText(heading(text('Using '), { type: 'inlineCode', value: 'shortId' }, text(' well')))).toBe(
			'Using shortId well',
		);
		expect(
			headingText(
				heading(
					{ type: 'emphasis', children: [text('Shared')] },
					text(' purpose '),
					{ type: 'image', alt: 'an icon', url: '/i.png' },
					{ type: 'html', value: '<br>' },
					{ type: 'mdxTextExpression', value: '1 + 1' },
				),
			),
		).toBe('Shared purpose');
		expect(headingText(heading(text('  Two\n  lines  ')))).toBe('Two lines');
		expect(headingText(heading({ type: 'text' }))).toBe('');
		expect(headingText(heading(text('Code'), { type: 'inlineCode' }))).toBe('Code');
	});

	test("follows GitHub's slugs, numbers a repeated heading, and is never empty", () => {
		const anchor = pageAnchors();
		expect(anchor(heading(text('Trust and conflict')))).toBe('trust-and-conflict');
		expect(anchor(heading(text('What the research found [@kanter-1994-collaborative]')))).toBe(
			'what-the-research-found',
		);
		expect(anchor(heading(text('Trust and conflict')))).toBe('trust-and-conflict-1');
		expect(anchor(heading(text('[@kanter-1994-collaborative]')))).toBe('section');
		expect(anchor(heading())).toBe('section-1');
		expect(anchor(heading(text('Étape 1 : l’équipe')))).toBe('étape-1--léquipe');
		// Each page starts its own count.
		expect(pageAnchors()(heading(text('Trust and conflict')))).toBe('trust-and-conflict');
	});
});
