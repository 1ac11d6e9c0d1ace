import { defineConfig } from '@playwright/test';
import { findSystemChromium } from './scripts/chromium.js';

const executablePath: string | undefined = findSystemChromium() ?? undefined;

export default defineConfig({
	testDir: 'tests',
	// Each worker starts its own server on a fresh database (tests/fixtures.ts).
	fullyParallel: false,
	workers: process.env.CI ? 2 : 2,
	retries: 0,
	// Generous: two workers share two cores with the servers they start.
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				// Every host but this machine fails at once: nothing leaves it (shared/STACK.md).
				'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'
			]
		}
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }]
});
