import { expect, logIn, signUp, test } from './fixtures';
import { HttpClient } from './http';
import { DEMO_PASSWORD, startServer } from './server';

test('the demo has no fixed password: the one of this database is printed at start', async () => {
	const server = await startServer({ STANDPOINT_DEMO_PASSWORD: '' });
	try {
		const printed = /Demo logins \(password "([a-z2-7-]+)"\)/.exec(server.output());
		expect(printed, server.output()).not.toBeNull();
		const client = await HttpClient.open(server.url);
		const fixed = await client.post('/login', { username: 'teacher', password: 'standpoint-demo' });
		expect(fixed.status()).toBe(400);
		const generated = await client.post('/login', { username: 'teacher', password: printed![1]! });
		expect(generated.status()).toBe(303);
	} finally {
		await server.stop();
	}
});

test.describe('removing the demo', () => {
	test.use({ ownServer: true });

	test('a teacher removes the whole demo in one confirmed action', async ({ page, axe }) => {
		await signUp(page, 'teacher', 'Ms. Real');
		const panel = page.getByRole('region', { name: 'The demo is still installed' });
		await expect(panel).toBeVisible();
		await axe();
		await panel.getByLabel('Delete the whole demo, including anything added to its class').check();
		await panel.getByRole('button', { name: 'Remove the demo' }).click();
		await expect(panel).toHaveCount(0);
		await expect(page.getByRole('heading', { name: 'Welcome, Ms. Real' })).toBeVisible();
		await page.getByRole('button', { name: 'Log out' }).click();
		await logIn(page, 'student1', DEMO_PASSWORD);
		await expect(page.getByText('That username and password do not match')).toBeVisible();
	});
});
