import { expect, logIn, test } from './fixtures';

import { DEMO_PASSWORD as DEMO } from './server';

// These read the demo's attempts exactly as seeded.
test.use({ ownServer: true });

test('the demo teacher reads mastery by skill and downloads it; a student sees their own', async ({
	page,
	axe
}) => {
	await logIn(page, 'teacher', DEMO);
	await expect(page.getByRole('heading', { name: /Welcome/ })).toBeVisible();
	await page.goto('/classes/1');
	await page.getByRole('link', { name: 'Reading skills', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Reading skills: Global Affairs' })).toBeVisible();
	const classTable = page.getByRole('table', { name: 'Class results per reading skill' });
	// Every skill has a row with its standard; the demo quiz's skills have answers.
	await expect(classTable.getByRole('row')).toHaveCount(10);
	await expect(classTable.getByRole('row', { name: /Central idea/ })).toContainText('RI.2');
	const counts = await classTable.locator('tbody tr td:nth-child(2)').allTextContents();
	expect(counts.map(Number).some((n) => n > 0)).toBe(true);
	const students = page.getByRole('table', { name: 'Share right per student and skill' });
	await expect(students.getByRole('row', { name: /Ana Torres/ })).toContainText(/\d+%/);
	await axe();

	const csv = await (await page.request.get('/classes/1/skills.csv')).text();
	const lines = csv.slice(1).trim().split('\r\n');
	expect(lines[0]).toContain('Central idea (RI.2) answered');
	// Header, six students, the whole class.
	expect(lines).toHaveLength(8);
	expect(lines.at(-1)).toMatch(/^Whole class,/);

	await page.getByRole('button', { name: 'Log out' }).click();
	await logIn(page, 'student1', DEMO);
	await page.waitForURL(/\/$/);
	await page.goto('/classes/1');
	await page.getByRole('link', { name: 'My reading skills' }).click();
	await expect(page.getByRole('heading', { name: 'Reading skills: Global Affairs' })).toBeVisible();
	await expect(
		page
			.getByRole('listitem')
			.filter({ hasText: /right over \d+ question/ })
			.first()
	).toBeVisible();
	await axe();
	expect((await page.request.get('/classes/1/skills.csv')).status()).toBe(404);
});
