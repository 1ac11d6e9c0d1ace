import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { renameSync } from 'node:fs';
import { build } from 'vite';

// BUILD_DIR lets two builds coexist (a dev's and a test run's); `npm start` uses build/.
const out = process.env.BUILD_DIR || 'build';
const node = adapter({ out });

/**
 * adapter-node, whose entry becomes `serve.js` while `index.js` is the launcher that runs it in
 * one process or as WORKERS processes (src/lib/server/app/cluster.ts): `node build` stays the
 * one way to start the server.
 * @type {import('@sveltejs/kit').Adapter}
 */
const clustered = {
	...node,
	name: 'adapter-node-cluster',
	async adapt(builder) {
		await node.adapt(builder);
		renameSync(`${out}/index.js`, `${out}/serve.js`);
		await build({
			configFile: false,
			logLevel: 'warn',
			build: {
				ssr: 'src/lib/server/app/cluster.ts',
				outDir: out,
				emptyOutDir: false,
				target: 'node20',
				rollupOptions: { output: { entryFileNames: 'index.js' } }
			}
		});
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: clustered,
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
