import { eq, max } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRoom } from '../testing/factories';
import { openSecondInstance, openTestDatabase } from '../testing/test-database';
import type { AppDatabase } from './app-database';
import { appDatabase } from './index';
import { changeWithEvents, PgEventBus, type BusEvent } from './pg-events';
import type { Postgres } from './postgres';
import * as schema from './schema.pg';

/**
 * Two app instances: each its own pool and its own bus, one database (the test file's, opened as
 * the domain tests open it, so its debates come from the shared factories).
 */
let remove: () => Promise<void>;
let second: AppDatabase;
let a: Postgres;
let b: Postgres;
let busA: PgEventBus;
let busB: PgEventBus;
const errors: unknown[] = [];

beforeAll(async () => {
	remove = await openTestDatabase();
	second = await openSecondInstance();
	a = appDatabase().postgres!;
	b = second.postgres!;
	const url = a.pool.options.connectionString!;
	busA = new PgEventBus(a.db, url, (error) => errors.push(error));
	busB = new PgEventBus(b.db, url, (error) => errors.push(error));
	await Promise.all([busA.start(), busB.start()]);
});
afterAll(async () => {
	await busA?.close();
	await busB?.close();
	await second?.close();
	await remove?.();
});

/** A new debate and the id of the last event its set-up logged, from which a test listens. */
async function makeDebate(): Promise<{ debateId: number; setUp: number }> {
	const { debate } = await makeRoom();
	return { debateId: debate.id, setUp: await lastLogged(debate.id) };
}

/** The debate's newest logged event id (0 when none). */
async function lastLogged(debateId: number): Promise<number> {
	const [row] = await a.db
		.select({ id: max(schema.events.id) })
		.from(schema.events)
		.where(eq(schema.events.debateId, debateId));
	return row?.id ?? 0;
}

