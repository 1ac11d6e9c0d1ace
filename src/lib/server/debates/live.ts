/**
 * The live room: every change to a debate is written to the append-only `events` table in the
 * same transaction as the change, and heard by the room's streams only once it has committed.
 * A client that reconnects replays from its `Last-Event-ID`, so nothing between a drop and a
 * reconnect is lost. Payloads carry ids and counts, never post text or names: each page fetches
 * what it may see through its own guarded load, so one broadcast serves teacher and students.
 *
 * Fan-out goes through one event bus per database (db/event-bus.ts): after a commit the bus
 * says "debate d has new events" and each process reads the table after its listeners' ids, so
 * the table stays the one source of every stream. The word travels by LISTEN/NOTIFY between
 * instances on PostgreSQL (db/pg-events.ts) and by cluster IPC between the workers of one
 * SQLite server (db/worker-events.ts). Presence (who is in the room) is room-wide on both:
 * presence.ts sums every process's viewers.
 */
import { and, asc, eq, gt, max, sql } from 'drizzle-orm';
import { appDatabase, dialect, transaction, type Db } from '../db';
import type { AppDatabase } from '../db/app-database';
import { EventBus, type BusEvent, type LoggedEvent } from '../db/event-bus';
import { appendEvent, PgEventBus, type PgTx } from '../db/pg-events';
import { WorkerTransport } from '../db/worker-events';
import { preparedFor } from '../db/prepared';
import { events } from '../db/tables';
import { presenceOnBus, type RoomPresence } from './presence';
import type { Viewer } from './presence-tally';

export interface LiveEvent {
	/** Null for transient events (presence), which are not logged and not replayed. */
	id: number | null;
	type: string;
	payload: unknown;
}

/** Receives each event's SSE frame, encoded once and shared by every listener. */
type Listener = (frame: Uint8Array, event: LiveEvent) => void;
const encoder = new TextEncoder();

/** One SSE frame; serialised once per event, whatever the number of listeners. */
export function frame(event: LiveEvent): string {
	const id = event.id === null ? '' : `id: ${event.id}\n`;
	return `${id}event: ${event.type}\ndata: ${JSON.stringify(event.payload)}\n\n`;
}

const prepared = preparedFor((database: Db) => ({
	batch: database
		.select({ id: events.id, type: events.type, payload: events.payload })
		.from(events)
		.where(
			and(eq(events.debateId, sql.placeholder('debateId')), gt(events.id, sql.placeholder('after')))
		)
		.orderBy(asc(events.id))
		.limit(sql.placeholder('limit'))
		.prepare(),
	last: database
		.select({ id: max(events.id) })
		.from(events)
		.where(eq(events.debateId, sql.placeholder('debateId')))
		.prepare()
}));

export type Emit = (type: string, payload: unknown) => Promise<void>;
/** Like `Emit`, for a change that reaches several rooms at once (a debate and its groups). */
export type EmitIn = (debateId: number, type: string, payload: unknown) => Promise<void>;

/**
 * Runs `change` in a transaction with an `emit` that logs events in it; the events reach the
 * listeners only once the transaction has committed, so nobody hears of a change that rolled
 * back.
 */
export function change<T>(debateId: number, run: (tx: Db, emit: Emit) => Promise<T>): Promise<T> {
	return changeRooms((tx, emitIn) => run(tx, (type, payload) => emitIn(debateId, type, payload)));
}

/** `change` across rooms: one transaction, each room's events in its own log. */
export async function changeRooms<T>(run: (tx: Db, emitIn: EmitIn) => Promise<T>): Promise<T> {
	if (dialect() === 'postgres') {
		// pg_notify in the transaction: PostgreSQL delivers it at commit, to every instance.
		return transaction((tx) =>
			run(tx, async (debateId, type, payload) => {
				await appendEvent(tx as unknown as PgTx, debateId, type, payload);
			})
		);
	}
	const logged = new Set<number>();
	const result = await transaction((tx) =>
		run(tx, async (debateId, type, payload) => {
			await tx.insert(events).values({ debateId, type, payload, createdAt: Date.now() });
			logged.add(debateId);
		})
	);
	// Committed: every worker's streams of these rooms may read the new rows now.
	busOf(appDatabase()).announce([...logged]);
	return result;
}

/**
 * Tells the open streams of rooms just deleted that they are gone. Their logged events went
 * with them (on PostgreSQL the bus reads the table, so a logged event would reach nobody): the
 * event travels whole, not logged, to every instance. Call it after the change has committed.
 */
export async function announceClosed(debateIds: number[]): Promise<void> {
	const database = appDatabase();
	const event = { id: null, type: 'member', payload: { closed: true } } as const;
	for (const debateId of debateIds) {
		await busOf(database).broadcast(debateId, event.type, event.payload);
	}
}

