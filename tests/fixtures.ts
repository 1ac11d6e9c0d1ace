import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { startServer, type TestServer } from './server';

export { expect };

let counter = 0;
/** A username no other test in this run uses (3–32 characters). */
export function uniqueName(prefix: string): string {
	counter += 1;
	return `${prefix}${process.pid.toString(36)}${Date.now().toString(36).slice(-5)}${counter}`.slice(
		0,
		32
	);
}

export const PASSWORD = 'correct-horse-9';

export const test = base.extend<
	{ axe: (page?: Page) => Promise<void>; serverLog: void; ownServer: boolean },
	{ server: TestServer }
>({
	server: [
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			const server = await startServer();
			await use(server);
			await server.stop();
		},
		{ scope: 'worker' }
	],
	/**
	 * Tests that read the demo exactly as seeded set `test.use({ ownServer: true })`: their pages
	 * then talk to a fresh server, since other tests add to the demo class on the shared one.
	 */
	ownServer: [false, { option: true }],
	baseURL: async ({ server, ownServer }, use) => {
		if (!ownServer) return use(server.url);
		const fresh = await startServer();
		await use(fresh.url);
		await fresh.stop();
	},
	/** A failed test carries the server's log, so a 500 can be read in the report. */
	serverLog: [
		async ({ server }, use, testInfo) => {
			const before = server.output().length;
			await use();
			if (testInfo.status !== testInfo.expectedStatus) {
				console.log(
					`--- server log during "${testInfo.title}" ---\n${server.output().slice(before)}`
				);
			}
		},
		{ auto: true }
	],
	/** Fails the test on any axe-core WCAG 2.2 A/AA violation on the page as it is now. */
	axe: async ({ page }, use) => {
		await use(async (target = page) => {
			const results = await new AxeBuilder({ page: target })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			const summary = results.violations.map(
				(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
			);
			expect(summary, `axe violations on ${target.url()}`).toEqual([]);
		});
	}
});

export async function signUp(
	page: Page,
	role: 'teacher' | 'student',
	displayName = role === 'teacher' ? 'Mr. Test' : 'Sam Student'
): Promise<string> {
	const username = uniqueName(role === 'teacher' ? 't' : 's');
	await page.goto('/signup');
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Display name').fill(displayName);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('radio', { name: role === 'teacher' ? 'Teacher' : 'Student' }).check();
	await page.getByRole('button', { name: 'Sign up' }).click();
	await expect(page.getByRole('heading', { name: `Welcome, ${displayName}` })).toBeVisible();
	return username;
}

export async function logIn(page: Page, username: string, password = PASSWORD): Promise<void> {
	await page.goto('/login');
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Log in' }).click();
}
