import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { startFailoverProxy, type FailoverProxy } from './failover-proxy';
import { HttpClient } from './http';
import { startInstancePair, type InstancePair } from './instance-pair';
import { DEMO_PASSWORD, startServer } from './server';

/**
 * Issue 18: two app instances on one PostgreSQL share sessions, a room's events and its count of
 * people reach streams on both, and killing one mid-debate loses no acknowledged post while
 * every viewer, on the survivor or moved to it by the proxy, sees every event once.
 */
const ROOM = '/debates/1';
const MOTION = /The United States should be ready to use military force/;

let pair: InstancePair;
let proxy: FailoverProxy;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(180_000);
	pair = await startInstancePair();
	proxy = await startFailoverProxy([pair.a.url, pair.b.url]);
});

test.afterAll(async () => {
	await proxy?.stop();
	await pair?.stop();
});

async function logInAt(page: Page, base: string, username: string) {
	await page.goto(`${base}/login`);
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Log in' }).click();
	await expect(page.getByRole('link', { name: 'Global Affairs' })).toBeVisible();
}

/** A student's room page, its live stream open, in a browser context of its own. */
async function viewer(browser: Browser, base: string, username: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await logInAt(page, base, username);
	await page.goto(`${base}${ROOM}`);
	await expect(page.getByRole('heading', { level: 1, name: MOTION })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Live updates: on' })).toBeVisible();
	return page;
}

async function poster(base: string, username: string): Promise<HttpClient> {
	const client = await HttpClient.open(base);
	const login = await client.post('/login', { username, password: DEMO_PASSWORD });
	expect(login.status()).toBe(303);
	return client;
}

/** Posts a question; true when the room acknowledged it (post/redirect/get), false otherwise. */
async function ask(client: HttpClient, claim: string): Promise<boolean> {
	try {
		const sent = await client.post(`${ROOM}?/post`, {
			kind: 'question',
			claim,
			paragraph: '',
			quote: '',
			reasoning: ''
		});
		return sent.status() === 303;
	} catch {
		return false;
	}
}

const post = (page: Page, claim: string) => page.getByRole('article').filter({ hasText: claim });

test('a student logged in on A is logged in on B', async ({ page }) => {
	await logInAt(page, pair.a.url, 'student1');
	// Cookies are per host, not per port: B gets A's session cookie and finds it in the database.
	await page.goto(`${pair.b.url}/`);
	await expect(page.getByRole('link', { name: 'Global Affairs' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Log in' })).toHaveCount(0);
});

test('a post made through A reaches a room page connected to B', async ({ browser }) => {
	const onB = await viewer(browser, pair.b.url, 'student1');
	const client = await poster(pair.a.url, 'student2');
	const claim = 'Posted through instance A: does B hear it?';
	expect(await ask(client, claim)).toBe(true);
	await expect(post(onB, claim)).toHaveCount(1);
	await client.dispose();
	await onB.context().close();
});

/** The room header's count of people in the room. */
const inTheRoom = (page: Page) => page.locator('dt:text-is("In the room") + dd');

test('a viewer on A and a viewer on B each see two people in the room', async ({ browser }) => {
	const onA = await viewer(browser, pair.a.url, 'student1');
	const onB = await viewer(browser, pair.b.url, 'student2');
	// Each instance counts its own viewer and the other instance's, sent through NOTIFY.
	await expect(inTheRoom(onA)).toHaveText('2');
	await expect(inTheRoom(onB)).toHaveText('2');
	await onB.context().close();
	await expect(inTheRoom(onA)).toHaveText('1');
	await onA.context().close();
});

test('killing A mid-debate loses no acknowledged post, and every viewer sees each once', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const onB = await viewer(browser, pair.b.url, 'student1');
	// Through the proxy this viewer's page and stream are on A until A dies, then on B.
	const moved = await viewer(browser, proxy.url, 'student4');
	const clients = await Promise.all(
		['student2', 'student3', 'student5'].map((name) => poster(proxy.url, name))
	);
	const acknowledged: string[] = [];
	const round = async (label: string) => {
		const claims = clients.map((_, i) => `${label} question ${i + 1} of the failover debate`);
		const results = await Promise.all(claims.map((claim, i) => ask(clients[i]!, claim)));
		acknowledged.push(...claims.filter((_, i) => results[i]));
		return results;
	};
	expect(await round('First')).toEqual([true, true, true]);
	// A dies while the second round is in flight: some of it may be refused, none may be lost.
	const [, killed] = await Promise.all([round('Second'), pair.a.kill('SIGKILL')]);
	expect(killed.signal).toBe('SIGKILL');
	expect(await round('Third')).toEqual([true, true, true]);

	const stored = await pair.query<{ claim: string }>(
		"SELECT claim FROM posts WHERE claim LIKE '% of the failover debate'"
	);
	expect(stored.map((row) => row.claim).sort()).toEqual(expect.arrayContaining(acknowledged));
	for (const page of [onB, moved]) {
		for (const claim of stored.map((row) => row.claim)) {
			await expect(post(page, claim), `${claim} on ${page.url()}`).toHaveCount(1);
		}
	}
	await expect(moved.getByRole('status').filter({ hasText: 'Live updates: on' })).toBeVisible();
	for (const client of clients) await client.dispose();
	await onB.context().close();
	await moved.context().close();
});

test('two instances started together on an empty PostgreSQL migrate and seed the demo once', async () => {
	const url = await pair.emptyDatabase('fresh_start');
	const both = await Promise.all([
		startServer({ DATABASE_URL: url }),
		startServer({ DATABASE_URL: url })
	]);
	try {
		const seeded = both.filter((server) =>
			server.output().includes('Seeded the demo into postgres://')
		);
		expect(seeded).toHaveLength(1);
		for (const server of both) {
			expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
			const client = await poster(server.url, 'teacher');
			await client.dispose();
		}
		const client = await HttpClient.open(both[1].url);
		await client.signUp('fresh-teacher', 'teacher');
		expect(await client.createClass('First class on PostgreSQL')).toBeGreaterThan(0);
		await client.dispose();
		const journal = JSON.parse(readFileSync('drizzle-pg/meta/_journal.json', 'utf8'));
		const database = new pg.Client(url);
		await database.connect();
		const count = async (query: string) => (await database.query(query)).rows[0].n;
		expect(await count('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations')).toBe(
			journal.entries.length
		);
		// The demo's teacher and six students, and the teacher who signed up.
		expect(await count('SELECT count(*)::int AS n FROM users')).toBe(8);
		expect(
			await count("SELECT count(*)::int AS n FROM classes WHERE name = 'First class on PostgreSQL'")
		).toBe(1);
		await database.end();
	} finally {
		for (const server of both) await server.stop();
	}
});
