import { expect, logIn, signUp, test } from './fixtures';
import { HttpClient } from './http';
import { DEMO_PASSWORD } from './server';

// Every form is a plain HTML form first: the whole foundation works with JavaScript off.
test.use({ javaScriptEnabled: false });

test('without JavaScript, a teacher creates a class and a student joins it', async ({
	page,
	browser
}) => {
	await logIn(page, 'teacher', 'wrong-password');
	await expect(page.getByRole('alert')).toContainText('do not match');
	await logIn(page, 'teacher', DEMO_PASSWORD);
	await expect(page.getByRole('heading', { name: 'Welcome, Ms. Rivera' })).toBeVisible();
	await page.getByLabel('Class name').fill('No-script Seminar');
	await page.getByRole('button', { name: 'Create class' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'No-script Seminar' })).toBeVisible();
	const code = (await page.locator('.big-code').textContent())!.trim();

	await page.getByRole('link', { name: 'Archive class…' }).click();
	await expect(page.getByRole('button', { name: 'Archive class' })).toBeVisible();
	await page.getByRole('link', { name: 'Cancel' }).click();

	const context = await browser.newContext({ javaScriptEnabled: false });
	const student = await context.newPage();
	await signUp(student, 'student', 'Noor Script');
	await student.goto('/join');
	await student.getByLabel('Join code').fill('AAAAAA');
	await student.getByRole('button', { name: 'Join class' }).click();
	await expect(student.getByText('No class uses that code.')).toBeVisible();
	await student.getByLabel('Join code').fill(code);
	await student.getByRole('button', { name: 'Join class' }).click();
	await expect(student.getByRole('heading', { level: 1, name: 'No-script Seminar' })).toBeVisible();
	await student.getByRole('button', { name: 'Log out' }).click();
	await expect(student.getByRole('heading', { name: 'Log in' })).toBeVisible();
	await context.close();

	await page.reload();
	await expect(page.getByRole('cell', { name: 'Noor Script', exact: true })).toBeVisible();
});

test('without JavaScript, a student saves answers, comes back to them and submits', async ({
	page,
	server
}) => {
	const teacher = await HttpClient.open(server.url);
	await teacher.post('/login', { username: 'teacher', password: DEMO_PASSWORD });
	const code = await teacher.joinCodeOf(1);
	await signUp(page, 'student', 'Nadia Plain');
	await page.goto('/join');
	await page.getByLabel('Join code').fill(code);
	await page.getByRole('button', { name: 'Join class' }).click();
	await page.goto('/');
	await page.getByRole('link', { name: 'Cartel crackdown: reading check' }).click();
	await page.getByRole('button', { name: 'Start the quiz' }).click();

	const first = page.getByRole('group', { name: /^Question 1\b/ });
	const radio = first.getByRole('radio').first();
	await radio.check();
	const value = await radio.getAttribute('value');
	await page.getByRole('button', { name: 'Save answers' }).click();
	await expect(first.getByText('Saved', { exact: true })).toBeVisible();
	await page.reload();
	await expect(first.locator(`input[value="${value}"]`)).toBeChecked();
	await page.getByRole('button', { name: 'Submit quiz' }).click();
	await expect(page.getByText(/^Score:/)).toBeVisible();
});
