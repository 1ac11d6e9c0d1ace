import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { DEMO_PASSWORD, startServer, type TestServer } from './server';
import { clientsOnEachWorker, type EventStream, type WorkerClient } from './worker-client';

/**
 * Issue 16: the built server as a cluster of two workers on one SQLite file. A room's events and
 * its count of people reach streams on both workers (relayed by the primary), a stream resumed
 * on the other worker misses nothing, and the demo is seeded once, before the second starts.
 * Each client keeps one connection, whose worker it learns from the kernel (worker-client.ts).
 */
const ROOM = '/debates/1';
const WAIT = { timeout: 10_000 };

let server: TestServer;
/** Per worker, in the same order: a client that posts, and one that holds a stream. */
let posters: WorkerClient[];
let viewers: WorkerClient[];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(120_000);
	// Idle connections stay open, so a client keeps its worker between requests.
	server = await startServer({ WORKERS: '2', KEEP_ALIVE_TIMEOUT: '120' });
	// The second worker starts once the first serves (it migrated and seeded the database).
	await expect
		.poll(() => server.output(), { timeout: 60_000 })
		.toContain('All 2 workers are serving.');
	const url = server.url.replace('localhost', '127.0.0.1');
	posters = await clientsOnEachWorker(url, server.url, 2);
	viewers = await clientsOnEachWorker(url, server.url, 2);
	for (const [k, client] of posters.entries()) await client.logIn(`student${k + 1}`, DEMO_PASSWORD);
	for (const [k, client] of viewers.entries()) await client.logIn(`student${k + 3}`, DEMO_PASSWORD);
	expect(posters.map((c) => c.worker)).toEqual(viewers.map((c) => c.worker));
});

test.afterAll(async () => {
	for (const client of [...(posters ?? []), ...(viewers ?? [])]) client.close();
	await server?.stop();
});

/** Posts a question through `client`'s worker; the room acknowledges it with a redirect. */
async function ask(client: WorkerClient, claim: string): Promise<void> {
	const sent = await client.send('POST', `${ROOM}?/post`, {
		kind: 'question',
		claim,
		paragraph: '',
		quote: '',
		reasoning: ''
	});
	expect(sent.status, sent.body.slice(0, 300)).toBe(303);
}

/** The newest event id of the room, from the file (where every worker reads it). */
function lastEventId(): number {
	const sqlite = new Database(server.databasePath, { readonly: true });
	try {
		return (
			sqlite.prepare('SELECT max(id) AS id FROM events WHERE debate_id = 1').get() as {
				id: number;
			}
		).id;
	} finally {
		sqlite.close();
	}
}

const postsIn = (stream: EventStream) => stream.logged('post').length;

test('the demo is seeded once, by the first worker, before the second starts', () => {
	const output = server.output();
	expect(output.match(/Seeded the demo/g)).toHaveLength(1);
	expect(output.match(/Listening on/g)).toHaveLength(2);
	// Each worker prints its settings as it starts: the second's come after the seeding ended.
	const starts = [...output.matchAll(/^Dates in /gm)].map((match) => match.index);
	expect(starts).toHaveLength(2);
	expect(output.indexOf('Seeded the demo')).toBeLessThan(starts[1]!);
	const sqlite = new Database(server.databasePath, { readonly: true });
	const { n } = sqlite
		.prepare("SELECT count(*) AS n FROM users WHERE username = 'teacher'")
		.get() as {
		n: number;
	};
	const classes = sqlite.prepare('SELECT count(*) AS n FROM classes').get() as { n: number };
	sqlite.close();
	expect(n).toBe(1);
	expect(classes.n).toBe(1);
});

test('a post written through one worker reaches a stream open on the other', async () => {
	const [a, b] = posters as [WorkerClient, WorkerClient];
	const onB = viewers[1]!.stream(`${ROOM}/events`, lastEventId());
	try {
		await expect.poll(() => onB.events.length, WAIT).toBeGreaterThan(0);
		await ask(a, 'Asked through worker A: does B hear it?');
		await expect.poll(() => postsIn(onB), WAIT).toBe(1);
		await ask(b, 'Asked through worker B itself');
		await expect.poll(() => postsIn(onB), WAIT).toBe(2);
	} finally {
		onB.close();
	}
});

test('presence counts the viewers on both workers', async () => {
	const onA = viewers[0]!.stream(`${ROOM}/events`, lastEventId());
	const onB = viewers[1]!.stream(`${ROOM}/events`, lastEventId());
	const count = (stream: EventStream) =>
		(stream.events.filter((e) => e.type === 'presence').at(-1)?.data as { count: number })?.count;
	try {
		await expect.poll(() => count(onA), WAIT).toBe(2);
		await expect.poll(() => count(onB), WAIT).toBe(2);
	} finally {
		onA.close();
		onB.close();
	}
	// B's viewer left: A's count goes back to one.
	const again = viewers[0]!.stream(`${ROOM}/events`, lastEventId());
	try {
		await expect.poll(() => count(again), WAIT).toBe(1);
	} finally {
		again.close();
	}
});

test('a stream resumed on the other worker gets every event it missed, once, in order', async () => {
	const [a, b] = posters as [WorkerClient, WorkerClient];
	const first = viewers[0]!.stream(`${ROOM}/events`, lastEventId());
	await expect.poll(() => first.events.length, WAIT).toBeGreaterThan(0);
	await ask(b, 'Missed 0? no: heard live on A');
	await expect.poll(() => postsIn(first), WAIT).toBe(1);
	// The connection drops; the room goes on through both workers meanwhile.
	first.close();
	const seen = first.logged('post').at(-1)!.id!;
	await ask(a, 'Missed 1, through A');
	await ask(b, 'Missed 2, through B');
	// Reconnected on the other worker with Last-Event-ID; one more arrives live, through A.
	const resumed = viewers[1]!.stream(`${ROOM}/events`, seen);
	try {
		await expect.poll(() => postsIn(resumed), WAIT).toBe(2);
		await ask(a, 'Live 3, through A');
		await expect.poll(() => postsIn(resumed), WAIT).toBe(3);
		const ids = resumed.logged('post').map((e) => e.id!);
		expect(ids).toEqual([...ids].sort((x, y) => x - y));
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids[0]).toBeGreaterThan(seen);
		// Every logged event after `seen`, whatever its type, exactly once.
		const all = resumed.events.filter((e) => e.id !== null).map((e) => e.id!);
		expect(all).toEqual([...new Set(all)].sort((x, y) => x - y));
		expect(all.at(-1)).toBe(lastEventId());
	} finally {
		resumed.close();
	}
});

test('SIGTERM stops the primary and every worker', async () => {
	const workers = posters.map((c) => c.worker!);
	for (const client of [...posters, ...viewers]) client.close();
	const exit = await server.kill('SIGTERM');
	expect(exit).toEqual({ code: 0, signal: null });
	for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
});
