import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { excerpt } from '../excerpt.ts';
import { defineRule } from '../rule.ts';
import { unsafeAttribute } from './unsafe-content.ts';

/** The modules a page may import: the handbook's own components and Starlight's. */
const allowedImport = /^(~\/components\/[A-Z][A-Za-z0-9]*\.astro|@astrojs\/starlight\/components)$/;

/** An expression that only holds a value: a string, a number, or a comment. */
const plainExpression = (text: string) =>
	/^\s*(?:(["'`])(?:(?!\1)[^\\$]|\\.)*\1|-?\d+(?:\.\d+)?|\/\*[\s\S]*?\*\/|)\s*$/.test(text);

/** The handbook's components, which `~/components/` names. */
const componentsFolder = fileURLToPath(new URL('../../components/', import.meta.url));

/** The names an import statement binds: `A`, `{ B, C as D }`, `* as E`. */
const importedNames = (names: string) =>
	names
		.replace(/[{}]/g, ',')
		.split(',')
		.map((n) =>
			n
				.trim()
				.split(/\s+as\s+/)
				.pop()!
				.trim(),
		)
		.filter(Boolean);

/** The problems of an MDX ESM block (only imports of allowed modules, nothing else), and the names it imports. */
function esmProblems(code: string, imported: Set<string>): string[] {
	const problems: string[] = [];
	const rest = code.replace(
		/import\s+([\w\s{},*]+?)\s+from\s+(["'])([^"']+)\2\s*;?/g,
		(_m, names: string, _q, specifier: string) => {
			if (!allowedImport.test(specifier)) problems.push(`imports \`${specifier}\``);
			else if (
				specifier.startsWith('~/') &&
				!fs.existsSync(`${componentsFolder}${specifier.slice('~/components/'.length)}`)
			)
				problems.push(`imports \`${specifier}\`, which is not one of the handbook's components`);
			for (const name of importedNames(names)) imported.add(name);
			return '';
		},
	);
	const leftover = rest.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '').trim();
	if (leftover) problems.push(/^export\b/.test(leftover) ? 'exports code' : 'holds code other than imports');
	return problems;
}

export default defineRule({
	id: 'mdx-code',
	kind: 'safety',
	summary:
		"A page runs no code of its own: it imports only the handbook's components (`~/components/...astro`) and Starlight's, exports nothing, and its `{...}` expressions are plain values.",
	example: "import fs from 'node:fs';\n\n{fs.readFileSync('/etc/passwd', 'utf8')}",
	fix: "import CapabilityTable from '~/components/CapabilityTable.astro';\n\n<CapabilityTable />",
	scope: 'page',
	check({ pages, report }) {
		for (const page of pages) {
			const imported = new Set<string>();
			for (const { value, position } of page.esm)
				for (const problem of esmProblems(value, imported))
					report({
						file: page.file,
						at: position,
						message: `the page ${problem}`,
						hint: 'MDX imports and exports run as code when the site is built. Import only components from `~/components/` or `@astrojs/starlight/components`, and export nothing.',
					});
			// A component used but never imported fails the build far from here, naming a module, not the page.
			for (const { value, position } of page.elements)
				if (!value.raw && /^[A-Z]/.test(value.name) && !imported.has(value.name.split('.')[0]!))
					report({
						file: page.file,
						at: position,
						message: `the component \`<${value.name}>\` is used but never imported`,
						hint: `Add an import at the top of the page, such as \`import ${value.name.split('.')[0]} from '~/components/${value.name.split('.')[0]}.astro';\` (the authoring guide lists the components).`,
					});
			for (const { value, position } of page.expressions)
				// An event handler's code is one mistake, reported once, by unsafe-content.
				if (!plainExpression(value.code) && !(value.attribute && unsafeAttribute(value.attribute)))
					report({
						file: page.file,
						at: position,
						message: `the expression \`{${excerpt(value.code, 40)}}\` is code`,
						hint: 'Write text as text; to show a literal brace, escape it as `\\{`. Component properties take plain values: `domain="develop-coalitions"`.',
					});
		}
	},
});
