import { expect, logIn, signUp, test } from './fixtures';
import { startServer, DEMO_PASSWORD } from './server';

test('a teacher creates a class and sees its join code; a student joins with it', async ({
	page,
	browser,
	axe
}) => {
	await signUp(page, 'teacher', 'Ms. Okoye');
	await axe();
	await page.getByLabel('Class name').fill('World History 9B');
	await page.getByRole('button', { name: 'Create class' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'World History 9B' })).toBeVisible();
	await expect(page.getByText('Class created.')).toBeVisible();
	const code = (await page.locator('.big-code').textContent())?.trim() ?? '';
	expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/);
	await expect(page.getByText('No students yet.')).toBeVisible();
	await axe();

	const studentContext = await browser.newContext();
	const student = await studentContext.newPage();
	await signUp(student, 'student', 'Priya Shah');
	await expect(student.getByText('You have not joined a class yet.')).toBeVisible();
	await axe(student);
	await student.getByRole('link', { name: 'Join a class' }).first().click();
	// Codes are read generously: lower case and spaces are fine.
	await student
		.getByLabel('Join code')
		.fill(` ${code.slice(0, 3).toLowerCase()} ${code.slice(3)} `);
	await student.getByRole('button', { name: 'Join class' }).click();
	await expect(student.getByRole('heading', { level: 1, name: 'World History 9B' })).toBeVisible();
	await expect(student.getByText('You joined World History 9B.')).toBeVisible();
	await axe(student);
	await student.getByRole('link', { name: 'Home' }).click();
	await expect(student.getByRole('link', { name: 'World History 9B' })).toBeVisible();
	await expect(student.getByText('Nothing to do yet.')).toBeVisible();
	await studentContext.close();

	await page.reload();
	await expect(page.getByRole('cell', { name: 'Priya Shah', exact: true })).toBeVisible();
});

test('a wrong join code says what to check', async ({ page, axe }) => {
	await signUp(page, 'student');
	await page.goto('/join');
	await axe();
	await page.getByLabel('Join code').fill('ZZZZZZ');
	await page.getByRole('button', { name: 'Join class' }).click();
	await expect(page.getByText('No class uses that code.')).toBeVisible();
	await expect(page.getByLabel('Join code')).toHaveValue('ZZZZZZ');
	await axe();
});

test('a wrong password says so and keeps the username', async ({ page, axe }) => {
	await page.goto('/login');
	await axe();
	await logIn(page, 'teacher', 'not-the-password');
	await expect(page.getByRole('alert')).toContainText('That username and password do not match');
	await expect(page.getByLabel('Username')).toHaveValue('teacher');
	await expect(page.getByLabel('Password')).toHaveValue('');
	await axe();
});

test('the demo teacher sees Global Affairs with six students', async ({ browser, axe }) => {
	// A server of its own: other tests add students to the demo class on the shared one.
	const fresh = await startServer();
	const context = await browser.newContext({ baseURL: fresh.url });
	const page = await context.newPage();
	await logIn(page, 'teacher', DEMO_PASSWORD);
	await expect(page.getByRole('heading', { name: 'Welcome, Ms. Rivera' })).toBeVisible();
	await expect(page.getByText('6 students')).toBeVisible();
	await axe(page);
	await page.getByRole('link', { name: 'Global Affairs' }).click();
	await expect(page.getByRole('heading', { name: 'Students (6)' })).toBeVisible();
	for (const name of ['Ana Torres', 'Farah Haddad']) {
		await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
	}
	await axe(page);
	await context.close();
	await fresh.stop();
});
