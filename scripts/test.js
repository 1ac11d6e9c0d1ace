// `npm test`: every test, unit then end to end, on a fresh clone with nothing installed.
import { existsSync } from 'node:fs';
import { ensureBuild, ensureDependencies, run } from './prepare.js';
import { findChromium } from './chromium.js';

ensureDependencies();
console.log('→ Unit tests (vitest)');
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
