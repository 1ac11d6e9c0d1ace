/**
 * The live room: every change to a debate is written to the append-only `events` table in the
 * same transaction as the change, then fanned out to the streams open in this process. A
 * client that reconnects replays from its `Last-Event-ID`, so nothing between a drop and a
 * reconnect is lost. Payloads carry ids and counts, never post text or names: each page reloads
 * what it may see through its own guarded load, so one broadcast serves teacher and students.
 */
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { db, type Db } from '../db';
import { preparedFor } from '../db/prepared';
import { events } from '../db/schema';

export interface LiveEvent {
	/** Null for transient events (presence), which are not logged and not replayed. */
	id: number | null;
	type: string;
	payload: unknown;
}

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Receives each event's SSE frame, encoded once and shared by every listener. */
type Listener = (frame: Uint8Array, event: LiveEvent) => void;
const encoder = new TextEncoder();

const listeners = new Map<number, Set<Listener>>();
/** Per debate: open streams per viewer. Presence counts viewers, not streams, so tabs cannot fake it. */
const presence = new Map<number, Map<number | symbol, number>>();
const presenceTimers = new Map<number, ReturnType<typeof setTimeout>>();
/** Presence is announced at most this often: 1,000 streams opening must not send 10⁶ frames. */
const PRESENCE_DEBOUNCE_MS = 250;

/** One SSE frame; serialised once per event, whatever the number of listeners. */
export function frame(event: LiveEvent): string {
	const id = event.id === null ? '' : `id: ${event.id}\n`;
	return `${id}event: ${event.type}\ndata: ${JSON.stringify(event.payload)}\n\n`;
}

function prepare(database: Db) {
	return {
		after: database
			.select({ id: events.id, type: events.type, payload: events.payload })
			.from(events)
			.where(
				and(
					eq(events.debateId, sql.placeholder('debateId')),
					gt(events.id, sql.placeholder('after'))
				)
			)
			.orderBy(asc(events.id))
			.prepare()
	};
}

const prepared = preparedFor(prepare);

export type Emit = (type: string, payload: unknown) => void;
/** Like `Emit`, for a change that reaches several rooms at once (a debate and its groups). */
export type EmitIn = (debateId: number, type: string, payload: unknown) => void;

/**
 * Runs `change` in a transaction with an `emit` that logs events in it; the events reach the
 * listeners only once the transaction has committed, so nobody hears of a change that rolled
 * back.
 */
export function change<T>(debateId: number, run: (tx: Tx, emit: Emit) => T): T {
	return changeRooms((tx, emitIn) => run(tx, (type, payload) => emitIn(debateId, type, payload)));
}

/** `change` across rooms: one transaction, each room's events in its own log. */
export function changeRooms<T>(run: (tx: Tx, emitIn: EmitIn) => T): T {
	const logged: { debateId: number; event: LiveEvent }[] = [];
	const result = db().transaction((tx) => {
		const emitIn: EmitIn = (debateId, type, payload) => {
			const row = tx
				.insert(events)
				.values({ debateId, type, payload, createdAt: Date.now() })
				.returning({ id: events.id })
				.get();
			logged.push({ debateId, event: { id: row.id, type, payload } });
		};
		return run(tx, emitIn);
	});
	for (const { debateId, event } of logged) publish(debateId, event);
	return result;
}

function publish(debateId: number, event: LiveEvent): void {
	const set = listeners.get(debateId);
	if (!set) return;
	const bytes = encoder.encode(frame(event));
	for (const listener of set) listener(bytes, event);
}

/** Logged events of a debate after `afterId`, oldest first. */
export function replay(debateId: number, afterId: number): LiveEvent[] {
	return prepared().after.all({ debateId, after: afterId });
}

/** The newest event id of a debate (0 when none): where a fresh page starts listening. */
export function lastEventId(debateId: number): number {
	const row = db()
		.select({ id: sql<number>`max(${events.id})` })
		.from(events)
		.where(eq(events.debateId, debateId))
		.get();
	return row?.id ?? 0;
}

/**
 * Listens to a debate; the viewer (a user id) counts once in presence however many streams they
 * open. Returns the function that stops listening.
 */
export function subscribe(
	debateId: number,
	listener: Listener,
	viewer: number | symbol = Symbol('viewer')
): () => void {
	let set = listeners.get(debateId);
	if (!set) listeners.set(debateId, (set = new Set()));
	set.add(listener);
	setPresence(debateId, viewer, 1);
	return () => {
		set.delete(listener);
		if (set.size === 0) listeners.delete(debateId);
		setPresence(debateId, viewer, -1);
	};
}

export function presentCount(debateId: number): number {
	return presence.get(debateId)?.size ?? 0;
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

function setPresence(debateId: number, viewer: number | symbol, delta: number): void {
	let viewers = presence.get(debateId);
	if (!viewers) presence.set(debateId, (viewers = new Map()));
	const count = (viewers.get(viewer) ?? 0) + delta;
	if (count <= 0) viewers.delete(viewer);
	else viewers.set(viewer, count);
	if (viewers.size === 0) presence.delete(debateId);
	if (presenceTimers.has(debateId)) return;
	presenceTimers.set(
		debateId,
		setTimeout(() => {
			presenceTimers.delete(debateId);
			publish(debateId, {
				id: null,
				type: 'presence',
				payload: { count: presentCount(debateId) }
			});
		}, PRESENCE_DEBOUNCE_MS)
	);
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
