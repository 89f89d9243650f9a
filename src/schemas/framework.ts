import { z } from 'zod';

/** A public id: lowercase words joined by hyphens. Ids appear in URLs and short links, so they never change once published. */
export const idSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters and digits joined by hyphens');

/** One LEADS capability. */
export const capabilitySchema = z.strictObject({
	/** Stable public id, unique across the framework (for example `mobilize-knowledge`). */
	id: idSchema,
	/** The capability's name, spelled exactly as in the framework's source documents. */
	name: z.string().min(1),
	/**
	 * Bibliography keys of the documents that name this capability. A page tagged with a capability that
	 * none of its cited sources names makes the connection itself, and must say that it is the handbook's
	 * reading (`npm run check`, rule `unmarked-interpretation`). Empty when no source names it.
	 */
	namedIn: z.array(z.string().min(1)).default([]),
});

/** One LEADS domain and its four capabilities. */
export const domainSchema = z.strictObject({
	/** Stable public id (for example `develop-coalitions`). */
	id: idSchema,
	/** The domain's name as the sources print it (for example "Develop Coalitions"). */
	name: z.string().min(1),
	/** The domain's capabilities, in the order the sources list them. LEADS has four per domain. */
	capabilities: z.array(capabilitySchema).length(4, 'a LEADS domain has exactly four capabilities'),
});

/** The taxonomy file `content/taxonomy/leads.yaml`. */
export const frameworkFileSchema = z.strictObject({
	framework: z.strictObject({
		/** The framework's full name. */
		name: z.string().min(1),
		/** Which edition or documents the names come from, so a revision can be applied deliberately. */
		edition: z.string().min(1),
		/** Bibliography keys of the documents the names are taken from. */
		sources: z.array(z.string()).min(1),
	}),
	/** The five domains, in the framework's order. */
	domains: z.array(domainSchema).length(5, 'LEADS has exactly five domains'),
});

export type FrameworkFile = z.infer<typeof frameworkFileSchema>;
