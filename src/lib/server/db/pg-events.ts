/**
 * Live events across app instances on one PostgreSQL (issue 18): the `events` table stays the
 * log every stream replays from, and LISTEN/NOTIFY only says "debate d has new events", so an
 * instance that missed a notification (its listening connection dropped) loses nothing: it
 * reads the table from where its listeners are.
 *
 * - Publishing: `changeWithEvents` appends events in the transaction of the change they report
 *   and calls pg_notify in it too. PostgreSQL delivers a notification only when its transaction
 *   commits, in commit order, and never for one that rolled back.
 * - Order: ids come from a sequence, taken at insert, so two transactions in one debate could
 *   commit out of id order; a listener that had seen id 11 would then skip 10 for good. Each
 *   append first takes a per-debate transaction lock, so within a debate ids commit in order
 *   and "every event after my last id" is complete. Different debates never wait for each other.
 * - Subscribing: each instance holds one listening connection (not a pooled one: LISTEN belongs
 *   to a session) and, per debate with local listeners, reads new rows once and hands them to
 *   every listener, so a room of 1,000 streams costs one query per notification, not 1,000.
 * - Transient events (presence) are not logged: `broadcast` sends them whole in the NOTIFY
 *   payload, and a listener that was away simply misses them. A type given a `handle`r (each
 *   instance's presence figure) goes to it instead, and `tell` reaches this instance alone.
 */
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import pg from 'pg';
import type { PgDb } from './postgres';
import { events } from './schema.pg';

export const EVENTS_CHANNEL = 'standpoint_events';
/** First key of the two-key advisory lock, so event locks cannot collide with other locks. */
const EVENT_LOCK_SPACE = 1_801_819;
/** Rows read per query when catching up a long gap; the loop continues until none are left. */
const BATCH = 500;
const RECONNECT_MS = 500;

export interface LoggedEvent {
	id: number;
	type: string;
	payload: unknown;
}

export type PgTx = Parameters<Parameters<PgDb['transaction']>[0]>[0];
export type PgEmit = (type: string, payload: unknown) => Promise<LoggedEvent>;

/** Appends one event inside `tx`; see the module comment for the lock and the notification. */
export async function appendEvent(
	tx: PgTx,
	debateId: number,
	type: string,
	payload: unknown
): Promise<LoggedEvent> {
	await tx.execute(sql`SELECT pg_advisory_xact_lock(${EVENT_LOCK_SPACE}, ${debateId})`);
	const [row] = await tx
		.insert(events)
		.values({ debateId, type, payload, createdAt: Date.now() })
		.returning({ id: events.id });
	await tx.execute(sql`SELECT pg_notify(${EVENTS_CHANNEL}, ${String(debateId)})`);
	return { id: row!.id, type, payload };
}

/** Runs `run` in a transaction whose `emit` logs events that are heard only once it commits. */
export function changeWithEvents<T>(
	db: PgDb,
	debateId: number,
	run: (tx: PgTx, emit: PgEmit) => Promise<T>
): Promise<T> {
	return db.transaction((tx) =>
		run(tx, (type, payload) => appendEvent(tx, debateId, type, payload))
	);
}

/** A logged event, or a transient one (presence) with a null id: never logged, never replayed. */
export type BusEvent = LoggedEvent | { id: null; type: string; payload: unknown };
type Listener = (event: BusEvent) => void;

/** PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more; transient events stay far below. */
const MAX_TRANSIENT_BYTES = 7_000;

interface Subscriber {
	after: number;
	listener: Listener;
}

interface Room {
	subscribers: Set<Subscriber>;
	reading: boolean;
	/** A notification came while reading: read again before stopping. */
	again: boolean;
}

/** One instance's side of the bus: a listening connection and the rooms it has listeners for. */
export class PgEventBus {
	private client: pg.Client | null = null;
	private readonly rooms = new Map<number, Room>();
	private readonly handlers = new Map<string, (debateId: number, payload: unknown) => void>();
	private closed = false;
	private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
	private started: Promise<void> | null = null;

	constructor(
		private readonly db: PgDb,
		private readonly url: string,
		private readonly onError: (error: unknown) => void = () => {}
	) {}

	/** Connects the listening session; resolves once LISTEN is in place. */
	start(): Promise<void> {
		this.started ??= this.connect();
		return this.started;
	}

	private async connect(): Promise<void> {
		const client = new pg.Client({ connectionString: this.url });
		client.on('notification', (message) => {
			if (message.channel !== EVENTS_CHANNEL || !message.payload) return;
			// A bare number says "read the log of this debate"; JSON carries a transient event.
			const debateId = Number(message.payload);
			if (Number.isInteger(debateId)) this.read(debateId);
			else this.deliverTransient(message.payload);
		});
		// A dropped session (server restart, failover, terminated backend): connect again and
		// read every room from its listeners' last ids, which covers what was said meanwhile.
		const lost = (error?: unknown) => {
			if (this.client !== client) return;
			this.client = null;
			if (error) this.onError(error);
			client.end().catch(() => {});
			this.scheduleReconnect();
		};
		client.on('error', lost);
		client.on('end', () => lost());
		await client.connect();
		await client.query(`LISTEN ${EVENTS_CHANNEL}`);
		if (this.closed) {
			await client.end();
			return;
		}
		this.client = client;
		for (const debateId of this.rooms.keys()) this.read(debateId);
	}

