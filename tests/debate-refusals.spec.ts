import { expect, test } from './fixtures';
import { HttpClient } from './http';
import { DEMO_PASSWORD } from './server';
import { LIVE, closeAll, goToDemoDebate, openRoom, post, postCard } from './debate-room';

test('a quote not in the article is refused with the reason, and markup in a post is text', async ({
	browser
}) => {
	test.setTimeout(60_000);
	const ana = await openRoom(browser, 'student1');
	const ben = await openRoom(browser, 'student2');
	for (const page of [ana, ben]) await goToDemoDebate(page);

	await post(ana, {
		kind: 'Question',
		claim: 'A made-up quote',
		paragraph: '3',
		quote: 'the cartels bake cookies for the border police',
		reasoning: 'None.'
	});
	await expect(ana.getByText(/That quote is not in the article/)).toBeVisible();
	await expect(postCard(ben, 'A made-up quote')).toHaveCount(0);

	const markup = '<script>alert(1)</script> and <img src=x onerror=alert(1)>';
	await post(ana, { kind: 'Question', claim: markup });
	await expect(postCard(ben, markup).getByText(markup, { exact: true })).toBeVisible(LIVE);
	await expect(ben.locator('img[src="x"]')).toHaveCount(0);
	await closeAll([ana, ben]);
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
	await closeAll([teacher, ana, ben]);
});
