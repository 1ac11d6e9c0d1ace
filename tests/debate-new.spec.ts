import type { Page } from '@playwright/test';
import { expect, logIn, test } from './fixtures';
import { DEMO_PASSWORD } from './server';

// These tests import articles, which would become the new-debate form's first choice in every
// later test on a shared server: each gets a server of its own.
test.use({ ownServer: true });

// The demo debate's motion and sides: they belong to the demo article and no other.
const DEMO_MOTION = /The United States should be ready to use military force/;
const PHONES = [
	'Should Schools Ban Phones in Class?',
	'A new study followed twenty schools in the region for a whole year of lessons.',
	'Opponents of a ban say that phones help pupils reach their families in an emergency.',
	'Advocates point to better marks in the schools that collect phones at the door each morning.'
].join('\n\n');

/** Imports an article through the page as a teacher would; returns its id. */
async function importArticle(page: Page, text: string, title: string): Promise<number> {
	// Logged in first: the login's redirect must land before the next page is asked for.
	await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
	await page.goto('/articles/new');
	await page.getByLabel('Article text').fill(text);
	await page.getByRole('button', { name: 'Review the import' }).click();
	await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
	await page.getByRole('button', { name: 'Save article' }).click();
	await page.waitForURL(/\/articles\/\d+\?imported=1/);
	return Number(/\/articles\/(\d+)/.exec(page.url())![1]);
}

test('the new-debate form offers motions from the chosen article, never the demo motion', async ({
	page,
	axe
}) => {
	await logIn(page, 'teacher', DEMO_PASSWORD);
	const id = await importArticle(page, PHONES, 'Should Schools Ban Phones in Class?');
	await page.getByRole('link', { name: 'Start a debate' }).click();
	await expect(page.getByLabel('Article', { exact: true })).toHaveValue(String(id));
	const motion = page.getByLabel('Motion', { exact: true });
	await expect(motion).toHaveValue('');
	await expect(page.getByText(DEMO_MOTION)).toHaveCount(0);
	const suggestions = page.getByRole('region', { name: /Suggestions from “Should Schools/ });
	await expect(suggestions.getByText('Sides: Advocates / Opponents')).toBeVisible();
	await axe();

	await suggestions
		.getByRole('button', { name: /^Use this motion \(Should Schools Ban Phones in Class\?\)$/ })
		.click();
	await expect(motion).toHaveValue('Should Schools Ban Phones in Class?');
	await expect(page.getByLabel('Side for the motion')).toHaveValue('Advocates');
	await expect(page.getByLabel('Side against the motion')).toHaveValue('Opponents');

	// Another article brings its own suggestions and leaves the motion as the teacher set it.
	await page
		.getByLabel('Article', { exact: true })
		.selectOption({ label: 'Why Trump’s Cartel Crackdown Talk Has Alarmed Mexico' });
	await expect(page.getByRole('region', { name: /Suggestions from “Why Trump/ })).toBeVisible();
	await expect(motion).toHaveValue('Should Schools Ban Phones in Class?');
	await expect(page.getByText(DEMO_MOTION)).toHaveCount(0);
});

test('without JavaScript, choosing a suggestion fills the form', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await logIn(page, 'teacher', DEMO_PASSWORD);
	const id = await importArticle(page, PHONES, 'Should Schools Ban Phones in Class?');
	await page.goto(`/debates/new?articleId=${id}`);
	await expect(page.getByLabel('Motion', { exact: true })).toHaveValue('');
	await page.getByRole('button', { name: /^Use this motion \(Should Schools Ban Phones/ }).click();
	await expect(page.getByLabel('Motion', { exact: true })).toHaveValue(
		'Should Schools Ban Phones in Class?'
	);
	await expect(page.getByLabel('Article', { exact: true })).toHaveValue(String(id));
	await context.close();
});
