// The room's live events on a real PostgreSQL, as two app instances see them: each its own pool
// and listening session. An event committed through one instance reaches a stream on the other
// (LISTEN/NOTIFY), and a stream that reconnects from its last id misses nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../debate/phases';
import type { AppDatabase } from '../db/app-database';
import { appDatabase, switchDatabase, transaction } from '../db';
import { articles, classes, debates, users } from '../db/tables';
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

let sequence = 0;
async function makeDebate(): Promise<number> {
	sequence += 1;
	return transaction(async (tx) => {
		const [teacher] = await tx
			.insert(users)
			.values({ username: `t${sequence}`, displayName: 'T', role: 'teacher', passwordHash: 'h' })
			.returning();
		const [article] = await tx
			.insert(articles)
			.values({ ownerId: teacher!.id, title: 'A', rawText: 'r' })
			.returning();
		const [klass] = await tx
			.insert(classes)
			.values({ name: 'C', teacherId: teacher!.id, joinCode: `LIVE${sequence}` })
			.returning();
		const [debate] = await tx
			.insert(debates)
			.values({
				articleId: article!.id,
				classId: klass!.id,
				motion: 'M',
				sideFor: 'F',
				sideAgainst: 'A',
				phase: 'opening',
				clock: { status: 'paused', remainingMs: null },
				settings: DEFAULT_SETTINGS,
				pseudonymSecret: `secret-${sequence}`
			})
			.returning();
		return debate!.id;
	});
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
		const debateId = await makeDebate();
		const viewer = stream(debateId, await live.lastEventId(debateId));
		await onSecond(() => post(debateId, 1));
		await vi.waitFor(() => expect(viewer.heard.map((e) => e.payload)).toEqual([{ n: 1 }]), {
			timeout: 5_000
		});
		viewer.stop();
		expect(await live.replay(debateId, 0)).toEqual([viewer.heard[0]]);
	});

	it('is not heard for a change that rolled back, and is heard once it commits', async () => {
		const debateId = await makeDebate();
		const viewer = stream(debateId, 0);
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
		const debateId = await makeDebate();
		const before = stream(debateId, 0);
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
