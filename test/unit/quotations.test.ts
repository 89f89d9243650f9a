import { describe, expect, test } from 'vitest';
import { contentDir } from '../../src/model/project.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { allQuotations, normalizeQuoted, seedFileFor, type Quotation } from '../helpers/quotations.ts';
import { haveSeeds, seedText } from '../helpers/seeds.ts';

// Quotations are checked against the five source documents, which sit beside the repository
// (../shared/seeds, or HANDBOOK_SEEDS_DIR). A clone without them skips these tests, saying so once.
const seeds = haveSeeds();
const content = validateContent(contentDir()).content;

/** Why a quotation does not match the documents it is attributed to, or undefined when it does. */
function mismatch(quotation: Quotation): string | undefined {
	const files = [...new Set(quotation.keys.map((key) => seedFileFor(content, key)))];
	if (!files.length || files.some((f) => f === undefined))
		return `${quotation.where}: "${quotation.text}" is attributed to ${quotation.keys.join(', ') || 'nothing'}, which has no source document`;
	const wanted = normalizeQuoted(quotation.text);
	if (files.some((file) => normalizeQuoted(seedText(file!)).includes(wanted))) return undefined;
	return `${quotation.where}: the ${quotation.kind} "${quotation.text}" is not in ${files.join(' or ')} (cited as ${quotation.keys.join(', ')})`;
}

describe.skipIf(!seeds)('quotations are exact', () => {
	const quotations = allQuotations(content);

	test('every <q>, block quotation and quoted glossary passage is found', () => {
		expect(quotations.length).toBeGreaterThan(100);
		expect(new Set(quotations.map((q) => q.kind))).toEqual(new Set(['q', 'blockquote', 'glossary']));
	});

	test('each one matches the text of the source it cites, word for word', () => {
		expect(quotations.map(mismatch).filter(Boolean)).toEqual([]);
	});

	test('a changed word, a dropped word or the wrong source fails', () => {
		const real = quotations.find(
			(q) => q.text === 'a more relational way of working based on humility, respect and trust',
		);
		expect(real, 'the healthy-relationships quotation').toBeDefined();
		expect(mismatch(real!)).toBeUndefined();
		expect(mismatch({ ...real!, text: real!.text.replace('humility', 'honesty') })).toContain('is not in');
		expect(mismatch({ ...real!, text: real!.text.replace('respect and ', '') })).toContain('is not in');
		expect(mismatch({ ...real!, keys: ['tudorwilliams-2024-creating'] })).toContain('is not in');
		expect(mismatch({ ...real!, keys: ['no-such-key'] })).toContain('has no source document');
	});

	test('a work known only "as cited in" a source is compared with the source that cites it', () => {
		expect(seedFileFor(content, 'ferris-2005')).toBe(seedFileFor(content, 'vaidya-2017-building'));
		expect(seedFileFor(content, 'thomson-2006')).toBe(seedFileFor(content, 'mervyn-nd-healthcare'));
	});
});

describe('what the comparison ignores', () => {
	test('spacing, quotation-mark and apostrophe style, and the kind of dash', () => {
		expect(normalizeQuoted('the “D”  -\n Develop')).toBe(normalizeQuoted('the "D" – Develop'));
		expect(normalizeQuoted('won’t')).toBe(normalizeQuoted("won't"));
		expect(normalizeQuoted('a—b')).toBe(normalizeQuoted('a - b'));
	});

	test('but not spelling, case or punctuation', () => {
		expect(normalizeQuoted('organisation')).not.toBe(normalizeQuoted('organization'));
		expect(normalizeQuoted('Leads Self')).not.toBe(normalizeQuoted('leads self'));
		expect(normalizeQuoted('humility, respect')).not.toBe(normalizeQuoted('humility respect'));
	});
});

describe.skipIf(!seeds)('which documents name each LEADS capability (`namedIn`) is true to the sources', () => {
	const sourceKeys = [...content.references.values()]
		.filter((r) => r.note.startsWith('handbook-source'))
		.map((r) => r.id);
	const squash = (text: string) => normalizeQuoted(text).toLowerCase();

	test.each([...content.framework!.capabilities.values()].map((c) => [c.id, c] as const))('%s', (_id, capability) => {
		const naming = sourceKeys.filter((key) =>
			squash(seedText(seedFileFor(content, key)!)).includes(squash(capability.name)),
		);
		expect([...capability.namedIn].sort()).toEqual(naming.sort());
	});
});
