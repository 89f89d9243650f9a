import type { AstroIntegration } from 'astro';
import { profileMark } from '../build/profile.ts';

/**
 * Marks Astro's build phases in the bench's profile (`src/build/profile.ts`). Listed first and last among the
 * integrations, so that each hook is marked before and after the other integrations' work in it.
 */
export function profilePhases(position: 'first' | 'last'): AstroIntegration {
	const mark = (hook: string) => () => profileMark(`${hook} ${position}`);
	return {
		name: `handbook-profile-${position}`,
		hooks: {
			'astro:config:setup': mark('config:setup'),
			'astro:config:done': mark('config:done'),
			'astro:build:start': mark('build:start'),
			'astro:build:setup': mark('build:setup'),
			'astro:build:ssr': mark('build:ssr'),
			'astro:build:generated': mark('build:generated'),
			'astro:build:done': mark('build:done'),
		},
	};
}
