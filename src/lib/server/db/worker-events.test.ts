// The SQLite event bus as two cluster workers hold it: each its own connection to one file, its
// messages relayed to the other as the primary does (app/cluster.ts), here in memory. The
// journeys through real processes are tests/cluster.spec.ts.
import { and, asc, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppDatabase } from './app-database';
import { appDatabase, databasePath, openSqlite } from './index';
import { EventBus, type BusEvent } from './event-bus';
import { events } from './tables';
import { isBusMessage, WorkerTransport, type BusMessage, type Channel } from './worker-events';
import { makeRoom } from '../testing/factories';
import { useTempDatabase } from '../testing/temp-db';

let remove: () => void;
let second: AppDatabase;

beforeAll(() => {
	remove = useTempDatabase();
	second = openSqlite(databasePath());
});
afterAll(async () => {
	await second?.close();
	remove?.();
});

/** Channels to a primary that relays each message to every other worker, as a copy. */
function primary(workers: number): Channel[] {
	const hearers: (((message: unknown) => void) | null)[] = Array(workers).fill(null);
	return hearers.map((_, k) => ({
		send: (message: BusMessage) => {
			hearers.forEach((hear, j) => j !== k && hear?.(structuredClone(message)));
		},
		listen: (hear) => {
			hearers[k] = hear;
			return () => (hearers[k] = null);
		}
	}));
}

function busOn(database: AppDatabase, channel: Channel | null): EventBus {
	const rows = (debateId: number, after: number, limit: number) =>
		database
			.db()
			.select({ id: events.id, type: events.type, payload: events.payload })
			.from(events)
			.where(and(eq(events.debateId, debateId), gt(events.id, after)))
			.orderBy(asc(events.id))
			.limit(limit);
	const bus = new EventBus(new WorkerTransport(undefined, channel), rows);
	void bus.start();
	return bus;
}

async function logged(database: AppDatabase, debateId: number, n: number): Promise<number> {
	const [row] = await database.transaction((tx) =>
		tx
			.insert(events)
			.values({ debateId, type: 'post', payload: { n }, createdAt: Date.now() })
			.returning({ id: events.id })
	);
	return row!.id;
}

describe('live events between cluster workers on one SQLite file', () => {
	it('a change committed on one worker reaches a listener on the other, from the table', async () => {
		const [a, b] = primary(2) as [Channel, Channel];
		const busA = busOn(appDatabase(), a);
		const busB = busOn(second, b);
		const { debate } = await makeRoom();
		const start = await logged(appDatabase(), debate.id, 0);
		const heard: BusEvent[] = [];
		const stop = busB.subscribe(debate.id, start, (event) => heard.push(event));
		await logged(appDatabase(), debate.id, 1);
		busA.announce([debate.id]);
		await vi.waitFor(() => expect(heard.map((e) => e.payload)).toEqual([{ n: 1 }]));
		// A word that never came (a worker restarting) is made up by the next one.
		await logged(second, debate.id, 2);
		await logged(appDatabase(), debate.id, 3);
		busA.announce([debate.id]);
		await vi.waitFor(() => expect(heard).toHaveLength(3));
		expect(heard.map((e) => e.payload)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
		stop();
		await busA.close();
		await busB.close();
	});

	it('transient events travel whole to the other worker, and handlers take their type', async () => {
		const [a, b] = primary(2) as [Channel, Channel];
		const busA = busOn(appDatabase(), a);
		const busB = busOn(second, b);
		const figures: unknown[] = [];
		busB.handle('presence-figure', (_debateId, figure) => figures.push(figure));
		const heard: BusEvent[] = [];
		const stop = busB.subscribe(7, Number.MAX_SAFE_INTEGER, (event) => heard.push(event));
		await busA.broadcast(7, 'member', { closed: true });
		await busA.broadcast(7, 'presence-figure', { i: 'a', u: [1], n: 0 });
		expect(heard).toEqual([{ id: null, type: 'member', payload: { closed: true } }]);
		expect(figures).toEqual([{ i: 'a', u: [1], n: 0 }]);
		expect(busA.shared && busB.shared).toBe(true);
		stop();
		await busA.close();
		await busB.close();
	});

	it('outside a cluster the bus is this process alone, and tells no one else', async () => {
		const lone = new WorkerTransport();
		expect(lone.shared).toBe(false);
		const bus = busOn(appDatabase(), null);
		const heard: BusEvent[] = [];
		const stop = bus.subscribe(8, 0, (event) => heard.push(event));
		await bus.broadcast(8, 'member', { closed: true });
		expect(heard).toHaveLength(1);
		expect(isBusMessage({ kind: 'other' })).toBe(false);
		stop();
		await bus.close();
	});
});
