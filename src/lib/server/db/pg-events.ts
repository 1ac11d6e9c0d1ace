/**
 * Live events across app instances on one PostgreSQL (issue 18), the NOTIFY transport of the
 * event bus (event-bus.ts holds the logic both transports share):
 *
 * - Publishing: `changeWithEvents` appends events in the transaction of the change they report
 *   and calls pg_notify in it too. PostgreSQL delivers a notification only when its transaction
 *   commits, in commit order, and never for one that rolled back.
 * - Order: ids come from a sequence, taken at insert, so two transactions in one debate could
 *   commit out of id order; a listener that had seen id 11 would then skip 10 for good. Each
 *   append first takes a per-debate transaction lock, so within a debate ids commit in order
 *   and "every event after my last id" is complete. Different debates never wait for each other.
 * - Hearing: each instance holds one listening connection (not a pooled one: LISTEN belongs to
 *   a session); a dropped one reconnects, and the bus then reads every room afresh.
 * - Transient events travel whole in the NOTIFY payload (under its 8,000-byte limit).
 */
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import pg from 'pg';
import type { PgDb } from './postgres';
import { events } from './schema.pg';
import {
	EventBus,
	type BusTransport,
	type Hearing,
	type LoggedEvent,
	type TransientMessage
} from './event-bus';

export type { BusEvent, LoggedEvent } from './event-bus';

export const EVENTS_CHANNEL = 'standpoint_events';
/** First key of the two-key advisory lock, so event locks cannot collide with other locks. */
const EVENT_LOCK_SPACE = 1_801_819;
const RECONNECT_MS = 500;

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

/** PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more; transient events stay far below. */
const MAX_TRANSIENT_BYTES = 7_000;

/** One instance's listening session, reconnected when it drops. */
class NotifyTransport implements BusTransport {
	readonly shared = true;
	private client: pg.Client | null = null;
	private hear: Hearing | null = null;
	private closed = false;
	private reconnectTimer: ReturnType<typeof setTimeout> | null = null;

	constructor(
		private readonly db: PgDb,
		private readonly url: string,
		private readonly onError: (error: unknown) => void
	) {}

	start(hear: Hearing): Promise<void> {
		this.hear = hear;
		return this.connect();
	}

	private async connect(): Promise<void> {
		const client = new pg.Client({ connectionString: this.url });
		client.on('notification', (message) => {
			if (message.channel !== EVENTS_CHANNEL || !message.payload) return;
			// A bare number says "read the log of this debate"; JSON carries a transient event.
			const debateId = Number(message.payload);
			if (Number.isInteger(debateId)) this.hear?.rows(debateId);
			else this.transient(message.payload);
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
		this.hear?.resync();
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

	private transient(text: string): void {
		try {
			this.hear?.transient(JSON.parse(text) as TransientMessage);
		} catch (error) {
			this.onError(error);
		}
	}

	async broadcast(message: TransientMessage): Promise<void> {
		const text = JSON.stringify(message);
		if (Buffer.byteLength(text) > MAX_TRANSIENT_BYTES) {
			throw new Error(`A transient ${message.type} event is too large for NOTIFY: log it instead.`);
		}
		await this.db.execute(sql`SELECT pg_notify(${EVENTS_CHANNEL}, ${text})`);
	}

	async close(): Promise<void> {
		this.closed = true;
		if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
		const client = this.client;
		this.client = null;
		await client?.end();
	}
}

/** The event bus of one instance on PostgreSQL: NOTIFY carries the word, the table the events. */
export class PgEventBus extends EventBus {
	constructor(db: PgDb, url: string, onError: (error: unknown) => void = () => {}) {
		const readRows = (debateId: number, after: number, limit: number): Promise<LoggedEvent[]> =>
			db
				.select({ id: events.id, type: events.type, payload: events.payload })
				.from(events)
				.where(and(eq(events.debateId, debateId), gt(events.id, after)))
				.orderBy(asc(events.id))
				.limit(limit);
		super(new NotifyTransport(db, url, onError), readRows, onError);
	}
}
