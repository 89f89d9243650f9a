import { describe, expect, test } from 'vitest';
import { codeSpans } from '../../src/site/code-spans.ts';

describe('a rule summary with code in backticks, as the "Check errors" page shows it', () => {
	test('code between backticks becomes code, the words around it stay text', () => {
		expect(codeSpans('Every citation key must be in `content/bibliography/references.json`.')).toEqual([
			{ text: 'Every citation key must be in ', code: false },
			{ text: 'content/bibliography/references.json', code: true },
			{ text: '.', code: false },
		]);
	});

	test('several spans, one at the start and one at the end', () => {
		expect(codeSpans('`sources:` lists keys, as `[@key]` cites them: `a`')).toEqual([
			{ text: 'sources:', code: true },
			{ text: ' lists keys, as ', code: false },
			{ text: '[@key]', code: true },
			{ text: ' cites them: ', code: false },
			{ text: 'a', code: true },
		]);
	});

	test('a sentence without backticks is one run of text; a lone or empty pair of backticks is kept as written', () => {
		expect(codeSpans('No code here.')).toEqual([{ text: 'No code here.', code: false }]);
		expect(codeSpans('A lone ` mark.')).toEqual([{ text: 'A lone ` mark.', code: false }]);
		expect(codeSpans('An empty pair `` stays.')).toEqual([{ text: 'An empty pair `` stays.', code: false }]);
		expect(codeSpans('')).toEqual([]);
	});
});
