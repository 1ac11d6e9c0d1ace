import type { Page } from '@playwright/test';
import { expect, logIn, test } from './fixtures';
import { HttpClient } from './http';
import { DEMO_PASSWORD } from './server';
import { SKILL_LABELS } from '../src/lib/quizgen/skills';

/** Whatever the engine picks for the demo, it is one of the skills, named as a teacher reads it. */
const ANY_SKILL = new RegExp(`^(${Object.values(SKILL_LABELS).join('|')})$`);

/** The demo teacher asks for 3 key-detail questions and 1 claim-and-evidence pair. */
async function generateWithMix(page: Page) {
	await logIn(page, 'teacher', DEMO_PASSWORD);
	await expect(page.getByRole('heading', { name: 'Welcome, Ms. Rivera' })).toBeVisible();
	await page.goto('/articles/1');
	await page.getByText('Choose the skills and how many').click();
	await page.getByLabel('Key details', { exact: true }).fill('3');
	await page.getByLabel('Claim and evidence', { exact: true }).fill('1');
	await page.getByRole('button', { name: 'Generate quiz' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^Quiz: / })).toBeVisible();
}

const cardHeadings = (page: Page) => page.getByRole('heading', { level: 3, name: /^Question \d+/ });

test('a teacher generates a quiz with a skill mix, sees each skill and replaces one draft', async ({
	page,
	axe
}, testInfo) => {
	await generateWithMix(page);
	await expect(page.getByText('Drafts ready.')).toBeVisible();
	const headings = await cardHeadings(page).allTextContents();
	expect(headings.length).toBeGreaterThan(1);
	expect(headings.length).toBeLessThanOrEqual(4);
	for (const text of headings) expect(text).toMatch(/· (Key details|Claim and evidence) ·/);
	await axe();

	// The first key-details draft that is not the last card: a new one appended would show.
	const index = headings.findIndex((h) => h.includes('Key details'));
	expect(index).toBeLessThan(headings.length - 1);
	const number = index + 1;
	const card = () =>
		page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: new RegExp(`^Question ${number} `) }) });
	const before = await card().getByRole('paragraph').first().textContent();
	await page
		.getByRole('button', { name: `Replace with another question (question ${number})` })
		.click();
	await expect(page.getByText('A new draft took the old one’s place.')).toBeVisible();
	await expect(page).toHaveURL(/\?replaced=\d+#q\d+$/);
	await expect(cardHeadings(page)).toHaveCount(headings.length);
	await expect(card().getByRole('heading', { level: 3 })).toContainText('Key details');
	await expect(card().getByRole('paragraph').first()).not.toHaveText(before!);
	await expect(card().getByRole('status')).toHaveText('A new draft took the old one’s place.');
	await axe();

	for (const width of [360, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await page.evaluate(() => window.scrollTo(0, 0));
		await page.screenshot({ path: testInfo.outputPath(`editor-${width}.png`) });
		await card().screenshot({ path: testInfo.outputPath(`card-${width}.png`) });
	}
});

test('the generate form refuses a count out of range and keeps what was typed', async ({
	page,
	axe
}, testInfo) => {
	await logIn(page, 'teacher', DEMO_PASSWORD);
	await expect(page.getByRole('heading', { name: 'Welcome, Ms. Rivera' })).toBeVisible();
	await page.goto('/articles/1');
	await page.getByText('Choose the skills and how many').click();
	await page.getByLabel('Inference', { exact: true }).fill('11');
	await page.getByRole('button', { name: 'Generate quiz' }).click();
	await expect(page.getByRole('alert')).toHaveText('Check the counts marked below.');
	await expect(page.getByText('Ask for a whole number from 0 to 10.')).toBeVisible();
	await expect(page.getByLabel('Inference', { exact: true })).toHaveValue('11');
	await expect(page.getByLabel('Inference', { exact: true })).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await axe();
	for (const width of [360, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await page
			.getByRole('region', { name: 'Quizzes' })
			.screenshot({ path: testInfo.outputPath(`generate-form-${width}.png`) });
	}
});

test('without JavaScript, a draft is replaced in place and the page lands on it', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await logIn(page, 'teacher', DEMO_PASSWORD);
	await expect(page.getByRole('heading', { name: 'Welcome, Ms. Rivera' })).toBeVisible();
	await page.goto('/articles/1');
	// A closed <details> still opens without JavaScript.
	await page.getByText('Choose the skills and how many').click();
	await page.getByLabel('Key details', { exact: true }).fill('2');
	await page.getByRole('button', { name: 'Generate quiz' }).click();
	await expect(page.getByRole('heading', { name: 'Questions (2)' })).toBeVisible();
	const prompt = () =>
		page
			.getByRole('region', { name: /^Questions/ })
			.getByRole('listitem')
			.first()
			.getByRole('paragraph')
			.first();
	const first = await prompt().textContent();
	await page.getByRole('button', { name: 'Replace with another question (question 1)' }).click();
	await expect(page).toHaveURL(/\?replaced=\d+#q\d+$/);
	await expect(page.getByText('A new draft took the old one’s place.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Questions (2)' })).toBeVisible();
	await expect(prompt()).not.toHaveText(first!);
	await context.close();
});

