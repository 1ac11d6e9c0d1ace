/**
 * Live events across app processes that share one database: the `events` table stays the log
 * every stream replays from, and a transport only says "debate d has new events", so a process
 * that missed a word (its connection dropped, it was busy) loses nothing: it reads the table
 * from where its listeners are. Two transports carry the word: PostgreSQL's LISTEN/NOTIFY
 * between instances (pg-events.ts), and cluster IPC between the workers of one SQLite server
 * (app/worker-events.ts). The logic of rooms, reads and transient events is written once, here.
 *
 * - Per debate with local listeners, new rows are read once and handed to every listener, so a
 *   room of 1,000 streams costs one query per word, not 1,000; a stream that subscribes gets
 *   the rows after its `afterId` (the replay) the same way, then each new one, in id order, once.
 * - Ids commit in order within a debate on both engines (SQLite has one writer at a time;
 *   PostgreSQL takes a per-debate lock, pg-events.ts), so "every event after my last id" is
 *   complete.
 * - Transient events (presence, "room closed") are not logged: they travel whole, and a listener
 *   that was away misses them. A type given a `handle`r (each process's presence figure) goes to
 *   it instead, and `tell` reaches this process alone.
 */

export interface LoggedEvent {
	id: number;
	type: string;
	payload: unknown;
}

/** A logged event, or a transient one (presence) with a null id: never logged, never replayed. */
export type BusEvent = LoggedEvent | { id: null; type: string; payload: unknown };
type Listener = (event: BusEvent) => void;

/** A transient event as it travels between processes. */
export interface TransientMessage {
	debateId: number;
	type: string;
	payload: unknown;
}

/** What a transport hands the bus. */
export interface Hearing {
	/** Debate `debateId` has new rows in the log. */
	rows(debateId: number): void;
	transient(message: TransientMessage): void;
	/** Words may have been lost (a reconnect): read every room from its listeners' ids. */
	resync(): void;
}

export interface BusTransport {
	/** True when other processes share the database through it (presence then shares figures). */
	readonly shared: boolean;
	start(hear: Hearing): Promise<void>;
	/**
	 * Tells every process, this one included, that the debates have new rows. Absent when the
	 * commit says it itself (PostgreSQL: the NOTIFY is in the transaction).
	 */
	announce?(debateIds: number[]): void;
	/** Sends a transient event to every process, this one included. */
	broadcast(message: TransientMessage): Promise<void>;
	close(): Promise<void>;
}

/** Reads at most `limit` logged events of a debate after `after`, oldest first. */
export type ReadRows = (debateId: number, after: number, limit: number) => Promise<LoggedEvent[]>;

/** Rows read per query when catching up a long gap; the loop continues until none are left. */
const BATCH = 500;

interface Subscriber {
	after: number;
	listener: Listener;
}

interface Room {
	subscribers: Set<Subscriber>;
	reading: boolean;
	/** A word came while reading: read again before stopping. */
	again: boolean;
}

/** One process's side of the bus: its transport and the rooms it has listeners for. */
export class EventBus {
	private readonly rooms = new Map<number, Room>();
	private readonly handlers = new Map<string, (debateId: number, payload: unknown) => void>();
	private started: Promise<void> | null = null;

	constructor(
		private readonly transport: BusTransport,
		private readonly readRows: ReadRows,
		private readonly onError: (error: unknown) => void = () => {}
	) {}

	get shared(): boolean {
		return this.transport.shared;
	}

	/** Starts hearing the transport; resolves once it is in place. */
	start(): Promise<void> {
		this.started ??= this.transport.start({
			rows: (debateId) => this.read(debateId),
			transient: (message) => this.deliverTransient(message),
			resync: () => {
				for (const debateId of this.rooms.keys()) this.read(debateId);
			}
		});
		return this.started;
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

	/** After a commit that logged events: every process reads them (see `BusTransport`). */
	announce(debateIds: number[]): void {
		if (debateIds.length > 0) this.transport.announce?.(debateIds);
	}

	/**
	 * Sends an event that is not logged (presence counts) to the debate's listeners in every
	 * process, this one included. A listener that was not connected when it was sent never
	 * hears it, which is right for a count that the next change replaces.
	 */
	broadcast(debateId: number, type: string, payload: unknown): Promise<void> {
		return this.transport.broadcast({ debateId, type, payload });
	}

	/**
	 * Transient events of `type` go to `handler` instead of the room's listeners, in every
	 * debate, listened to here or not: presence keeps each process's figure for every room.
	 */
	handle(type: string, handler: (debateId: number, payload: unknown) => void): void {
		this.handlers.set(type, handler);
	}

	private deliverTransient({ debateId, type, payload }: TransientMessage): void {
		const handler = this.handlers.get(type);
		if (!handler) return this.tell(debateId, type, payload);
		try {
			handler(debateId, payload);
		} catch (error) {
			this.onError(error);
		}
	}

	/**
	 * Hands a transient event to this process's listeners of the debate alone. One object for
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
			const rows = await this.readRows(debateId, from, BATCH);
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
		this.rooms.clear();
		await this.transport.close();
	}
}
