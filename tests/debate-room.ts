/** Helpers for the debate room journeys: open a signed-in page, go to the demo debate, post. */
import type { Browser, Page } from '@playwright/test';
import { expect, logIn } from './fixtures';
import { DEMO_PASSWORD } from './server';

export const MOTION = /The United States should be ready to use military force/;
/** Live updates should land within a second; the margin covers a busy CI machine. */
export const LIVE = { timeout: 3_000 };

export async function openRoom(browser: Browser, username: string): Promise<Page> {
	const context = await browser.newContext();
	const page = await context.newPage();
	page.on('dialog', () => {
		throw new Error(`A dialog opened on ${username}'s page: markup in a post ran as code.`);
	});
	await logIn(page, username, DEMO_PASSWORD);
	await expect(page.getByRole('heading', { level: 1, name: /^Welcome/ })).toBeVisible();
	return page;
}

export async function goToDemoDebate(page: Page) {
	await page.goto('/');
	if (await page.getByRole('link', { name: MOTION }).count()) {
		await page.getByRole('link', { name: MOTION }).first().click();
	} else {
		await page.getByRole('link', { name: 'Global Affairs' }).click();
		await page.getByRole('link', { name: MOTION }).first().click();
	}
	await expect(page.getByRole('heading', { level: 1, name: MOTION })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Live updates: on' })).toBeVisible();
}

export async function post(
	page: Page,
	fields: { kind?: string; claim: string; paragraph?: string; quote?: string; reasoning?: string }
) {
	const form = page.getByRole('region', { name: /Make your case|Answer a post/ });
	if (fields.kind) await form.getByLabel('Kind of post').selectOption({ label: fields.kind });
	await form.getByLabel('Claim', { exact: true }).fill(fields.claim);
	await form.getByLabel('Paragraph').fill(fields.paragraph ?? '');
	await form.getByLabel('Quote from the article').fill(fields.quote ?? '');
	await form.getByLabel(/^Reasoning/).fill(fields.reasoning ?? '');
	await form.getByRole('button', { name: 'Post' }).click();
}

export const postCard = (page: Page, text: string) =>
	page.getByRole('article').filter({ hasText: text });

export async function closeAll(pages: Page[]) {
	await Promise.all(pages.map((page) => page.context().close()));
}
