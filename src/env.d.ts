declare namespace App {
	interface Locals {
		/** The handbook (content model, check results, framework, bibliography, glossary): see `src/middleware.ts`. */
		handbook: import('./handbook/handbook.ts').Handbook;
	}
}