/** Logged events of a debate after `afterId`, oldest first. */
export async function replay(debateId: number, afterId: number): Promise<LiveEvent[]> {
	// One statement for a replay and for the bus's batches: a replay's limit is "all of them".
	return prepared().batch.execute({ debateId, after: afterId, limit: Number.MAX_SAFE_INTEGER });
}

/** The newest event id of a debate (0 when none): where a fresh page starts listening. */
export async function lastEventId(debateId: number): Promise<number> {
	const [row] = await prepared().last.execute({ debateId });
	return row?.id ?? 0;
}

/** Each database's bus, started on first use and ended when the database closes. */
const buses = new WeakMap<AppDatabase, EventBus>();
const busError = (error: unknown) => console.error('Live events:', error);

function busOf(database: AppDatabase): EventBus {
	let bus = buses.get(database);
	if (bus) return bus;
	bus = database.postgres ? pgBus(database) : sqliteBus();
	buses.set(database, bus);
	database.onClose(() => bus.close());
	bus.start().catch((error) => console.error('Live events: the bus did not start', error));
	return bus;
}

function pgBus(database: AppDatabase): EventBus {
	const postgres = database.postgres!;
	const url = postgres.pool.options.connectionString;
	if (!url) throw new Error('The PostgreSQL pool has no connection string to listen with.');
	return new PgEventBus(postgres.db, url, busError);
}

/** SQLite: the rows read outside any transaction (the bus reads after the commit). */
function sqliteBus(): EventBus {
	const rows = (debateId: number, after: number, limit: number) =>
		prepared().batch.execute({ debateId, after, limit }) as Promise<LoggedEvent[]>;
	return new EventBus(new WorkerTransport(busError), rows, busError);
}

/** Frames of the bus's events, logged or transient, encoded once for all of a room's listeners. */
const frames = new WeakMap<BusEvent, Uint8Array>();

function frameOf(event: BusEvent): Uint8Array {
	let bytes = frames.get(event);
	if (!bytes) frames.set(event, (bytes = encoder.encode(frame(event))));
	return bytes;
}

/**
 * Listens to a debate: every logged event after `afterId` (the replay), then each new one, in
 * id order, each once, then transient ones (presence) while connected. The viewer (a user id)
 * counts once in presence however many streams they open. Returns the function that stops.
 */
export function subscribe(
	debateId: number,
	afterId: number,
	listener: Listener,
	viewer: Viewer = Symbol('viewer')
): () => void {
	const database = appDatabase();
	// The bus replays from the table and then follows it, presence included.
	const stop = busOf(database).subscribe(debateId, afterId, (event) =>
		listener(frameOf(event), event)
	);
	const room = presenceOf(database);
	room.join(debateId, viewer);
	return () => {
		stop();
		room.leave(debateId, viewer);
	};
}

/** Each database's presence: the viewers of every process that shares its bus. */
const presences = new WeakMap<AppDatabase, RoomPresence>();

function presenceOf(database: AppDatabase): RoomPresence {
	const known = presences.get(database);
	if (known) return known;
	const room = presenceOnBus(busOf(database));
	presences.set(database, room);
	database.onClose(async () => room.close());
	return room;
}

/** Distinct viewers of the room (people, not streams, so tabs cannot fake it). */
export function presentCount(debateId: number): number {
	return presenceOf(appDatabase()).count(debateId);
}

/** Open event streams one user may hold across every room: tabs, not thousands. */
export const MAX_STREAMS_PER_USER = 8;
const streamsByUser = new Map<number, number>();

/** Takes one of the user's stream places; null when all are in use, else the release. */
export function openStream(userId: number): (() => void) | null {
	const open = streamsByUser.get(userId) ?? 0;
	if (open >= MAX_STREAMS_PER_USER) return null;
	streamsByUser.set(userId, open + 1);
	let released = false;
	return () => {
		if (released) return;
		released = true;
		const left = (streamsByUser.get(userId) ?? 1) - 1;
		if (left <= 0) streamsByUser.delete(userId);
		else streamsByUser.set(userId, left);
	};
}

/** Set once the server is shutting down: no new stream opens after it. */
let closing = false;
const streamEnders = new Set<() => void>();

export function isClosing(): boolean {
	return closing;
}

/** Registers how an open stream ends at shutdown; returns the function that unregisters it. */
export function onShutdown(end: () => void): () => void {
	streamEnders.add(end);
	return () => streamEnders.delete(end);
}

/**
 * Ends every open stream. adapter-node's `server.close()` waits for open connections, so an
 * event stream left open would hold shutdown until SHUTDOWN_TIMEOUT and then be cut without a
 * retry hint; ended here, each client is told when to reconnect and the server closes at once.
 */
export function endAllStreams(): void {
	closing = true;
	for (const end of [...streamEnders]) end();
	streamEnders.clear();
}
