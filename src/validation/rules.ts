/**
 * The catalogue of content problems `npm run check` reports. Each rule has an
 * id (printed beside every problem), a one-line summary, and an example with
 * its fix; the authoring guide's "Check errors" page is generated from this list.
 */
export interface Rule {
	/** What the rule protects, in one sentence. */
	summary: string;
	/** A short example of the mistake. */
	example: string;
	/** The same example, fixed. */
	fix: string;
}

export const rules = {
	'mdx-syntax': {
		summary: 'The page is not valid MDX, so it cannot be built.',
		example: 'Costs fell {by half.',
		fix: 'Costs fell \\{by half. (escape `{`, `}` and `<` in prose, and close every tag you open)',
	},
	'frontmatter-syntax': {
		summary: 'The frontmatter between the `---` lines is not valid YAML.',
		example: 'title: Trust: the basis',
		fix: 'title: "Trust: the basis" (quote values that contain a colon)',
	},
	'frontmatter-field': {
		summary: 'A required frontmatter field is missing or has the wrong kind of value.',
		example: 'capabilities: mobilize-knowledge',
		fix: 'capabilities: [mobilize-knowledge] (a list, even of one)',
	},
	'reviewed-date': {
		summary: "A page's `reviewed:` date is a real day, written as YYYY-MM-DD, and not in the future.",
		example: 'reviewed: 2026-02-30',
		fix: 'reviewed: 2026-02-28',
	},
	'unknown-page-type': {
		summary: 'Every page declares one of the known page types.',
		example: 'type: case',
		fix: 'type: case-study',
	},
	'unknown-capability': {
		summary: 'Capability tags must be ids from `content/taxonomy/leads.yaml`.',
		example: 'capabilities: [mobilise-knowledge]',
		fix: 'capabilities: [mobilize-knowledge]',
	},
	'missing-capabilities': {
		summary:
			'Pages other than guides, the home page, the glossary and the reference list must say which capabilities they serve.',
		example: 'type: practice\ncapabilities: []',
		fix: 'type: practice\ncapabilities: [build-partnerships, navigate-socio-political]',
	},
	'missing-sources': {
		summary: 'Content pages must name the source documents they draw on.',
		example: 'type: lesson\n(no sources field)',
		fix: 'type: lesson\nsources: [tudorwilliams-2024-creating]',
	},
	'source-not-cited': {
		summary: 'A source listed in the frontmatter must also be cited where the page uses it.',
		example: 'sources: [kingsfund-nd-practice]\n(no [@kingsfund-nd-practice] in the text)',
		fix: 'Leaders model collaborative behaviour [@kingsfund-nd-practice].',
	},
	'no-citation': {
		summary: 'Every content page cites at least one source, so every claim can be traced.',
		example: 'A page with no [@key] anywhere.',
		fix: 'Trust evolves throughout the relationship [@leadersforlife-2010-develop].',
	},
	'unknown-citation': {
		summary: 'Every citation key must be in `content/bibliography/references.json`.',
		example: '[@kanter-1994]',
		fix: '[@kanter-1994-collaborative]',
	},
	'unknown-term': {
		summary: 'Glossary links must name a term id from `content/glossary/terms.yaml`.',
		example: '[coalitions](glossary:coalitions)',
		fix: '[coalitions](glossary:coalition)',
	},
	'broken-link': {
		summary: 'Internal links must point at a page that exists.',
		example: '[Trust](/coalition/trust/)',
		fix: '[Trust](/coalitions/trust/)',
	},
	'broken-anchor': {
		summary: 'A `#anchor` must match a heading on the page it points at.',
		example: '[the lifecycle](/coalitions/lifecycle/#stages)',
		fix: '[the lifecycle](/coalitions/lifecycle/#formation-operation-dissolution)',
	},
	'image-alt': {
		summary: 'Images need alt text that says what they show, for readers who cannot see them.',
		example: '![](/images/lifecycle.svg)',
		fix: '![Formation, operation and dissolution, in a cycle](/images/lifecycle.svg)',
	},
	'case-study-template': {
		summary: 'Case studies follow one template, so readers can compare them section by section.',
		example: '## Background',
		fix: '## Context (the nine headings, in order: Context, Who was involved, Purpose, What happened, What the research found, LEADS capabilities in action, Lessons, Questions for discussion, Sources)',
	},
	'duplicate-id': {
		summary:
			'Ids and keys are public and must be unique: capability and domain ids, glossary terms, reflection questions, bibliography keys, page short ids.',
		example: '- id: coalition\n  ...\n- id: coalition',
		fix: 'Give one of them another id, or merge the two entries.',
	},
	'data-syntax': {
		summary:
			'A data file (taxonomy, bibliography, glossary, reflection questions, redirects) is not valid YAML or JSON.',
		example: '{ "id": "kanter-1994-collaborative", }',
		fix: '{ "id": "kanter-1994-collaborative" } (no trailing comma in JSON)',
	},
	'data-field': {
		summary: 'An entry in a data file is missing a required field or has the wrong kind of value.',
		example: '- id: coalition\n  term: Coalition\n  (no definition)',
		fix: '- id: coalition\n  term: Coalition\n  definition: A strategic relationship ...\n  cite: [vaidya-2017-building]',
	},
	'bibliography-key': {
		summary: 'Bibliography keys follow `<name>-<year>[-<word>]`, so anyone can guess a key from the reference.',
		example: '"id": "Kanter94"',
		fix: '"id": "kanter-1994-collaborative"',
	},
	'unused-reference': {
		summary:
			'Every bibliography entry is cited somewhere in the handbook; an entry nobody cites is a leftover or a typo.',
		example: 'An entry `collins-2001` that no page cites.',
		fix: 'Cite it where the handbook uses it, or remove the entry.',
	},
	'unknown-redirect-target': {
		summary: 'A renamed page keeps its old address as a redirect, and the redirect must lead to a page that exists.',
		example: '- from: /practices/shared-purpose/\n  to: /practices/shared-purpose-and-identiy/',
		fix: '- from: /practices/shared-purpose/\n  to: /practices/shared-purpose-and-identity/',
	},
	'short-link-collision': {
		summary:
			'Every short link (`/go/<id>/`) leads to one place: reader pages, reflection questions and glossary terms share one set of ids.',
		example: 'A topic page `coalitions/collaborative-advantage.mdx` and a glossary term `collaborative-advantage`.',
		fix: "shortId: collaborative-advantage-topic (in the newer page's frontmatter; the published id stays with the term)",
	},
	'short-link-redirect': {
		summary: 'A redirect in `redirects.yaml` never starts at a `/go/` address, which belongs to short links.',
		example: '- from: /go/trust/\n  to: /coalitions/trust/',
		fix: 'Remove the redirect: `/go/trust/` is made from the page itself.',
	},
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof rules;
export const ruleIds = Object.keys(rules) as RuleId[];

/** One problem found in the content. */
export interface Problem {
	/** Path of the file, relative to the project (or content set) root. */
	file: string;
	line: number;
	column: number;
	rule: RuleId;
	/** What is wrong, in one sentence. */
	message: string;
	/** How to fix it. */
	hint: string;
}
