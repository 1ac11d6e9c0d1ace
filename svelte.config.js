import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR lets two builds coexist (a dev's and a test run's); `npm start` uses build/.
		adapter: adapter({ out: process.env.BUILD_DIR || 'build' }),
		// Kit's origin check assumes https whenever ORIGIN is unset and refused every form on a
		// school network; src/lib/server/http/same-origin.ts does the check instead ('*' turns Kit's off).
		csrf: { trustedOrigins: ['*'] },
		// No script runs but Kit's own (hashed or nonced); nothing loads from another host.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte sets style attributes (e.g. the reader's text size): they need inline styles.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		},
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push(
					'../tests/**/*.ts',
					'../scripts/**/*.ts',
					'../bench/**/*.ts',
					'../playwright.config.ts',
					'../drizzle.config.ts',
					'../drizzle.pg.config.ts'
				);
				return tsconfig;
			}
		}
	}
};

export default config;
