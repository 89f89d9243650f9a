/**
 * Pinpoint citations (`[@key, sec. III.1]`, `[@key, sec. What we found]`): which part of a source a
 * locator names, by the structure data in `content/bibliography/structure.yaml`, and the anchor of
 * that part on the handbook's page about the source. The check (rule `unknown-locator`), the citation
 * links and the source pages all use these functions, so a locator that passes the check has a place
 * to link to.
 */
import type { SourcePart, SourceStructure } from '../schemas/structure.ts';
import type { CitationItem } from './citations.ts';

const normalized = (text: string) => text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/** The part a locator names: its number or its title, in any case. */
export function findPart(structure: SourceStructure, locator: string): SourcePart | undefined {
	const wanted = normalized(locator);
	return structure.parts.find(
		(part) => normalized(part.name) === wanted || (part.id && normalized(part.id) === wanted),
	);
}

/** The anchor of a part on the source's page: `sec-iii-1`, `sec-what-we-found`. */
export const partAnchor = (part: SourcePart) =>
	`sec-${normalized(part.id ?? part.name)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')}`;

/** How a part reads in a list: `III.1 IOCN Overview and Key Findings`, or the title alone. */
export const partLabel = (part: SourcePart) => (part.id ? `${part.id} ${part.name}` : part.name);

/** Where a cited item with a locator links: the part's heading on the source's page, when the locator names one. */
export function locatedHref(item: CitationItem, structure: ReadonlyMap<string, SourceStructure>): string | undefined {
	const source = structure.get(item.key);
	if (!item.locator || item.label !== 'section' || !source) return undefined;
	const part = findPart(source, item.locator);
	return part ? `${source.page}#${partAnchor(part)}` : undefined;
}
