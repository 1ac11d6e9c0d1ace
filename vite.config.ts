import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		environment: 'node',
		expect: { requireAssertions: true },
		// Some tests spawn the command-line entries (tsx starts in a second or two on a busy machine).
		testTimeout: 30_000,
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: ['src/**/*.pg.test.ts'] }
			},
			{
				// Against a real PostgreSQL, started once for the run (Debian's postgresql package).
				extends: true,
				test: {
					name: 'postgres',
					include: ['src/**/*.pg.test.ts'],
					globalSetup: ['src/lib/server/testing/postgres-global-setup.ts']
				}
			}
		]
	}
});
