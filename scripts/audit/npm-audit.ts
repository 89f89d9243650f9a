/** The severities the quality gate refuses in production dependencies (issue: no high or critical advisory). */
export const refusedSeverities = ['high', 'critical'] as const;

/** One package `npm audit` flags, as its JSON report (report version 2) lists it. */
interface AuditedPackage {
	name: string;
	severity: string;
	isDirect?: boolean;
	range?: string;
	fixAvailable?: boolean | { name: string; version: string; isSemVerMajor?: boolean };
}

/** What one run of `npm audit --json` came to. */
export type AuditOutcome =
	/** The registry answered: the refused packages (empty when the gate passes) and the counts by severity. */
	| { kind: 'report'; refused: AuditedPackage[]; counts: Record<string, number> }
	/** The registry did not answer the audit request: nothing is known, so the gate cannot pass or fail. */
	| { kind: 'unavailable'; reason: string };

/**
 * Reads `npm audit --json` output. npm prints a report (with `auditReportVersion`) when the
 * registry answers, and the failed request (`statusCode`, `message`, `error`) when it does not.
 */
export function readAudit(stdout: string): AuditOutcome {
	let json: Record<string, unknown>;
	try {
		json = JSON.parse(stdout) as Record<string, unknown>;
	} catch {
		return {
			kind: 'unavailable',
			reason: `npm audit printed no JSON report (${stdout.trim().slice(0, 120) || 'nothing'})`,
		};
	}
	const metadata = json.metadata as { vulnerabilities?: Record<string, number> } | undefined;
	if (json.auditReportVersion === undefined || !metadata?.vulnerabilities) {
		const reason =
			typeof json.message === 'string'
				? json.message
				: json.statusCode
					? `the registry answered ${String(json.statusCode)}`
					: JSON.stringify(json).slice(0, 200);
		return { kind: 'unavailable', reason };
	}
	const packages = Object.values((json.vulnerabilities ?? {}) as Record<string, AuditedPackage>);
	return {
		kind: 'report',
		refused: packages.filter((p) => (refusedSeverities as readonly string[]).includes(p.severity)),
		counts: metadata.vulnerabilities,
	};
}

/** The lines the gate prints, and whether it passes. */
export function auditMessage(outcome: AuditOutcome): { ok: boolean; text: string } {
	if (outcome.kind === 'unavailable')
		return {
			ok: true,
			text: [
				'Dependency audit skipped: npm audit could not reach a security advisory service,',
				`so nothing is known about the dependencies' advisories (${outcome.reason}).`,
				'Run `npm audit --omit=dev` where the public npm registry answers audit requests before a release (see the README).',
			].join('\n'),
		};
	const { refused, counts } = outcome;
	const tally = Object.entries(counts)
		.filter(([severity, n]) => severity !== 'total' && n > 0)
		.map(([severity, n]) => `${n} ${severity}`)
		.join(', ');
	if (!refused.length)
		return {
			ok: true,
			text: `Dependency audit: no high or critical advisory in production dependencies${tally ? ` (${tally})` : ''}.`,
		};
	const lines = refused.map((p) => {
		const fix =
			p.fixAvailable === true
				? 'fixed by `npm audit fix`'
				: p.fixAvailable
					? `fixed by moving ${p.fixAvailable.name} to ${p.fixAvailable.version}${p.fixAvailable.isSemVerMajor ? ' (a major version: check its changelog)' : ''}`
					: 'no fixed version yet: replace the package or remove the code that needs it';
		return `  ${p.severity}  ${p.name}${p.range ? ` ${p.range}` : ''}${p.isDirect ? ' (direct dependency)' : ''}: ${fix}`;
	});
	return {
		ok: false,
		text: [
			`Dependency audit failed: ${refused.length} production ${refused.length === 1 ? 'dependency has' : 'dependencies have'} a high or critical advisory.`,
			...lines,
			'Update them, run `npm audit --omit=dev` again, and commit the lockfile. Details: `npm audit --omit=dev`.',
		].join('\n'),
	};
}
