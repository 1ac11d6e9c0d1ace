import { readFileSync } from 'node:fs';
import { expect, logIn, signUp, test } from './fixtures';
import { DEMO_PASSWORD } from './server';

test('a teacher exports a quiz as Moodle XML, imports it back, and prints it', async ({
	page,
	browser,
	axe
}) => {
	test.setTimeout(90_000);
	await logIn(page, 'teacher', DEMO_PASSWORD);
	await expect(page.getByRole('heading', { name: 'Welcome, Ms. Rivera' })).toBeVisible();
	await page.goto('/articles/1');
	await page.getByRole('button', { name: 'Generate quiz' }).click();
	const heading = page.getByRole('heading', { level: 2, name: /^Questions \(\d+\)$/ });
	const count = Number((await heading.textContent())!.match(/\d+/)![0]);
	const editorUrl = page.url().replace(/\?.*$/, '');
	const quizId = editorUrl.split('/').at(-1)!;

	// Download the Moodle XML file.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Export as Moodle XML' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(new RegExp(`-${quizId}\\.xml$`));
	const file = test.info().outputPath(download.suggestedFilename());
	await download.saveAs(file);
	const exported = readFileSync(file, 'utf8');
	expect(exported).toContain('<question type="description">');

	// A broken file is refused with a sentence, and nothing is saved.
	await page.goto('/articles/1');
	await page.getByRole('link', { name: 'Import a quiz file' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Import a quiz' })).toBeVisible();
	await axe();
	await page.getByLabel('Quiz file').setInputFiles({
		name: 'broken.xml',
		mimeType: 'application/xml',
		buffer: Buffer.from(exported.slice(0, 400))
	});
	await page.getByRole('button', { name: 'Import quiz' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		/^This is not a readable Moodle XML file: it has .+\.$/
	);

	// The real file comes back as a new draft quiz with the same questions.
	await page.getByLabel('Quiz file').setInputFiles(file);
	await page.getByRole('button', { name: 'Import quiz' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: `Imported ${count} questions.` })
	).toBeVisible();
	const importedId = page.url().replace(/\?.*$/, '').split('/').at(-1)!;
	expect(importedId).not.toBe(quizId);
	await expect(page.getByRole('heading', { name: `Questions (${count})` })).toBeVisible();
	await expect(page.getByText('Draft: students cannot see it yet')).toBeVisible();
	await axe();
	// Same questions: the new quiz exports to the very same file.
	const again = await page.request.get(`/quizzes/${importedId}/export/moodle`);
	expect(again.headers()['content-type']).toBe('application/xml; charset=utf-8');
	expect(await again.text()).toBe(exported);

	// The student copy has no key; the answer key cites sentences.
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(`/quizzes/${quizId}/print`);
	await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
	await expect(page.getByText('Answer:')).toHaveCount(0);
	await axe();
	await page.screenshot({ path: test.info().outputPath('print-student.png'), fullPage: false });
	await page.getByRole('link', { name: 'Answer key' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^Answer key: / })).toBeVisible();
	await expect(page.getByText('Answer:')).toHaveCount(count);
	await expect(page.getByText(/^Paragraph \d+$/).first()).toBeVisible();
	await axe();
	await page.screenshot({ path: test.info().outputPath('print-key.png'), fullPage: false });

	// Another teacher gets a 404 for the export, as for a quiz that does not exist.
	const context = await browser.newContext();
	const other = await context.newPage();
	await signUp(other, 'teacher', 'Mr. Other');
	expect((await other.request.get(`/quizzes/${quizId}/export/moodle`)).status()).toBe(404);
	expect((await other.request.get(`/quizzes/${quizId}/print?key=1`)).status()).toBe(404);
	await context.close();
});

test('the printable quiz works without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await logIn(page, 'teacher', DEMO_PASSWORD);
	await page.goto('/articles/1');
	await page.getByRole('button', { name: 'Generate quiz' }).click();
	await page.getByRole('link', { name: 'Printable quiz (student copy)' }).click();
	await expect(page.getByText(/Print this page with your browser's Print command/)).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Questions' })).toBeVisible();
	await context.close();
});
