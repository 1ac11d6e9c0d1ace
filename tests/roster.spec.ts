import { expect, logIn, signUp, test } from './fixtures';

test('a teacher bulk-adds students, resets a password and removes a student', async ({
	page,
	browser,
	axe
}) => {
	await signUp(page, 'teacher', 'Mr. Adeyemi');
	await page.getByLabel('Class name').fill('Civics 10');
	await page.getByRole('button', { name: 'Create class' }).click();

	await page.getByLabel('Student names, one per line').fill('\n');
	await page.getByRole('button', { name: 'Create accounts' }).click();
	await expect(page.getByText('Paste at least one name.')).toBeVisible();

	await page
		.getByLabel('Student names, one per line')
		.fill('María José Núñez\nTom Berg\n\nTom Berg');
	await page.getByRole('button', { name: 'Create accounts' }).click();
	const sheet = page.getByRole('region', { name: 'Logins for 2 new students' });
	await expect(sheet).toBeVisible();
	await expect(sheet.getByRole('button', { name: 'Print this sheet' })).toBeVisible();
	await axe();
	const row = sheet.getByRole('row', { name: /María José Núñez/ });
	const username = (await row.getByRole('cell').nth(1).textContent())!.trim();
	const password = (await row.getByRole('cell').nth(2).textContent())!.trim();
	expect(username).toMatch(/^maria\.nunez\d*$/);
	await expect(page.getByRole('heading', { name: 'Students (2)' })).toBeVisible();

	const studentContext = await browser.newContext();
	const student = await studentContext.newPage();
	await logIn(student, username, password);
	await expect(student.getByRole('heading', { name: 'Welcome, María José Núñez' })).toBeVisible();
	await expect(student.getByRole('link', { name: 'Civics 10' })).toBeVisible();

	// Reset asks first, then shows a one-time password and signs the student out.
	await page.getByRole('link', { name: 'Reset password of María José Núñez' }).click();
	await expect(
		page.getByRole('heading', { name: 'Reset the password of María José Núñez?' })
	).toBeFocused();
	await axe();
	await page.getByRole('button', { name: 'Reset password' }).click();
	const resetSheet = page.getByRole('region', { name: 'New temporary password' });
	const temporary = (await resetSheet.getByRole('cell').nth(2).textContent())!.trim();
	expect(temporary).toMatch(/^[a-z2-9]{10}$/);
	await student.reload();
	await expect(student.getByRole('heading', { name: 'Welcome, María José Núñez' })).toBeHidden();
	await logIn(student, username, temporary);
	await expect(student.getByRole('heading', { name: 'Welcome, María José Núñez' })).toBeVisible();

	// Removing asks first; cancelling keeps the student.
	await page.getByRole('link', { name: 'Remove Tom Berg' }).click();
	await page.getByRole('link', { name: 'Cancel' }).click();
	await expect(page.getByRole('cell', { name: 'Tom Berg', exact: true })).toBeVisible();
	await page.getByRole('link', { name: 'Remove Tom Berg' }).click();
	await page.getByRole('button', { name: 'Remove Tom Berg' }).click();
	await expect(page.getByText('Student removed from the class.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Students (1)' })).toBeVisible();
	await studentContext.close();
});

test('a teacher renames, archives and re-codes a class', async ({ page, axe }) => {
	await signUp(page, 'teacher');
	await page.getByLabel('Class name').fill('Draft name');
	await page.getByRole('button', { name: 'Create class' }).click();
	const oldCode = await page.locator('.big-code').textContent();
	await page.getByRole('button', { name: 'Make a new code' }).click();
	await expect(page.getByText('New join code made.')).toBeVisible();
	await expect(page.locator('.big-code')).not.toHaveText(oldCode!);

	await page.getByRole('textbox', { name: 'Class name' }).fill('');
	await page.getByRole('textbox', { name: 'Class name' }).fill('Economics 11');
	await page.getByRole('button', { name: 'Rename class' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Economics 11' })).toBeVisible();

	await page.getByRole('link', { name: 'Archive class…' }).click();
	await page.getByRole('button', { name: 'Archive class' }).click();
	await expect(page.getByText('This class is archived')).toBeVisible();
	await axe();
	await page.getByRole('link', { name: 'Home' }).click();
	await expect(page.getByRole('heading', { name: 'Archived classes' })).toBeVisible();
	await page.getByRole('link', { name: 'Economics 11' }).click();
	await page.getByRole('button', { name: 'Unarchive class' }).click();
	await expect(page.getByText('This class is archived')).toBeHidden();
});

test('on a phone each student is one compact row with every action in reach', async ({
	page,
	axe
}) => {
	const names = ['María José Núñez', 'Tom Berg', 'Alexandria Montgomery-Okonkwo'];
	await signUp(page, 'teacher');
	await page.getByLabel('Class name').fill('Phone roster');
	await page.getByRole('button', { name: 'Create class' }).click();
	await page.getByLabel('Student names, one per line').fill(names.join('\n'));
	await page.getByRole('button', { name: 'Create accounts' }).click();
	await expect(page.getByRole('heading', { name: 'Students (3)' })).toBeVisible();
	await page.setViewportSize({ width: 360, height: 800 });
	const roster = page.getByRole('region', { name: 'Students (3)' });
	for (const name of names) {
		const row = roster.getByRole('row', { name: new RegExp(name) });
		const box = (await row.boundingBox())!;
		// A table cell per column left four links stacked in a narrow cell: rows ~230 px tall.
		// Now a name line (two for the long name), the username, and two lines of actions.
		expect(box.height, `${name}'s row`).toBeLessThanOrEqual(name.length > 20 ? 150 : 100);
		expect(box.x + box.width).toBeLessThanOrEqual(360);
		for (const label of [
			`Reset password of ${name}`,
			`Remove ${name}`,
			`Download the data of ${name}`,
			`Erase the data of ${name}`
		]) {
			const link = row.getByRole('link', { name: label, exact: true });
			const target = (await link.boundingBox())!;
			expect(target.x + target.width, label).toBeLessThanOrEqual(360);
			expect(target.height, label).toBeGreaterThanOrEqual(24);
		}
	}
	await axe();
});
