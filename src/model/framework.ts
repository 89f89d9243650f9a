import type { FrameworkFile } from '../schemas/framework.ts';

export interface Capability {
	id: string;
	name: string;
	/** Bibliography keys of the documents that name the capability. */
	namedIn: string[];
	domainId: string;
	domainName: string;
}

export interface Domain {
	id: string;
	name: string;
	capabilities: Capability[];
}

/** The LEADS framework, indexed for look-ups. */
export interface Framework {
	name: string;
	edition: string;
	sources: string[];
	domains: Domain[];
	capabilities: Map<string, Capability>;
	domainsById: Map<string, Domain>;
}

export function buildFramework(file: FrameworkFile): Framework {
	const domains: Domain[] = file.domains.map((domain) => ({
		id: domain.id,
		name: domain.name,
		capabilities: domain.capabilities.map((capability) => ({
			...capability,
			domainId: domain.id,
			domainName: domain.name,
		})),
	}));
	return {
		...file.framework,
		domains,
		capabilities: new Map(domains.flatMap((d) => d.capabilities.map((c) => [c.id, c] as const))),
		domainsById: new Map(domains.map((d) => [d.id, d] as const)),
	};
}

/** A framework with no domains: what pages see while `taxonomy/leads.yaml` is unusable (the check reports why). */
export function emptyFramework(): Framework {
	return { name: '', edition: '', sources: [], domains: [], capabilities: new Map(), domainsById: new Map() };
}

/** The URL path of a domain's or capability's page. */
export function capabilityPath(capability: Capability): string {
	return `/leads/${capability.domainId}/${capability.id}/`;
}
export function domainPath(domain: { id: string }): string {
	return `/leads/${domain.id}/`;
}
