import type { Browser, Page } from '@playwright/test';
import { expect, logIn, test } from './fixtures';
import { HttpClient } from './http';
import { DEMO_PASSWORD } from './server';

const MOTION = /The United States should be ready to use military force/;
/** Live updates should land within a second; the margin covers a busy CI machine. */
const LIVE = { timeout: 3_000 };

async function openRoom(browser: Browser, username: string): Promise<Page> {
	const context = await browser.newContext();
	const page = await context.newPage();
	page.on('dialog', () => {
		throw new Error(`A dialog opened on ${username}'s page: markup in a post ran as code.`);
	});
	await logIn(page, username, DEMO_PASSWORD);
	await expect(page.getByRole('heading', { level: 1, name: /^Welcome/ })).toBeVisible();
	return page;
}

async function goToDemoDebate(page: Page) {
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

async function post(
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

const postCard = (page: Page, text: string) => page.getByRole('article').filter({ hasText: text });

test('posts, reconnects, refusals, escaping and moderation reach every page live', async ({
	browser,
	axe
}) => {
	test.setTimeout(60_000);
	const teacher = await openRoom(browser, 'teacher');
	const ana = await openRoom(browser, 'student1');
	const ben = await openRoom(browser, 'student2');
	for (const page of [teacher, ana, ben]) await goToDemoDebate(page);
	await axe(ana);
	await axe(teacher);

	// A post by one appears on the others' pages without a reload.
	await post(ana, {
		kind: 'Question',
		claim: 'Live from Ana: does the sea result carry over to land?',
		paragraph: '2',
		quote: 'disrupted 97% of drugs entering by sea',
		reasoning: 'Sea and land routes differ.'
	});
	await expect(postCard(ana, 'Live from Ana')).toBeVisible();
	await expect(postCard(ben, 'Live from Ana')).toBeVisible(LIVE);
	await expect(postCard(teacher, 'Live from Ana')).toBeVisible(LIVE);

	// Ben drops off; two posts are made; back online, he has both.
	await ben.context().setOffline(true);
	await post(ana, { kind: 'Question', claim: 'Offline one: who pays for the fallout?' });
	await expect(postCard(ana, 'Offline one')).toBeVisible();
	await post(ana, { kind: 'Question', claim: 'Offline two: what would Mexico accept?' });
	await expect(postCard(ana, 'Offline two')).toBeVisible();
	await ben.context().setOffline(false);
	await expect(postCard(ben, 'Offline one')).toBeVisible({ timeout: 10_000 });
	await expect(postCard(ben, 'Offline two')).toBeVisible({ timeout: 10_000 });

	// A quote that is not in the article is refused with a sentence that says so.
	await post(ana, {
		kind: 'Question',
		claim: 'A made-up quote',
		paragraph: '3',
		quote: 'the cartels bake cookies for the border police',
		reasoning: 'None.'
	});
	await expect(ana.getByText(/That quote is not in the article/)).toBeVisible();
	await expect(postCard(ben, 'A made-up quote')).toHaveCount(0);

	// Markup in a post is text.
	const markup = '<script>alert(1)</script> and <img src=x onerror=alert(1)>';
	await post(ana, { kind: 'Question', claim: markup });
	await expect(postCard(ben, markup).getByText(markup, { exact: true })).toBeVisible(LIVE);
	await expect(ben.locator('img[src="x"]')).toHaveCount(0);

	// The teacher hides a post; it leaves Ben's page live, and Ana sees the reason.
	const target = postCard(teacher, 'Live from Ana');
	await target.getByRole('group', { name: /^Hide post/ }).click();
	await target.getByLabel('Reason the author will see').fill('Quote a full sentence, please.');
	await target.getByRole('button', { name: 'Hide post' }).click();
	await expect(postCard(ben, 'Live from Ana')).toHaveCount(0, LIVE);
	await expect(postCard(ana, 'Live from Ana').getByText(/Quote a full sentence/)).toBeVisible(LIVE);
	await axe(ben);
	await Promise.all([teacher, ana, ben].map((page) => page.context().close()));
});

test('a rebuttal in the Opening phase is refused with the reason', async ({ browser, server }) => {
	test.setTimeout(60_000);
	const teacher = await openRoom(browser, 'teacher');
	await teacher.goto('/');
	await teacher.getByRole('link', { name: 'Global Affairs' }).click();
	await teacher.getByRole('link', { name: 'Start a debate' }).click();
	await teacher
		.getByLabel('Motion', { exact: true })
		.fill('Cooperation alone can contain the cartels.');
	await teacher.getByRole('button', { name: 'Create the debate' }).click();
	await expect(teacher.getByRole('heading', { level: 1, name: /Cooperation alone/ })).toBeVisible();
	await teacher.getByRole('button', { name: 'Next phase: Opening' }).click();
	const roomUrl = new URL(teacher.url()).pathname;

	const ana = await openRoom(browser, 'student3');
	await ana.goto(roomUrl);
	// Opening the page does not join; the button does (a POST).
	await ana.getByRole('button', { name: 'Join the debate' }).click();
	await post(ana, {
		claim: 'Sheinbaum already cooperates.',
		paragraph: '7',
		quote: 'Mexico continues to cooperate with the US to curb fentanyl',
		reasoning: 'Cooperation is working.'
	});
	await expect(postCard(ana, 'Sheinbaum already cooperates.')).toBeVisible();

	const ben = await openRoom(browser, 'student4');
	await ben.goto(roomUrl);
	await ben.getByRole('button', { name: 'Join the debate' }).click();
	await postCard(ben, 'Sheinbaum already cooperates.')
		.getByRole('link', { name: /^Reply/ })
		.click();
	await expect(
		ben.getByText(/Rebuttals open in the Rebuttal phase; it is now Opening/)
	).toBeVisible();

	// Sent anyway (no JavaScript), the server refuses it with the same sentence.
	const http = await HttpClient.open(server.url);
	await http.post('/login', { username: 'student4', password: DEMO_PASSWORD });
	const html = await (await http.get(roomUrl)).text();
	const parentId = /id="post-(\d+)"/.exec(html)![1]!;
	const refused = await http.post(`${roomUrl}?/post`, {
		kind: 'rebuttal',
		parentId,
		claim: 'Not yet',
		paragraph: '5',
		quote: 'We categorically reject intervention',
		reasoning: 'Because.'
	});
	expect(refused.status()).toBe(400);
	expect(await refused.text()).toContain(
		'Rebuttals open in the Rebuttal phase; it is now Opening.'
	);
	await http.dispose();
	await Promise.all([teacher, ana, ben].map((page) => page.context().close()));
});
