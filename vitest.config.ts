import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['test/unit/**/*.test.ts'],
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: 'browser',
					include: ['test/browser/**/*.test.ts'],
					// One Chromium at a time: the machine has two cores.
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
});
