// The room's live events on a real PostgreSQL, as two app instances see them: each its own pool
// and listening session. An event committed through one instance reaches a stream on the other
// (LISTEN/NOTIFY), and a stream that reconnects from its last id misses nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppDatabase } from '../db/app-database';
import { appDatabase, switchDatabase } from '../db';
import { makeRoom } from '../testing/factories';
import { openSecondInstance, openTestDatabase } from '../testing/test-database';
import * as live from './live';

let remove: () => Promise<void>;
let first: AppDatabase;
let second: AppDatabase;

beforeAll(async () => {
	remove = await openTestDatabase();
	first = appDatabase();
	second = await openSecondInstance();
});
afterAll(async () => {
	await second?.close();
	await remove?.();
});

/** Runs `run` as the other instance would: its own pool, its own listening session. */
async function onSecond<T>(run: () => Promise<T>): Promise<T> {
	switchDatabase(second);
	try {
		return await run();
	} finally {
		switchDatabase(first);
	}
}

/** A new room with one member: its set-up (created, joined) is logged before a test listens. */
async function makeDebate(): Promise<{ debateId: number; setUp: number }> {
	const { debate } = await makeRoom();
	return { debateId: debate.id, setUp: await live.lastEventId(debate.id) };
}

/** A stream as the events endpoint opens one: every logged event it is handed, by id. */
function stream(debateId: number, after: number) {
	const heard: { id: number; type: string; payload: unknown }[] = [];
	const stop = live.subscribe(debateId, after, (_frame, event) => {
		if (event.id !== null) heard.push({ id: event.id, type: event.type, payload: event.payload });
	});
	return { heard, stop };
}

const post = (debateId: number, n: number) =>
	live.change(debateId, (_tx, emit) => emit('post', { n }));

describe('live events on PostgreSQL across two instances', () => {
	it('an event committed through one instance reaches a stream on the other', async () => {
		const { debateId, setUp } = await makeDebate();
		const viewer = stream(debateId, setUp);
		await onSecond(() => post(debateId, 1));
		await vi.waitFor(() => expect(viewer.heard.map((e) => e.payload)).toEqual([{ n: 1 }]), {
			timeout: 5_000
		});
		viewer.stop();
		expect(await live.replay(debateId, setUp)).toEqual([viewer.heard[0]]);
	});

	it('is not heard for a change that rolled back, and is heard once it commits', async () => {
		const { debateId, setUp } = await makeDebate();
		const viewer = stream(debateId, setUp);
		await expect(
			onSecond(() =>
				live.change(debateId, async (_tx, emit) => {
					await emit('post', { n: 'rolled back' });
					throw new Error('refused');
				})
			)
		).rejects.toThrow('refused');
		await onSecond(() => post(debateId, 2));
		await vi.waitFor(() => expect(viewer.heard).toHaveLength(1), { timeout: 5_000 });
		viewer.stop();
		expect(viewer.heard[0]!.payload).toEqual({ n: 2 });
	});

	it('a stream that reconnects from its last id gets every event it missed, once, in order', async () => {
		const { debateId, setUp } = await makeDebate();
		const before = stream(debateId, setUp);
		await onSecond(() => post(debateId, 1));
		await vi.waitFor(() => expect(before.heard).toHaveLength(1), { timeout: 5_000 });
		// The connection drops; the room goes on through both instances meanwhile.
		before.stop();
		const lastSeen = before.heard.at(-1)!.id;
		await onSecond(() => post(debateId, 2));
		await post(debateId, 3);
		await onSecond(() => post(debateId, 4));
		// Reconnected (on this instance) with Last-Event-ID; one more arrives live.
		const after = stream(debateId, lastSeen);
		await onSecond(() => post(debateId, 5));
		await vi.waitFor(() => expect(after.heard).toHaveLength(4), { timeout: 5_000 });
		after.stop();
		expect(after.heard.map((e) => e.payload)).toEqual([{ n: 2 }, { n: 3 }, { n: 4 }, { n: 5 }]);
		const ids = after.heard.map((e) => e.id);
		expect(ids).toEqual([...ids].sort((a, b) => a - b));
		expect(ids[0]).toBeGreaterThan(lastSeen);
	});
});
