import { expect, logIn, test } from './fixtures';
import { DEMO_PASSWORD as DEMO } from './server';

const QUIZ = 'Cartel crackdown: reading check';

// Reads the demo's attempts as seeded.
test.use({ ownServer: true });

test('a student reports a question after submitting and the teacher sees it on the item card', async ({
	page,
	axe
}) => {
	await logIn(page, 'student1', DEMO);
	await page.waitForURL(/\/$/);
	await page.goto('/assignments/1');
	await page
		.getByRole('link', { name: /^Submitted / })
		.first()
		.click();
	const form = page.getByRole('region', { name: 'Report a problem with a question' });
	await expect(form).toBeVisible();
	await axe();

	// Nothing chosen: the reason is asked for, where the student is looking.
	await form.getByRole('button', { name: 'Send the report' }).click();
	await expect(form.getByText('Choose what is wrong with it.')).toBeVisible();

	await form.getByLabel('Question', { exact: true }).selectOption({ index: 1 });
	await form.getByRole('radio', { name: 'Two answers fit' }).check();
	await form
		.getByLabel('Note for your teacher (optional)')
		.fill('Option C also matches paragraph 3.');
	await form.getByRole('button', { name: 'Send the report' }).click();
	await expect(form.getByRole('status')).toContainText('your teacher will see your report');
	await expect(form.getByLabel('Question', { exact: true })).toContainText('(reported)');

	await page.getByRole('button', { name: 'Log out' }).click();
	await logIn(page, 'teacher', DEMO);
	await page.waitForURL(/\/$/);
	await page.goto('/classes/1');
	await page.getByRole('link', { name: `Item analysis: ${QUIZ}` }).click();
	const card = page.getByRole('article').filter({ hasText: 'Reported by students (1)' });
	await expect(card).toHaveCount(1);
	await expect(card).toContainText('Two answers fit');
	await expect(card).toContainText('Option C also matches paragraph 3.');
	await expect(card.getByRole('link', { name: /Fix question 2 in the quiz editor/ })).toBeVisible();
	await axe();
});
