import { expect, logIn, PASSWORD, signUp, test, uniqueName } from './fixtures';
import { HttpClient } from './http';

test('signup explains each bad field and keeps the others filled, never the password', async ({
	server
}) => {
	const client = await HttpClient.open(server.url);
	const cases: [Record<string, string>, string][] = [
		[
			{ username: 'ab', displayName: 'Al', password: PASSWORD, role: 'student' },
			'at least 3 characters'
		],
		[
			{ username: 'has space', displayName: 'Al', password: PASSWORD, role: 'student' },
			'Use only letters'
		],
		[
			{
				username: uniqueName('u'),
				displayName: 'é'.repeat(81),
				password: PASSWORD,
				role: 'student'
			},
			'at most 80'
		],
		[
			{ username: uniqueName('u'), displayName: 'Al', password: 'short', role: 'student' },
			'at least 8'
		],
		[
			{ username: uniqueName('u'), displayName: 'Al', password: PASSWORD, role: 'admin' },
			'Choose teacher or student'
		],
		[
			{ username: 'teacher', displayName: 'Al', password: PASSWORD, role: 'teacher' },
			'That username is taken'
		]
	];
	for (const [form, message] of cases) {
		const response = await client.post('/signup', form);
		expect(response.status(), message).toBe(400);
		const html = await response.text();
		expect(html).toContain(message);
		expect(html).toContain(`value="${form.username}"`);
		expect(html).not.toContain(PASSWORD);
	}
});

test('a display name in any script, with markup, is shown as text', async ({ page }) => {
	await signUp(page, 'student', 'Zoë 李 <script>alert(1)</script>');
	await expect(
		page.getByRole('heading', { name: 'Welcome, Zoë 李 <script>alert(1)</script>' })
	).toBeVisible();
});

test('repeated wrong passwords from one place wait longer and longer between tries', async ({
	server
}) => {
	test.setTimeout(60_000);
	const username = uniqueName('victim');
	await (await HttpClient.open(server.url)).signUp(username, 'student');
	const client = await HttpClient.open(server.url);
	const statuses: number[] = [];
	for (let i = 0; i < 4; i++) {
		const response = await client.post('/login', { username, password: `guess-${i}-wrong` });
		statuses.push(response.status());
		if (response.status() === 429) {
			expect(await response.text()).toMatch(/Try again in 1 second/);
		}
	}
	expect(statuses).toEqual([400, 400, 400, 429]);
	// Even the right password waits out the delay, and then gets in: a delay, not a lockout.
	expect((await client.post('/login', { username, password: PASSWORD })).status()).toBe(429);
	await new Promise((done) => setTimeout(done, 1_100));
	expect((await client.post('/login', { username, password: PASSWORD })).status()).toBe(303);
});

test('changing the password ends the other sessions', async ({ page, browser, axe }) => {
	const username = await signUp(page, 'teacher');
	const other = await browser.newContext();
	const otherPage = await other.newPage();
	await logIn(otherPage, username);
	await expect(otherPage.getByRole('heading', { name: /Welcome/ })).toBeVisible();

	await page.getByRole('link', { name: 'Account' }).click();
	await axe();
	await page.getByLabel('Current password').fill('wrong-password');
	await page.getByLabel('New password').fill('a-brand-new-one');
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByText('That is not your current password.')).toBeVisible();
	await page.getByLabel('Current password').fill(PASSWORD);
	await page.getByLabel('New password').fill('a-brand-new-one');
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByText('Password changed.')).toBeVisible();

	await otherPage.goto('/account');
	await expect(otherPage.getByRole('heading', { name: 'Log in' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Your account', exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Log out' }).click();
	await logIn(page, username, 'a-brand-new-one');
	await expect(page.getByRole('heading', { name: /Welcome/ })).toBeVisible();
	await other.close();
});
