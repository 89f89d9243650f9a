import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * Leaves out of a production build the work only `npm run dev` needs. Astro's build starts a Vite server
 * to sync the content, and Vite's dependency optimizer pre-bundles what Astro's dev toolbar lists
 * (`aria-query`, `axobject-query`...) for a browser that never comes: seconds of CPU for nothing.
 */
export function buildOnly(): AstroIntegration {
	return {
		name: 'handbook-build-only',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command === 'build') updateConfig({ vite: { plugins: [noDependencyOptimizer()] } });
			},
		},
	};
}

function noDependencyOptimizer(): Plugin {
	return {
		name: 'handbook:no-dependency-optimizer',
		// After Astro's plugins, whose own `config` hooks add the dev toolbar's dependencies.
		enforce: 'post',
		// Astro lists them for the whole configuration and again for the browser's environment; arrays would be
		// merged with a returned value, so the lists are emptied in place.
		config(config) {
			config.optimizeDeps = { ...config.optimizeDeps, noDiscovery: true, include: [] };
		},
		configEnvironment(_name, options) {
			options.optimizeDeps = { ...options.optimizeDeps, noDiscovery: true, include: [] };
		},
	};
}
