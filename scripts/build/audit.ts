// The output audit as the build runs it: every refused page, named with the content file it comes from.
import { auditSite, loadAllowlist } from '../../src/build/output-audit.ts';
import { loadHandbook } from '../../src/model/load.ts';
import { contentDir } from '../../src/model/project.ts';

/** Audits the staging folder; returns the report to print, or undefined when every page passes. */
export function auditBuiltSite(dir: string, site: string | null | undefined): string | undefined {
	const refused = auditSite(dir, loadAllowlist(), site ?? undefined);
	if (!refused.size) return undefined;
	// Only now, on failure, is the content read again, to name each page's source file.
	const pages = new Map(loadHandbook(contentDir()).pages.map((p) => [p.url, p.file]));
	const lines = [...refused].map(([url, problems]) => {
		const source = pages.get(url) ?? "the content's data files (glossary, bibliography, taxonomy...)";
		return `${source}  (page ${url})  output-audit  the built page holds ${problems.join('; ')}`;
	});
	return [
		...lines,
		'',
		`The output audit refused ${refused.size} page(s): they contain markup that the handbook's components and Starlight never make.`,
		'Content cannot run code or restyle the site, whatever it configures: remove the markup from the file named. If a developer',
		'changed a component on purpose, regenerate the allowlist with `npm run allowlist:output` and review its diff.',
	].join('\n');
}
