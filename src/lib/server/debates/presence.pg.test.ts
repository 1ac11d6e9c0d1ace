// Presence on a real PostgreSQL, as two app instances see it. Each instance is a module graph
// of its own (vi.resetModules), as two processes would be: its own pool, listening session and
// viewers, nothing shared but the database. A viewer on one and a viewer on the other both
// count, on both, in the room load and in the presence events their streams hear.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/pg-database';

type Live = typeof import('./live');
interface Instance {
	live: Live;
	close: () => Promise<void>;
}

/** One app instance on the database: fresh modules, its own connection. */
async function startInstance(url: string): Promise<Instance> {
	vi.resetModules();
	const db = await import('../db');
	const { openPostgres } = await import('../db/postgres');
	db.usePostgres(await openPostgres(url, { max: 4 }));
	return { live: await import('./live'), close: () => db.closeDatabase() };
}

let database: TestDatabase;
let a: Instance;
let b: Instance;

beforeAll(async () => {
	database = await createTestDatabase();
	a = await startInstance(database.url);
	b = await startInstance(database.url);
});
afterAll(async () => {
	await a?.close();
	await b?.close();
	await database?.drop();
});

/** A stream as the events endpoint opens one for `user`: the presence counts it hears. */
function stream(on: Instance, debateId: number, user: number) {
	const counts: number[] = [];
	const stop = on.live.subscribe(
		debateId,
		0,
		(_frame, event) => {
			if (event.type === 'presence') counts.push((event.payload as { count: number }).count);
		},
		user
	);
	return { counts, stop };
}

const WAIT = { timeout: 5_000 };
// Presence needs no debate row: it counts streams, and the bus reads an empty log for them.
let room = 9_000;

describe('presence on PostgreSQL across two instances', () => {
	it('a viewer on each instance: both instances count 2, and both streams hear 2', async () => {
		room += 1;
		const onA = stream(a, room, 1);
		const onB = stream(b, room, 2);
		await vi.waitFor(() => {
			expect(onA.counts.at(-1)).toBe(2);
			expect(onB.counts.at(-1)).toBe(2);
		}, WAIT);
		expect(a.live.presentCount(room)).toBe(2);
		expect(b.live.presentCount(room)).toBe(2);
		onB.stop();
		await vi.waitFor(() => expect(onA.counts.at(-1)).toBe(1), WAIT);
		expect(a.live.presentCount(room)).toBe(1);
		onA.stop();
		await vi.waitFor(() => expect(b.live.presentCount(room)).toBe(0), WAIT);
	});

	it('one student with a stream on each instance counts once', async () => {
		room += 1;
		const tabs = [stream(a, room, 3), stream(b, room, 3), stream(a, room, 4)];
		await vi.waitFor(() => {
			expect(b.live.presentCount(room)).toBe(2);
			expect(tabs[1]!.counts.at(-1)).toBe(2);
		}, WAIT);
		expect(a.live.presentCount(room)).toBe(2);
		for (const tab of tabs) tab.stop();
	});

	it('a room load on an instance with no viewers there counts the other instance', async () => {
		room += 1;
		const onA = stream(a, room, 5);
		await vi.waitFor(() => expect(b.live.presentCount(room)).toBe(1), WAIT);
		onA.stop();
	});
});