test('replacing is for the quiz’s owner and its own questions only', async ({ page, baseURL }) => {
	await generateWithMix(page);
	const quizId = Number(/\/quizzes\/(\d+)/.exec(page.url())![1]);
	const questionId = (await page.locator('li[id^="q"]').first().getAttribute('id'))!.slice(1);

	const stranger = await HttpClient.open(baseURL!);
	await stranger.signUp(`x${Date.now().toString(36)}`, 'teacher');
	const theirs = await stranger.post(`/quizzes/${quizId}?/replaceQuestion`, { questionId });
	expect(theirs.status()).toBe(404);
	await stranger.dispose();

	// A question id from another quiz (the demo's published one) is refused, nothing changed.
	const count = await cardHeadings(page).count();
	await page.goto('/articles/1');
	await page.getByRole('link', { name: 'Cartel crackdown: reading check' }).click();
	const foreign = (await page.locator('li[id^="q"]').first().getAttribute('id'))!.slice(1);
	const response = await page.request.post(`/quizzes/${quizId}?/replaceQuestion`, {
		form: { questionId: foreign },
		headers: { Origin: baseURL!, Accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(400);
	await page.goto(`/quizzes/${quizId}`);
	await expect(cardHeadings(page)).toHaveCount(count);
});

test('a teacher names the skill of a question they write', async ({ page }) => {
	await logIn(page, 'teacher', DEMO_PASSWORD);
	await expect(page.getByRole('heading', { name: 'Welcome, Ms. Rivera' })).toBeVisible();
	await page.goto('/articles/1');
	await page.getByRole('button', { name: 'Generate quiz' }).click();
	await page.getByRole('link', { name: 'True/false' }).click();
	await page.getByLabel('Statement', { exact: true }).fill('Mexico answered quickly.');
	await page.getByRole('radio', { name: 'True' }).check();
	await page.getByLabel('Skill it tests (optional)').selectOption({ label: 'Inference' });
	await page.getByLabel('Paragraph number').fill('4');
	await page.getByLabel('Words from that paragraph').fill("Mexico's response was swift");
	await page.getByRole('button', { name: 'Add question' }).click();
	await expect(page.getByText('Question added at the end of the quiz.')).toBeVisible();
	const added = page.getByRole('listitem').filter({ hasText: 'Mexico answered quickly.' });
	await expect(
		added.getByRole('heading', { name: /True\/false · Inference · 1\s+point · written by you/ })
	).toBeVisible();
});

test('the item analysis names each question’s skill and sums up per skill', async ({
	page,
	axe
}, testInfo) => {
	await logIn(page, 'teacher', DEMO_PASSWORD);
	await expect(page.getByRole('heading', { name: 'Welcome, Ms. Rivera' })).toBeVisible();
	await page.goto('/assignments/1/analysis');
	const bySkill = page.getByRole('region', { name: 'By skill' });
	await expect(bySkill.getByRole('rowheader').first()).toHaveText(ANY_SKILL);
	await expect(bySkill.getByRole('columnheader', { name: 'Mean difficulty (p)' })).toBeVisible();
	const first = page.getByRole('article', { name: 'Question 1', exact: true });
	await expect(first.getByRole('term').first()).toHaveText('Skill');
	await expect(first.getByRole('definition').first()).toHaveText(ANY_SKILL);
	await axe();
	await page.setViewportSize({ width: 360, height: 900 });
	await bySkill.screenshot({ path: testInfo.outputPath('by-skill-360.png') });
});
