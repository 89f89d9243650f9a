// Types for the two Starlight virtual modules the search components read; Starlight
// declares them for its own components only.
declare module 'virtual:starlight/project-context' {
	const project: { trailingSlash: 'always' | 'never' | 'ignore'; build: { format: 'file' | 'directory' | 'preserve' } };
	export default project;
}
declare module 'virtual:starlight/pagefind-config' {
	/** Starlight's `pagefind` option (ranking weights), passed to Pagefind's UI. */
	export const pagefindUserConfig: Record<string, unknown>;
}
