// Generates a synthetic handbook of a given size through the project's own content model:
// the real taxonomy, bibliography and glossary, and pages with tags, citations, glossary
// links and cross-links that pass `npm run check`. Deterministic for a given size.
import fs from 'node:fs';
import path from 'node:path';
import { caseStudyHeadings } from '../../src/model/page-types.ts';
import { loadHandbook } from '../../src/model/load.ts';
import { focusDomain } from '../../src/model/interpretation.ts';

const words = (
	'coalition partner network trust purpose value leader clinic region board data learning conflict power ' +
	'service patient community process decision relationship strategy evidence change quality system team ' +
	'governance funding agreement outcome practice knowledge forum council review charter stakeholder'
).split(' ');

function prng(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 4294967296;
	};
}

interface Options {
	/** Total number of pages, including the framework's 25 and the glossary and references. */
	pages: number;
	/** Where to write the content set (a folder that will hold docs/, taxonomy/, ...). */
	out: string;
	/** The real content set to take the taxonomy, bibliography and glossary from. */
	from: string;
	/** Leave out pages that use the handbook's own components (for the plain Starlight baseline). */
	plain?: boolean;
}

export function generateSynthetic({ pages, out, from, plain = false }: Options): { pages: number } {
	fs.rmSync(out, { recursive: true, force: true });
	for (const dir of ['taxonomy', 'bibliography', 'glossary', 'reflection'])
		fs.cpSync(path.join(from, dir), path.join(out, dir), { recursive: true });
	// The parts of sources name the handbook's pages about them, which a synthetic handbook does not have; its
	// citations name no parts.
	fs.rmSync(path.join(out, 'bibliography/structure.yaml'), { force: true });
	// Glossary terms name the real handbook's pages (`page:`), which a synthetic handbook does not have.
	const termsFile = path.join(out, 'glossary/terms.yaml');
	fs.writeFileSync(termsFile, fs.readFileSync(termsFile, 'utf8').replace(/^ {2}page: .*\n/gm, ''));
	// The real content set's model: its framework, bibliography and glossary.
	const model = loadHandbook(from);
	const framework = model.framework!;
	const capabilityIds = [...framework.capabilities.keys()];
	const references = [...model.references.values()];
	const sourceKeys = references.filter((r) => r.note?.startsWith('handbook-source')).map((r) => r.id);
	const allKeys = references.map((r) => r.id);
	const terms = [...model.glossary.keys()];
	const random = prng(pages);
	const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
	const sentence = (n = 12) => {
		const text = Array.from({ length: n }, () => pick(words)).join(' ');
		return text[0]!.toUpperCase() + text.slice(1);
	};
	// Three "In brief" points, which practice, case, lesson, topic and focus-domain capability pages need; each
	// names its source, as the check requires.
	const inBrief = (key: string) => JSON.stringify([1, 2, 3].map(() => `${sentence(10)} [@${key}].`));
	// Synthetic sources rarely name the capabilities they are tagged with, so every page marks its links.
	const reading = "Linking these points to LEADS is the handbook's reading.";
	const docs = path.join(out, 'docs');
	const write = (file: string, frontmatter: Record<string, string>, body: string) => {
		const target = path.join(docs, file);
		fs.mkdirSync(path.dirname(target), { recursive: true });
		const yaml = Object.entries(frontmatter)
			.map(([k, v]) => `${k}: ${v}`)
			.join('\n');
		fs.writeFileSync(target, `---\n${yaml}\n---\n\n${body}\n`);
	};
	let written = 0;
	let keyCursor = 0;
	const nextKey = () => allKeys[keyCursor++ % allKeys.length]!;

	// The framework: every domain and capability page, as in the handbook.
	write(
		'index.mdx',
		{
			title: 'Synthetic handbook',
			description: 'A generated handbook used to measure build cost at scale.',
			type: 'home',
		},
		'Generated content for benchmarks.',
	);
	written++;
	for (const domain of framework.domains) {
		const caps = domain.capabilities.map((c) => c.id);
		const key = pick(sourceKeys);
		write(
			`leads/${domain.id}/index.mdx`,
			{
				title: domain.name,
				description: `The ${domain.name} domain and its four capabilities.`,
				type: 'domain',
				capabilities: `[${caps.join(', ')}]`,
				sources: `[${key}]`,
			},
			`${sentence()} [@${key}]. ${reading}\n`,
		);
		written++;
		for (const capability of domain.capabilities) {
			const k = pick(sourceKeys);
			write(
				`leads/${domain.id}/${capability.id}.mdx`,
				{
					title: JSON.stringify(capability.name),
					description: `What the sources say about ${capability.name.toLowerCase()}.`,
					type: 'capability',
					capabilities: `[${capability.id}]`,
					sources: `[${k}]`,
					...(domain.id === focusDomain ? { inBrief: inBrief(k) } : {}),
				},
				[1, 2, 3].map((i) => `## Section ${i}\n\n${sentence(30)} [@${k}]. ${reading}\n`).join('\n'),
			);
			written++;
		}
	}
	if (!plain) {
		write(
			'glossary.mdx',
			{ title: 'Glossary', description: 'The glossary terms, listed from data.', type: 'glossary' },
			"import Glossary from '~/components/Glossary.astro';\n\n<Glossary />",
		);
		write(
			'references.mdx',
			{ title: 'References', description: 'The bibliography, listed from data.', type: 'reference' },
			"import References from '~/components/References.astro';\n\n<References />",
		);
		written += 2;
	}

	// The rest, spread over sections of equal size, each with its own overview page.
	const sections = [
		{ dir: 'coalitions', type: 'topic' },
		{ dir: 'practices', type: 'practice' },
		{ dir: 'cases', type: 'case-study' },
		{ dir: 'lessons', type: 'lesson' },
		{ dir: 'reflection', type: 'reflection' },
	];
	const remaining = Math.max(0, pages - written);
	const plan = Array.from({ length: remaining }, (_, i) => {
		const section = sections[i % sections.length]!;
		const isIndex = i < sections.length;
		return {
			section,
			isIndex,
			file: `${section.dir}/${isIndex ? 'index' : `page-${i}`}.mdx`,
			url: `/${section.dir}/${isIndex ? '' : `page-${i}/`}`,
		};
	});
	plan.forEach(({ section, file, isIndex }) => {
		const capabilities = Array.from(
			new Set([pick(capabilityIds), pick(capabilityIds), pick(capabilityIds)].slice(0, 1 + Math.floor(random() * 3))),
		);
		const source = pick(sourceKeys);
		const cited = [source, nextKey()];
		const term = pick(terms);
		const target = plan[Math.floor(random() * plan.length)]!;
		const targetAnchor =
			target.section.type === 'case-study' && !target.isIndex ? `#${caseStudyHeadings[0]!.toLowerCase()}` : '#part-1';
		const headings =
			section.type === 'case-study' && !isIndex ? caseStudyHeadings : ['Part 1', 'Part 2', 'Part 3', 'Part 4'];
		const body = [
			`${sentence(20)}: see [${pick(words)}](glossary:${term}) [@${source}]. ${reading}`,
			...headings.map(
				(heading, h) =>
					`## ${heading}\n\n${sentence(40)} [@${cited[h % cited.length]}].\n\n${sentence(25)}; see [a related page](${target.url}${targetAnchor}) [@${source}].`,
			),
		].join('\n\n');
		write(
			file,
			{
				title: JSON.stringify(isIndex ? `${section.dir} overview` : `${sentence(4)} ${file.replace(/\D/g, '')}`),
				description: JSON.stringify(`${sentence(10)}.`),
				type: isIndex ? 'overview' : section.type,
				capabilities: `[${capabilities.join(', ')}]`,
				sources: `[${source}]`,
				...(isIndex || section.type === 'reflection' ? {} : { inBrief: inBrief(source) }),
			},
			body,
		);
		written++;
	});
	return { pages: written };
}
