// A translated sentence with a link or a date inside is one dictionary string, cut at its placeholders
// (src/site/ui-text.ts): the translation keeps its own word order, and the component puts its element in the gap.
import { describe, expect, test } from 'vitest';
import { fillTemplate, pluralKey, text, textParts } from '../../src/site/ui-text.ts';

const french = {
	all: () => ({
		'handbook.domainPageListsIt': 'La page du domaine {{domain}} la présente avec les autres capacités de ce domaine.',
		'handbook.referenceKey': 'Clé\u00a0: {{key}}',
		'handbook.citedOnOne': 'Cité sur {{count}} page',
	}),
};
const link = { element: 'a', text: 'Develop Coalitions' };

describe('UI strings with a link or a date inside', () => {
	test('the sentence is cut where its placeholder is, in the translation’s word order', () => {
		expect(textParts(french, 'handbook.domainPageListsIt', { domain: link })).toEqual([
			'La page du domaine ',
			link,
			' la présente avec les autres capacités de ce domaine.',
		]);
		expect(textParts(french, 'handbook.referenceKey', { key: link })).toEqual(['Clé\u00a0: ', link]);
	});

	test('a placeholder without a value stays as written, so a misspelt name shows instead of vanishing', () => {
		expect(textParts(french, 'handbook.referenceKey', { name: link })).toEqual(['Clé\u00a0: ', '{{key}}']);
	});

	test('a key the dictionary lacks shows the key itself', () => {
		expect(textParts(french, 'handbook.missing', {})).toEqual(['handbook.missing']);
	});

	test('text values fill a plain string, unescaped (Astro escapes the whole string once)', () => {
		expect(text(french, 'handbook.citedOnOne', { count: 1 })).toBe('Cité sur 1 page');
		expect(text(french, 'handbook.referenceKey', { key: 'a&b' })).toBe('Clé\u00a0: a&b');
	});

	test('the text between placeholders can be passed through a function (escaped for HTML, in the embed views)', () => {
		expect(fillTemplate('<b>{{x}}</b> & {{x}}', { x: '<i>' }, (part) => part.toUpperCase())).toEqual([
			'<B>',
			'<i>',
			'</B> & ',
			'<i>',
		]);
		expect(fillTemplate('{{a}}{{b}}', { a: 1, b: 2 })).toEqual([1, 2]);
	});

	test('a placeholder with no value, or named like an object property, stays as written, as text', () => {
		expect(fillTemplate('Read {{title}} in {{place}}', { title: 'Trust' }, (part) => `[${part}]`)).toEqual([
			'[Read ]',
			'Trust',
			'[ in ]',
			'[{{place}}]',
		]);
		expect(fillTemplate('{{constructor}} {{toString}}', {})).toEqual(['{{constructor}}', ' ', '{{toString}}']);
	});

	test('the singular or plural string by the language’s rule: French says "0 page" and "1 page", English "0 pages"', () => {
		expect(pluralKey('fr-CA', 0, 'handbook.citedOn')).toBe('handbook.citedOnOne');
		expect(pluralKey('fr-CA', 1, 'handbook.citedOn')).toBe('handbook.citedOnOne');
		expect(pluralKey('fr-CA', 2, 'handbook.citedOn')).toBe('handbook.citedOnOther');
		expect(pluralKey('en-CA', 0, 'handbook.citedOn')).toBe('handbook.citedOnOther');
		expect(pluralKey('en-CA', 1, 'handbook.citedOn')).toBe('handbook.citedOnOne');
	});
});
