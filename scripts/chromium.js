// Where the end-to-end tests find a browser: CHROMIUM_PATH, Debian's chromium, or a browser
// Playwright downloaded itself (where that is possible). Null when there is none.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** A system Chromium, or null (then Playwright's own browser is tried). */
export function findSystemChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
	return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export async function findChromium() {
	const system = findSystemChromium();
	if (system) return system;
	try {
		const { chromium } = await import('@playwright/test');
		const own = chromium.executablePath();
		return existsSync(own) ? own : null;
	} catch {
		return null;
	}
}