/** Collects what a bus hands one listener, and waits until it has `n` events. */
function collect(bus: PgEventBus, debateId: number, after = 0) {
	const seen: BusEvent[] = [];
	const waiters: (() => void)[] = [];
	const stop = bus.subscribe(debateId, after, (event) => {
		seen.push(event);
		waiters.splice(0).forEach((wake) => wake());
	});
	const until = async (n: number, ms = 5_000) => {
		const deadline = Date.now() + ms;
		while (seen.length < n) {
			if (Date.now() > deadline) throw new Error(`heard ${seen.length} of ${n} events`);
			await new Promise<void>((wake) => {
				waiters.push(wake);
				setTimeout(wake, 50);
			});
		}
		return seen;
	};
	return { seen, until, stop };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('events across two instances', () => {
	it('an event committed through A reaches a listener on B, with its id and payload', async () => {
		const { debateId, setUp } = await makeDebate();
		const onB = collect(busB, debateId, setUp);
		const logged = await changeWithEvents(a.db, debateId, (_tx, emit) =>
			emit('post', { postId: 7 })
		);
		const [heard] = await onB.until(1);
		onB.stop();
		expect(heard).toEqual({ id: logged.id, type: 'post', payload: { postId: 7 } });
	});

	it('is heard only after commit, and never for a change that rolled back', async () => {
		const { debateId, setUp } = await makeDebate();
		const onB = collect(busB, debateId, setUp);
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const committing = changeWithEvents(a.db, debateId, async (_tx, emit) => {
			await emit('phase', { phase: 'rebuttal' });
			await gate;
		});
		await pause(300);
		expect(onB.seen).toEqual([]);
		release();
		await committing;
		await onB.until(1);
		await expect(
			changeWithEvents(a.db, debateId, async (_tx, emit) => {
				await emit('post', { postId: 1 });
				throw new Error('refused');
			})
		).rejects.toThrow('refused');
		await changeWithEvents(a.db, debateId, (_tx, emit) => emit('post', { postId: 2 }));
		const seen = await onB.until(2);
		onB.stop();
		expect(seen.map((event) => event.payload)).toEqual([{ phase: 'rebuttal' }, { postId: 2 }]);
		const rows = await b.db.$count(schema.events);
		expect(rows).toBeGreaterThanOrEqual(2);
	});

	it('replays from the table: a late listener on B gets every event after its last id', async () => {
		const { debateId, setUp } = await makeDebate();
		const first = await changeWithEvents(a.db, debateId, async (_tx, emit) => {
			const one = await emit('post', { n: 1 });
			await emit('post', { n: 2 });
			return one;
		});
		const fromStart = collect(busB, debateId, setUp);
		const afterFirst = collect(busB, debateId, first.id);
		await changeWithEvents(a.db, debateId, (_tx, emit) => emit('post', { n: 3 }));
		expect((await fromStart.until(3)).map((e) => e.payload)).toEqual([
			{ n: 1 },
			{ n: 2 },
			{ n: 3 }
		]);
		expect((await afterFirst.until(2)).map((e) => e.payload)).toEqual([{ n: 2 }, { n: 3 }]);
		fromStart.stop();
		afterFirst.stop();
	});

	it('two instances writing one debate at once: no listener skips the one that committed later', async () => {
		const { debateId, setUp } = await makeDebate();
		const onA = collect(busA, debateId, setUp);
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		// A takes the first id and holds its transaction open; B writes meanwhile.
		const slow = changeWithEvents(a.db, debateId, async (_tx, emit) => {
			const event = await emit('post', { from: 'A' });
			await gate;
			return event;
		});
		await pause(200);
		const fast = changeWithEvents(b.db, debateId, (_tx, emit) => emit('post', { from: 'B' }));
		await pause(300);
		release();
		const [fromA, fromB] = await Promise.all([slow, fast]);
		expect(fromB.id).toBeGreaterThan(fromA.id);
		const seen = await onA.until(2);
		onA.stop();
		expect(seen.map((event) => event.id)).toEqual([fromA.id, fromB.id]);
	});

	it('a dropped listening connection reconnects and catches up on what it missed', async () => {
		const { debateId, setUp } = await makeDebate();
		const onB = collect(busB, debateId, setUp);
		errors.length = 0;
		await a.pool.query(
			`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
			 WHERE query LIKE 'LISTEN%' AND datname = current_database()`
		);
		await changeWithEvents(a.db, debateId, (_tx, emit) => emit('post', { during: 'outage' }));
		const seen = await onB.until(1);
		onB.stop();
		expect(seen[0]!.payload).toEqual({ during: 'outage' });
	});

	it('a transient event (presence) reaches listeners on both instances and is not logged', async () => {
		const { debateId, setUp } = await makeDebate();
		const onA = collect(busA, debateId, setUp);
		const onB = collect(busB, debateId, setUp);
		await busA.broadcast(debateId, 'presence', { count: 2 });
		const expected = [{ id: null, type: 'presence', payload: { count: 2 } }];
		expect(await onA.until(1)).toEqual(expected);
		expect(await onB.until(1)).toEqual(expected);
		onA.stop();
		onB.stop();
		// Nothing logged beyond the set-up.
		expect(await lastLogged(debateId)).toBe(setUp);
		await expect(busA.broadcast(debateId, 'presence', 'x'.repeat(8_000))).rejects.toThrow(
			/too large for NOTIFY/
		);
	});

	it('catches up a long gap in batches and fans one read out to 1,000 listeners', async () => {
		const { debateId, setUp } = await makeDebate();
		const backlog = Array.from({ length: 1_200 }, (_, n) => ({
			debateId,
			type: 'post',
			payload: { n },
			createdAt: Date.now()
		}));
		await a.db.insert(schema.events).values(backlog);
		const late = collect(busB, debateId, setUp);
		const seen = await late.until(1_200);
		late.stop();
		expect(seen.map((event) => (event.payload as { n: number }).n)).toEqual(
			backlog.map((row) => row.payload.n)
		);

		const last = seen[seen.length - 1]!.id!;
		const crowd = Array.from({ length: 1_000 }, () => collect(busB, debateId, last));
		const logged = await changeWithEvents(a.db, debateId, (_tx, emit) =>
			emit('post', { n: 'new' })
		);
		for (const viewer of crowd) expect(await viewer.until(1)).toEqual([logged]);
		crowd.forEach((viewer) => viewer.stop());
	});
});