	private scheduleReconnect(): void {
		if (this.closed || this.reconnectTimer) return;
		this.reconnectTimer = setTimeout(() => {
			this.reconnectTimer = null;
			this.connect().catch((error) => {
				this.onError(error);
				this.scheduleReconnect();
			});
		}, RECONNECT_MS);
	}

	/**
	 * Hands `listener` every event of the debate after `afterId` (the replay, from the table),
	 * then each new one as it commits, in id order, each once. Returns the unsubscribe.
	 */
	subscribe(debateId: number, afterId: number, listener: Listener): () => void {
		let room = this.rooms.get(debateId);
		if (!room)
			this.rooms.set(debateId, (room = { subscribers: new Set(), reading: false, again: false }));
		const subscriber: Subscriber = { after: afterId, listener };
		room.subscribers.add(subscriber);
		this.read(debateId);
		return () => {
			room.subscribers.delete(subscriber);
			if (room.subscribers.size === 0 && this.rooms.get(debateId) === room) {
				this.rooms.delete(debateId);
			}
		};
	}

	/**
	 * Sends an event that is not logged (presence counts) to the debate's listeners on every
	 * instance, this one included. A listener that was not connected when it was sent never
	 * hears it, which is right for a count that the next change replaces.
	 */
	async broadcast(debateId: number, type: string, payload: unknown): Promise<void> {
		const message = JSON.stringify({ debateId, type, payload });
		if (Buffer.byteLength(message) > MAX_TRANSIENT_BYTES) {
			throw new Error(`A transient ${type} event is too large for NOTIFY: log it instead.`);
		}
		await this.db.execute(sql`SELECT pg_notify(${EVENTS_CHANNEL}, ${message})`);
	}

	/**
	 * Transient events of `type` go to `handler` instead of the room's listeners, in every
	 * debate, listened to here or not: presence keeps each instance's figure for every room.
	 */
	handle(type: string, handler: (debateId: number, payload: unknown) => void): void {
		this.handlers.set(type, handler);
	}

	private deliverTransient(message: string): void {
		let parsed: { debateId: number; type: string; payload: unknown };
		try {
			parsed = JSON.parse(message);
		} catch (error) {
			this.onError(error);
			return;
		}
		const handler = this.handlers.get(parsed.type);
		if (!handler) this.tell(parsed.debateId, parsed.type, parsed.payload);
		else {
			try {
				handler(parsed.debateId, parsed.payload);
			} catch (error) {
				this.onError(error);
			}
		}
	}

	/**
	 * Hands a transient event to this instance's listeners of the debate alone. One object for
	 * them all, so its frame is encoded once.
	 */
	tell(debateId: number, type: string, payload: unknown): void {
		const room = this.rooms.get(debateId);
		if (!room) return;
		const event: BusEvent = { id: null, type, payload };
		for (const { listener } of room.subscribers) {
			try {
				listener(event);
			} catch (error) {
				this.onError(error);
			}
		}
	}

	/** Reads the debate's new rows once for all its listeners; one read at a time per room. */
	private read(debateId: number): void {
		const room = this.rooms.get(debateId);
		if (!room) return;
		if (room.reading) {
			room.again = true;
			return;
		}
		room.reading = true;
		this.drain(debateId, room)
			.catch(this.onError)
			.finally(() => {
				room.reading = false;
			});
	}

	private async drain(debateId: number, room: Room): Promise<void> {
		do {
			room.again = false;
			if (room.subscribers.size === 0) return;
			let from = Infinity;
			for (const subscriber of room.subscribers) from = Math.min(from, subscriber.after);
			const rows = await this.db
				.select({ id: events.id, type: events.type, payload: events.payload })
				.from(events)
				.where(and(eq(events.debateId, debateId), gt(events.id, from)))
				.orderBy(asc(events.id))
				.limit(BATCH);
			for (const row of rows) {
				for (const subscriber of room.subscribers) {
					if (row.id <= subscriber.after) continue;
					subscriber.after = row.id;
					try {
						subscriber.listener(row);
					} catch (error) {
						// One broken stream must not keep the others from hearing the event.
						this.onError(error);
					}
				}
			}
			if (rows.length === BATCH) room.again = true;
		} while (room.again);
	}

	async close(): Promise<void> {
		this.closed = true;
		if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
		const client = this.client;
		this.client = null;
		this.rooms.clear();
		await client?.end();
	}
}
