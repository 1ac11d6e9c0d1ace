// `npm test`: every test, unit then end to end, on a fresh clone with nothing installed.
import { existsSync } from 'node:fs';
import { ensureBuild, ensureDependencies, run } from './prepare.js';
import { findChromium } from './chromium.js';
import { findPostgresBin, POSTGRES_INSTALL_HINT } from './lib/postgres-bin.js';

ensureDependencies();
// The `postgres` vitest project starts its own throwaway server from these programs.
if (!findPostgresBin()) {
	console.error(`\n✗ ${POSTGRES_INSTALL_HINT}`);
	process.exit(1);
}
console.log(
	'→ Unit tests (vitest: the SQLite project and the PostgreSQL one, on a throwaway server)'
);
run('node_modules/.bin/vitest', ['run']);

if (!(await findChromium())) {
	console.error(`
✗ No Chromium found for the end-to-end tests.
  On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y chromium
  Or point CHROMIUM_PATH at a Chromium or Chrome binary.`);
	process.exit(1);
}
ensureBuild();
if (!existsSync('build/index.js')) process.exit(1);
console.log('→ End-to-end tests (Playwright in Chromium)');
run('node_modules/.bin/playwright', ['test']);
