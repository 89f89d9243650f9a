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
// The browser scripts' UI strings in the page's language, by group (src/integrations/script-strings.ts).
declare module 'virtual:handbook/ui-strings/reading' {
	const words: import('./schemas/ui-strings.ts').ScriptWords<'reading'>;
	export default words;
	/** `template` with each `{{name}}` replaced by its value. */
	export function fill(template: string, values: Record<string, string | number>): string;
}
declare module 'virtual:handbook/ui-strings/training' {
	const words: import('./schemas/ui-strings.ts').ScriptWords<'training'>;
	export default words;
	/** `template` with each `{{name}}` replaced by its value. */
	export function fill(template: string, values: Record<string, string | number>): string;
}
declare module 'virtual:handbook/ui-strings/addToList' {
	const words: import('./schemas/ui-strings.ts').ScriptWords<'addToList'>;
	export default words;
	/** `template` with each `{{name}}` replaced by its value. */
	export function fill(template: string, values: Record<string, string | number>): string;
}
declare module 'virtual:handbook/ui-strings/search' {
	const words: import('./schemas/ui-strings.ts').ScriptWords<'search'>;
	export default words;
	/** `template` with each `{{name}}` replaced by its value. */
	export function fill(template: string, values: Record<string, string | number>): string;
}
declare module 'virtual:handbook/ui-strings/searchPage' {
	const words: import('./schemas/ui-strings.ts').ScriptWords<'searchPage'>;
	export default words;
	/** `template` with each `{{name}}` replaced by its value. */
	export function fill(template: string, values: Record<string, string | number>): string;
}
declare module 'virtual:handbook/ui-strings/readingList' {
	const words: import('./schemas/ui-strings.ts').ScriptWords<'readingList'>;
	export default words;
	/** `template` with each `{{name}}` replaced by its value. */
	export function fill(template: string, values: Record<string, string | number>): string;
}
declare module 'virtual:handbook/ui-strings/coursePack' {
	const words: import('./schemas/ui-strings.ts').ScriptWords<'coursePack'>;
	export default words;
	/** `template` with each `{{name}}` replaced by its value. */
	export function fill(template: string, values: Record<string, string | number>): string;
}
declare module 'virtual:handbook/ui-strings/worksheet' {
	const words: import('./schemas/ui-strings.ts').ScriptWords<'worksheet'>;
	export default words;
	/** `template` with each `{{name}}` replaced by its value. */
	export function fill(template: string, values: Record<string, string | number>): string;
}
