import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		// Some tests spawn the command-line entries (tsx starts in a second or two on a busy machine).
		testTimeout: 30_000
	}
});
