import { expect, logIn, test } from './fixtures';
import { HttpClient } from './http';
import { DEMO_PASSWORD } from './server';

const MOTION = /The United States should be ready to use military force/;

/**
 * The room page follows the debate with one event stream for its whole life and applies each
 * event to what it shows: ten posts made by someone else (through HTTP, no browser) must reach
 * the page without a second stream and without reloading the page's data.
 */
test('ten posts by another student arrive over one stream, without reloading the room', async ({
	page,
	server
}) => {
	test.setTimeout(60_000);
	const streams: string[] = [];
	const reloads: string[] = [];
	const fetches: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.pathname.endsWith('/events')) streams.push(url.href);
		if (url.pathname.endsWith('__data.json')) reloads.push(url.href);
		if (url.pathname.endsWith('/live')) fetches.push(url.search);
	});
	await logIn(page, 'student1', DEMO_PASSWORD);
	await page.getByRole('link', { name: 'Global Affairs' }).click();
	await page.getByRole('link', { name: MOTION }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: MOTION })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Live updates: on' })).toBeVisible();
	const roomPath = new URL(page.url()).pathname;
	// Opening the room took one stream; from here on nothing may reload the room's data.
	reloads.length = 0;
	fetches.length = 0;

	// Two other students share the ten posts: one alone would meet the posting limit.
	const others = [await HttpClient.open(server.url), await HttpClient.open(server.url)];
	for (const [i, other] of others.entries()) {
		const login = await other.post('/login', {
			username: `student${i + 2}`,
			password: DEMO_PASSWORD
		});
		expect(login.status()).toBe(303);
	}
	for (let i = 1; i <= 10; i++) {
		const sent = await others[i % 2]!.post(`${roomPath}?/post`, {
			kind: 'question',
			claim: `Live question number ${i} from another student`,
			paragraph: '',
			quote: '',
			reasoning: ''
		});
		expect(sent.status(), await sent.text()).toBeLessThan(400);
	}
	for (let i = 1; i <= 10; i++) {
		await expect(
			page
				.getByRole('article')
				.filter({ hasText: `Live question number ${i} from another student` })
		).toBeVisible();
	}
	// Their posts read as theirs, not as the viewer's.
	await expect(
		page
			.getByRole('article')
			.filter({ hasText: 'Live question number 10' })
			.getByText('You', { exact: true })
	).toHaveCount(0);
	expect(streams, 'event streams opened by the room page').toHaveLength(1);
	expect(reloads, 'full reloads of the room data').toEqual([]);
	// Each event cost one small fetch: the post it names, as this viewer may see it.
	expect(fetches, 'data fetches after the ten events').toHaveLength(10);
	for (const query of fetches) expect(query).toMatch(/^\?post=\d+$/);
	for (const other of others) await other.dispose();
});

test('without JavaScript, reloading after a post does not post it again', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await logIn(page, 'student1', DEMO_PASSWORD);
	await page.getByRole('link', { name: 'Global Affairs' }).click();
	await page.getByRole('link', { name: MOTION }).first().click();
	const form = page.getByRole('region', { name: 'Make your case' });
	await form.getByLabel('Kind of post').selectOption({ label: 'Question' });
	await form.getByLabel('Claim', { exact: true }).fill('Posted once without scripts?');
	await form.getByRole('button', { name: 'Post' }).click();
	const card = page.getByRole('article').filter({ hasText: 'Posted once without scripts?' });
	await expect(card).toHaveCount(1);
	await page.reload();
	await expect(card).toHaveCount(1);
	await context.close();
});
