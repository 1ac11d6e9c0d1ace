import type { Page } from '@playwright/test';
import { expect, PASSWORD, signUp, test, uniqueName } from './fixtures';

const SCRIPTS = '**/_app/immutable/**/*.js';

/**
 * Holds the page's scripts back (not its styles, which the page's HTML waits for) until the
 * returned function lets them load; from then on they pass straight through.
 */
async function holdScripts(page: Page): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(SCRIPTS, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

// Seen in CI: Playwright filled "Article text" before the page had hydrated, hydration set the
// box back to the server's empty value, and "Review the import" said there was no text. A
// teacher pasting on a slow school machine meets the same. Here the page's scripts are held
// back while the teacher types, so the order is certain.
test('what a teacher types before the page has hydrated is kept', async ({ page }) => {
	await signUp(page, 'teacher', 'Ms. Okafor');
	const release = await holdScripts(page);
	await page.goto('/articles/new', { waitUntil: 'domcontentloaded' });
	const text = [
		'Harbour Ferry Fares Rise in May',
		'The harbour ferry will charge two pounds more for a return crossing from May, the operator said on Monday, after the cost of fuel rose for the third year running.',
		'Commuters who cross every day will be able to buy a monthly pass at the old price until the end of the summer, the operator said.'
	].join('\n\n');
	await page.getByLabel('Article text').fill(text);
	release();
	// The count is the page's own script reading the box: it shows once hydration has run.
	await expect(
		page.getByText(`${text.length.toLocaleString('en')} of 100,000 characters`)
	).toBeVisible();
	await expect(page.getByLabel('Article text')).toHaveValue(text);
	await page.getByRole('button', { name: 'Review the import' }).click();
	await expect(page.getByLabel('Title')).toHaveValue('Harbour Ferry Fares Rise in May');
});

// The same race on a radio written `checked={…}`: a teacher who picked "Teacher" before
// hydration was put back to "Student" and signed up as one.
test('a role chosen before the page has hydrated is the one signed up with', async ({ page }) => {
	const release = await holdScripts(page);
	await page.goto('/signup', { waitUntil: 'domcontentloaded' });
	await page.getByLabel('Username').fill(uniqueName('t'));
	await page.getByLabel('Display name').fill('Mr. Early');
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('radio', { name: 'Teacher' }).check();
	release();
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	await expect(page.getByRole('radio', { name: 'Teacher' })).toBeChecked();
	await page.getByRole('button', { name: 'Sign up' }).click();
	await expect(page.getByRole('heading', { name: 'Welcome, Mr. Early' })).toBeVisible();
	// A teacher's home offers a class to create; a student's, a class to join.
	await expect(page.getByRole('heading', { name: 'Create a class' })).toBeVisible();
});
