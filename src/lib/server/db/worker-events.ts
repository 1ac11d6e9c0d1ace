/**
 * The event bus's transport on SQLite (event-bus.ts): the word "debate d has new events", and
 * transient events whole, reach this process's own rooms at once and, when the server runs as a
 * cluster (app/cluster.ts), every other worker through the primary, which relays each message
 * to the workers but the sender. Each worker then reads the table after its listeners' ids, so
 * a lost word loses no logged event: the room's next word, or a stream's reconnect, reads it.
 */
import cluster from 'node:cluster';
import type { BusTransport, Hearing, TransientMessage } from './event-bus';

/** Marks the bus's messages among whatever else travels on the IPC channel. */
export const BUS_MESSAGE = 'standpoint-bus';

export type BusMessage =
	| { kind: typeof BUS_MESSAGE; rows: number[] }
	| { kind: typeof BUS_MESSAGE; transient: TransientMessage };

export function isBusMessage(message: unknown): message is BusMessage {
	return (
		typeof message === 'object' &&
		message !== null &&
		(message as { kind?: unknown }).kind === BUS_MESSAGE
	);
}

export class WorkerTransport implements BusTransport {
	/** Only a cluster worker has other processes to tell (a plain server or a test has none). */
	readonly shared = cluster.isWorker;
	private hear: Hearing | null = null;

	constructor(private readonly onError: (error: unknown) => void = () => {}) {}

	private readonly onMessage = (message: unknown) => {
		if (!isBusMessage(message) || !this.hear) return;
		if ('rows' in message) for (const debateId of message.rows) this.hear.rows(debateId);
		else this.hear.transient(message.transient);
	};

	async start(hear: Hearing): Promise<void> {
		this.hear = hear;
		if (this.shared) process.on('message', this.onMessage);
	}

	announce(debateIds: number[]): void {
		for (const debateId of debateIds) this.hear?.rows(debateId);
		this.send({ kind: BUS_MESSAGE, rows: debateIds });
	}

	async broadcast(message: TransientMessage): Promise<void> {
		this.hear?.transient(message);
		this.send({ kind: BUS_MESSAGE, transient: message });
	}

	private send(message: BusMessage): void {
		// Not connected: the primary is gone and this worker is about to exit.
		if (!this.shared || !process.connected) return;
		process.send!(message, undefined, {}, (error) => {
			if (error) this.onError(error);
		});
	}

	async close(): Promise<void> {
		process.off('message', this.onMessage);
		this.hear = null;
	}
}
