import type { Page } from '@playwright/test';
import { expect, signUp, test } from './fixtures';
import { HttpClient } from './http';
import { DEMO_PASSWORD } from './server';

// Adds a guided assignment to the demo class: a server of its own keeps other tests' counts.
test.use({ ownServer: true });

async function assignGuided(baseURL: string): Promise<void> {
	const teacher = await HttpClient.open(baseURL);
	await teacher.post('/login', { username: 'teacher', password: DEMO_PASSWORD });
	const generated = await teacher.post('/articles/1?/generateQuiz', {});
	const quizPath = new URL(generated.headers()['location']!, baseURL).pathname;
	expect((await teacher.post(`${quizPath}?/publish`, {})).status()).toBe(303);
	const assigned = await teacher.post(`${quizPath}?/assign`, {
		classId: '1',
		attemptsAllowed: '1',
		counts: 'best',
		feedback: 'after_submit',
		tzOffset: '0',
		guidedReading: 'on'
	});
	expect(assigned.status()).toBe(303);
}

/** A new student in the demo class, on the newest (guided) assignment's first attempt. */
async function startGuided(page: Page, baseURL: string, name: string) {
	const teacher = await HttpClient.open(baseURL);
	await teacher.post('/login', { username: 'teacher', password: DEMO_PASSWORD });
	const code = await teacher.joinCodeOf(1);
	await signUp(page, 'student', name);
	await page.goto('/join');
	await page.getByLabel('Join code').fill(code);
	await page.getByRole('button', { name: 'Join class' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Global Affairs' })).toBeVisible();
	await page.goto('/');
	const ids = [...(await page.content()).matchAll(/href="\/assignments\/(\d+)"/g)].map((m) =>
		Number(m[1])
	);
	await page.goto(`/assignments/${Math.max(...ids)}`);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
}

async function answer(page: Page, number: number) {
	const question = page.getByRole('group', { name: new RegExp(`^Question ${number}\\b`) });
	const radio = question.getByRole('radio').first();
	if (await radio.count()) await radio.check();
	else await question.getByRole('textbox').first().fill('cartels');
	return question;
}

test('guided reading opens the article question by question', async ({ page, baseURL, axe }) => {
	await assignGuided(baseURL!);
	await startGuided(page, baseURL!, 'Gia Guided');
	const gate = page.getByText(/^The rest of the article opens when you answer question \d+\.$/);
	await expect(gate).toContainText('question 1.');
	// What is closed is out of reach: not focusable, not read out.
	const closed = page.locator('.closed');
	expect(await closed.count()).toBeGreaterThan(0);
	await expect(closed.first()).toHaveAttribute('inert', '');
	await expect(closed.first()).toHaveAttribute('aria-hidden', 'true');
	await axe();

	// Answer every question open so far: the next part of the article opens with more.
	const groups = page.getByRole('group', { name: /^Question \d+\b/ });
	const open = await groups.count();
	for (let n = 1; n <= open; n++) {
		const question = await answer(page, n);
		await expect(question.getByText('Saved', { exact: true })).toBeVisible();
	}
	await expect(groups).not.toHaveCount(open);
	expect(await groups.count()).toBeGreaterThan(open);
	await axe();
});

test('without JavaScript, "Save and read on" opens the next part', async ({ browser, baseURL }) => {
	await assignGuided(baseURL!);
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await startGuided(page, baseURL!, 'Noa Plain');
	await expect(page.getByText(/answer question 1\.$/)).toBeVisible();
	await answer(page, 1);
	await page.getByRole('button', { name: 'Save and read on' }).click();
	await expect(page.getByText(/answer question 1\.$/)).toHaveCount(0);
	await expect(page.getByRole('group', { name: /^Question 2\b/ })).toBeVisible();
	await context.close();
});
