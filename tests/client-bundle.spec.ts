import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// What the browser downloads: no form-validation library (zod is 23 KB gzipped and validation
// runs on the server) and nothing server-only. Reads the build the other tests run against.
const clientDir = join(process.env.BUILD_DIR || 'build', 'client', '_app', 'immutable');

function clientChunks(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? clientChunks(join(dir, entry.name))
			: entry.name.endsWith('.js')
				? [join(dir, entry.name)]
				: []
	);
}

test('no client chunk contains zod or server-only code', () => {
	const chunks = clientChunks(clientDir);
	expect(chunks.length).toBeGreaterThan(10);
	const offenders = chunks.flatMap((file) => {
		const code = readFileSync(file, 'utf8');
		const found = [
			/\$ZodType|ZodError/.test(code) && 'zod',
			/better-sqlite3|drizzle-orm|@node-rs\/argon2/.test(code) && 'server-only module',
			/process\.env/.test(code) && 'process.env'
		].filter(Boolean);
		return found.map((what) => `${file}: ${what}`);
	});
	expect(offenders).toEqual([]);
});
