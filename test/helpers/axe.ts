// axe-core in a real browser: the WCAG 2.2 A and AA rules the handbook promises (README, "Accessibility"). axe is
// injected as a script, which the pages' own policy rightly refuses: open the page in a context made with
// `bypassCSP: true`.
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The rule tags of WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations on the page as it is now, or in the part `selector` matches: each rule with its elements. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
	await page.addScriptTag({ content: axe.source });
	const result = await page.evaluate(
		({ tags, include }) =>
			(window as unknown as { axe: typeof axe }).axe.run(include ? { include: [[include]] } : document, {
				runOnly: tags,
			}),
		{ tags: wcagTags, include: selector },
	);
	return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The screens pages are checked on: a phone and a desktop, each in light and in dark mode (`describe.each`). */
export const screens = [
	['phone', 'light', { width: 375, height: 812 }],
	['phone', 'dark', { width: 375, height: 812 }],
	['desktop', 'light', { width: 1280, height: 900 }],
	['desktop', 'dark', { width: 1280, height: 900 }],
] as const;

/** The page as it is now fits a screen `width` pixels wide (nothing scrolls sideways), and axe finds no violation. */
export async function expectFitsAndPassesAxe(page: Page, width: number): Promise<void> {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
	expect(await axeViolations(page)).toEqual([]);
}
