import { request, type Page } from '@playwright/test';
import { expect, PASSWORD, test, uniqueName } from './fixtures';
import { lanAddresses } from '../scripts/lib/lan-addresses.js';
import { startServer, type TestServer } from './server';

// As `npm start` runs in a classroom: no ORIGIN, reached by an address other than localhost
// (here 127.0.0.1 stands for the teacher's 192.168.x.x address).
let lan: TestServer;
let lanUrl: string;
test.beforeAll(async () => {
	lan = await startServer({ ORIGIN: undefined, BODY_SIZE_LIMIT: '1M' });
	lanUrl = lan.url.replace('localhost', '127.0.0.1');
});
test.afterAll(() => lan.stop());

async function signUpAt(page: Page, base: string, role: 'teacher' | 'student') {
	const username = uniqueName(role[0]!);
	await page.goto(`${base}/signup`);
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Display name').fill(`${role} on the LAN`);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('radio', { name: role === 'teacher' ? 'Teacher' : 'Student' }).check();
	await page.getByRole('button', { name: 'Sign up' }).click();
	await expect(page.getByRole('heading', { name: `Welcome, ${role} on the LAN` })).toBeVisible();
	return username;
}

async function logInAt(page: Page, base: string, username: string) {
	await page.goto(`${base}/login`);
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Log in' }).click();
}

test('a student on another machine logs in with no ORIGIN set', async ({ page }) => {
	const username = await signUpAt(page, lanUrl, 'student');
	await page.getByRole('button', { name: 'Log out' }).click();
	await logInAt(page, lanUrl, username);
	await expect(page.getByRole('heading', { name: 'Welcome, student on the LAN' })).toBeVisible();
	expect(new URL(page.url()).host).toBe(new URL(lanUrl).host);
});

// The worker's server has ORIGIN=http://localhost:PORT; a browser that reaches it by another
// address (a misconfigured ORIGIN, as students met it) is refused, and told why.
for (const javaScriptEnabled of [true, false]) {
	test.describe(`a form refused for its origin, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });
		test('shows its reason on the page', async ({ page, server }) => {
			await logInAt(page, server.url.replace('localhost', '127.0.0.1'), 'anyone');
			await expect(
				page.getByText(/came from http:\/\/127\.0\.0\.1.*so it was refused/)
			).toBeVisible();
		});
	});
}

test('over plain HTTP, a foreign Origin gets 403 and the reason; the own host is accepted', async () => {
	const api = await request.newContext({ baseURL: lanUrl });
	const form = { username: 'nobody', password: 'not-a-password' };
	const foreign = await api.post('/login', {
		form,
		headers: { origin: 'http://evil.example', accept: 'text/html' },
		maxRedirects: 0
	});
	expect(foreign.status()).toBe(403);
	expect(await foreign.text()).toContain('so it was refused to protect your account');
	const enhanced = await api.post('/login', {
		form,
		headers: { origin: 'http://evil.example', 'x-sveltekit-action': 'true' }
	});
	expect(await enhanced.json()).toMatchObject({ type: 'error', status: 403 });
	const own = await api.post('/login', { form, headers: { origin: lanUrl, accept: 'text/html' } });
	expect(own.status()).toBe(400);
	await api.dispose();
});

test('the class page gives students a join address on the network, with a QR code', async ({
	page
}) => {
	await signUpAt(page, lanUrl, 'teacher');
	await page.getByLabel('Class name').fill('Network class');
	await page.getByRole('button', { name: 'Create class' }).click();
	// 127.0.0.1 only works on the server itself: students get the machine's network address.
	const [network] = lanAddresses();
	const expected = network ? lanUrl.replace('127.0.0.1', network) : lanUrl;
	await expect(page.locator('.address')).toHaveText(`${expected}/join`);
	await expect(
		page.getByRole('img', { name: /Or scan this QR code: it opens http:\/\/.*\/join\?code=/ })
	).toBeVisible();
});

test('an upload over the limit says so on the import page, with and without JavaScript', async ({
	browser
}) => {
	const big = {
		name: 'saved-page.html',
		mimeType: 'text/html',
		buffer: Buffer.alloc(1_200_000, 'a')
	};
	for (const javaScriptEnabled of [true, false]) {
		const context = await browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		await signUpAt(page, lanUrl, 'teacher');
		await page.goto(`${lanUrl}/articles/new`);
		await page.getByLabel(/Or upload a file/).setInputFiles(big);
		await page.getByRole('button', { name: 'Review the import' }).click();
		await expect(page.getByRole('alert')).toContainText(
			'more than 1 MB, the most Standpoint accepts'
		);
		await expect(page.getByRole('heading', { name: 'Import an article' })).toBeVisible();
		await context.close();
	}
});

test.describe('behind a proxy (ADDRESS_HEADER=x-forwarded-for)', () => {
	let proxied: TestServer;
	test.beforeAll(async () => {
		proxied = await startServer({ ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' });
	});
	test.afterAll(() => proxied.stop());

	test('requests with and without the header never get a 500; /healthz answers', async () => {
		const api = await request.newContext({ baseURL: proxied.url });
		const form = { username: 'nobody', password: 'not-a-password' };
		const variants: Record<string, string>[] = [
			{},
			{ 'x-forwarded-for': '10.1.2.3' },
			{ 'x-forwarded-for': '' }
		];
		for (const headers of variants) {
			expect((await api.get('/login', { headers })).status()).toBe(200);
			const posted = await api.post('/login', {
				form,
				headers: { ...headers, origin: proxied.url, accept: 'text/html' }
			});
			expect(posted.status()).toBe(400);
		}
		const health = await api.get('/healthz');
		expect(health.status()).toBe(200);
		expect(await health.text()).toBe('ok\n');
		expect(proxied.output()).not.toContain('is absent from request');
		await api.dispose();
	});
});
