import path from 'node:path';
import { frameworkFileSchema, type FrameworkFile } from '../schemas/framework.ts';
import { readDataFile } from './data-file.ts';
import { contentDir, dataFiles } from './project.ts';

export interface Capability {
	id: string;
	name: string;
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

const cache = new Map<string, Framework>();

/** Loads the framework of a content set. Throws on an invalid file: `npm run check` reports it properly first. */
export function loadFramework(root = contentDir()): Framework {
	let framework = cache.get(root);
	if (!framework) {
		const file = readDataFile(path.join(root, dataFiles.framework));
		framework = buildFramework(frameworkFileSchema.parse(file.value));
		cache.set(root, framework);
	}
	return framework;
}

/** The URL path of a domain's or capability's page. */
export function capabilityPath(capability: Capability): string {
	return `/leads/${capability.domainId}/${capability.id}/`;
}
export function domainPath(domain: { id: string }): string {
	return `/leads/${domain.id}/`;
}
