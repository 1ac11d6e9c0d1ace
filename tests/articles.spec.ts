import { fileURLToPath } from 'node:url';
import { expect, logIn, signUp, test } from './fixtures';
import { DEMO_PASSWORD } from './server';

const SEED = fileURLToPath(
	new URL('../src/lib/articles/default/cartel-crackdown.raw.txt', import.meta.url)
);

test('a teacher uploads the seed, restores a removed line, saves; a student reads it', async ({
	page,
	browser,
	axe
}) => {
	await signUp(page, 'teacher', 'Ms. Castillo');
	await page.getByLabel('Class name').fill('Current Events');
	await page.getByRole('button', { name: 'Create class' }).click();
	const code = (await page.locator('.big-code').textContent())!.trim();

	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Articles' })
		.click();
	await expect(page.getByText('No articles yet.')).toBeVisible();
	await page.getByRole('link', { name: 'Import an article' }).click();
	await axe();
	await page.getByLabel('Or upload a file (.txt, .md or .html)').setInputFiles(SEED);
	await page.getByRole('button', { name: 'Review the import' }).click();

	await expect(page.getByRole('heading', { name: 'Review the import' })).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveValue(
		'Why Trump’s Cartel Crackdown Talk Has Alarmed Mexico'
	);
	const body = page.getByRole('group', { name: /Body: 12 paragraphs kept/ });
	await expect(body).toBeVisible();
	await expect(page.getByText('Removed: issue banner')).toBeVisible();
	await axe();
	const caption = page.getByRole('checkbox', { name: /\(Photo: AP\)/ });
	await expect(caption).not.toBeChecked();
	await caption.check();
	await page.getByLabel('Source').fill('Open Magazine');
	await page.getByRole('button', { name: 'Save article' }).click();

	await expect(page.getByText('Article saved.')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: /Cartel Crackdown/ })).toBeVisible();
	// 12 body paragraphs plus the restored caption.
	await expect(page.locator('ol.paragraphs > li')).toHaveCount(13);
	await expect(page.getByText(/\(Photo: AP\)/)).toBeVisible();
	await axe();

	const context = await browser.newContext();
	const student = await context.newPage();
	await signUp(student, 'student', 'Lena Vogel');
	await student.goto('/join');
	await student.getByLabel('Join code').fill(code);
	await student.getByRole('button', { name: 'Join class' }).click();
	await student
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Articles' })
		.click();
	await student.getByRole('link', { name: /Cartel Crackdown/ }).click();
	await expect(student.getByText(/Reading level: /)).toBeVisible();
	await axe(student);
	await student.getByRole('link', { name: 'Paragraph 5', exact: true }).click();
	await expect(student).toHaveURL(/#p5$/);
	await expect(student.locator('#p5')).toBeInViewport();
	// Students get the reader, not the teacher's tools.
	await expect(student.getByRole('heading', { name: 'Share with classes' })).toHaveCount(0);
	await context.close();
});

test('an oversized paste is refused with a message and nothing saved', async ({ page }) => {
	await logIn(page, 'teacher', DEMO_PASSWORD);
	await expect(page.getByRole('heading', { name: 'Welcome, Ms. Rivera' })).toBeVisible();
	await page.goto('/articles/new');
	const huge = 'Word after word fills this very long line. '.repeat(2400);
	await page.getByLabel('Article text').fill(huge);
	await page.getByRole('button', { name: 'Review the import' }).click();
	await expect(page.getByRole('alert')).toContainText('at most 100,000');
	await expect(page.getByLabel('Article text')).toHaveValue(huge);
	await page.goto('/articles');
	await expect(page.getByRole('link')).not.toContainText(['Word after word']);
});

test('the demo article is shared with Global Affairs; a glossary term is marked in the text', async ({
	page,
	browser,
	axe
}) => {
	await logIn(page, 'teacher', DEMO_PASSWORD);
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Articles' })
		.click();
	await page.getByRole('link', { name: /Cartel Crackdown/ }).click();
	await expect(page.getByRole('checkbox', { name: 'Global Affairs' })).toBeChecked();
	await page.getByLabel('Term').fill('cartels');
	await page
		.getByLabel('Definition')
		.fill('Criminal groups that control the trade in illegal drugs.');
	await page.getByRole('button', { name: 'Add to glossary' }).click();
	await expect(page.getByText('“cartels” is in the glossary.')).toBeVisible();

	const context = await browser.newContext();
	const student = await context.newPage();
	await logIn(student, 'student1', DEMO_PASSWORD);
	await expect(student.getByRole('heading', { name: 'Welcome, Ana Torres' })).toBeVisible();
	await student.goto(page.url().replace(/\?.*$/, ''));
	const term = student.locator('.term').first();
	await term.focus();
	await expect(term.getByRole('tooltip')).toBeVisible();
	await expect(term).toHaveAccessibleDescription(/Criminal groups/);
	await student.getByRole('button', { name: 'Large', exact: true }).click();
	// Pressed once the choice is saved; then it must survive a reload.
	await expect(student.getByRole('button', { name: 'Large', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await student.reload();
	await expect(student.getByRole('button', { name: 'Large', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await axe(student);
	await context.close();
});
