/** No request leaves the machine: every page a teacher and a student use loads from localhost only. */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { DEMO_PASSWORD } from './server';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/** Fails every request to another host, and records it so the test can name it. */
async function localOnly(context: BrowserContext): Promise<string[]> {
	const outside: string[] = [];
	await context.route('**/*', (route) => {
		const url = new URL(route.request().url());
		const local = LOCAL_HOSTS.has(url.hostname) || url.protocol === 'data:';
		if (local) return route.continue();
		outside.push(route.request().url());
		return route.abort('blockedbyclient');
	});
	return outside;
}

async function visit(page: Page, path: string) {
	const response = await page.goto(path);
	expect(response?.status(), path).toBeLessThan(400);
	await page.waitForLoadState('networkidle');
}

async function logIn(page: Page, username: string) {
	await page.goto('/login');
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Log in' }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

// student6 takes the quiz here: a server of its own keeps the shared demo as seeded.
test.use({ ownServer: true });

test('teacher and student pages request nothing from other hosts', async ({ browser, baseURL }) => {
	test.setTimeout(120_000);
	for (const [username, paths] of [
		['teacher', ['/', '/classes/1', '/articles/1', '/assignments/1', '/classes/1/gradebook']],
		['student6', ['/', '/classes/1', '/articles/1', '/assignments/1']]
	] as const) {
		const context = await browser.newContext({ baseURL });
		const outside = await localOnly(context);
		const page = await context.newPage();
		await logIn(page, username);
		for (const path of paths) await visit(page, path);
		if (username === 'student6') {
			// The quiz, then its results page once submitted.
			await page
				.getByRole('button', { name: /start|resume|continue/i })
				.first()
				.click();
			await page.waitForURL(/\/attempts\/\d+/);
			await page.waitForLoadState('networkidle');
			await page
				.getByRole('button', { name: /submit/i })
				.first()
				.click();
			await page.waitForLoadState('networkidle');
		}
		// The room keeps its event stream open, so it never goes network-idle: wait for it to draw.
		await page.goto('/debates/1');
		await expect(page.getByRole('heading').first()).toBeVisible();
		await page.waitForTimeout(500);
		expect(outside, `requests to other hosts as ${username}`).toEqual([]);
		await context.close();
	}
});
