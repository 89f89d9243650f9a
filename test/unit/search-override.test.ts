// The handbook's Search override (src/components/overrides/Search.astro) copies parts of Starlight's own search
// component: the shortcut script (inline, so the security policy lists its hash: it must stay byte-identical),
// the dialog's markup, its open/close logic and its scoped styles. When an upgrade of Starlight changes any of
// these, this test fails and names the part, so that the change is carried over (or deliberately left out) and
// the new fingerprint recorded in src/components/overrides/search-upstream.json.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const starlightRoot = path.resolve(fileURLToPath(import.meta.resolve('@astrojs/starlight')), '..', '..');
const upstreamFile = path.join(starlightRoot, 'dist/components/Search.astro');
const overrideFile = path.resolve('src/components/overrides/Search.astro');
const recorded = JSON.parse(fs.readFileSync(path.resolve('src/components/overrides/search-upstream.json'), 'utf8')) as {
	starlight: string;
	parts: Record<string, string>;
};

/** The text between two markers (the first marker included, the second not). */
function between(source: string, start: string, end: string): string {
	const from = source.indexOf(start);
	const to = source.indexOf(end, from + start.length);
	if (from < 0 || to < 0) return '';
	return source.slice(from, to);
}

/** The parts of a search component the override relies on, by name. */
function parts(source: string): Record<string, string> {
	return {
		'shortcut script': between(source, '<script is:inline>', '</script>'),
		'dialog markup': between(source, '<dialog', '</dialog>'),
		'open and close logic': between(source, 'const onClick', 'const shouldStrip'),
		'scoped styles': between(source, '<style>', '</style>'),
	};
}

/** A fingerprint that ignores formatting (Prettier lays out the copy differently). */
const fingerprint = (text: string) => createHash('sha256').update(text.replace(/\s+/g, '')).digest('hex').slice(0, 16);

describe("the search override and Starlight's search component", () => {
	const upstream = parts(fs.readFileSync(upstreamFile, 'utf8'));
	const override = parts(fs.readFileSync(overrideFile, 'utf8'));

	test('every part the override copies is still in the installed Starlight', () => {
		for (const [name, text] of Object.entries(upstream)) expect(text, name).not.toBe('');
	});

	test.each(Object.keys(parts('')))('Starlight has not changed its %s since it was copied', (name) => {
		const now = fingerprint(upstream[name]!);
		const version = JSON.parse(fs.readFileSync(path.join(starlightRoot, 'package.json'), 'utf8')).version;
		expect(
			now,
			`Starlight ${version} changed the ${name} of its search component (${path.relative(process.cwd(), upstreamFile)}) ` +
				`since the copy in src/components/overrides/Search.astro (Starlight ${recorded.starlight}). Compare the two, ` +
				`carry the change over or decide to leave it out, then record "${name}": "${now}" in ` +
				'src/components/overrides/search-upstream.json.',
		).toBe(recorded.parts[name]);
	});

	test('the shortcut script is byte-identical, so the security policy can list its hash', () => {
		expect(override['shortcut script']).toBe(upstream['shortcut script']);
	});
});
