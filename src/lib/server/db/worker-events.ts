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

/** The IPC channel to the primary, as the transport uses it (tests link two in memory). */
export interface Channel {
	send(message: BusMessage): void;
	listen(hear: (message: unknown) => void): () => void;
}

/** This worker's channel to the primary; null outside a cluster (a plain server, a test). */
function primaryChannel(onError: (error: unknown) => void): Channel | null {
	if (!cluster.isWorker) return null;
	return {
		send: (message) => {
			// Not connected: the primary is gone and this worker is about to exit.
			if (!process.connected) return;
			process.send!(message, undefined, {}, (error) => {
				if (error) onError(error);
			});
		},
		listen: (hear) => {
			process.on('message', hear);
			return () => process.off('message', hear);
		}
	};
}

export class WorkerTransport implements BusTransport {
	/** Only with other processes to tell does presence share figures. */
	readonly shared: boolean;
	private readonly channel: Channel | null;
	private hear: Hearing | null = null;
	private stop = () => {};

	constructor(onError: (error: unknown) => void = () => {}, channel?: Channel | null) {
		this.channel = channel === undefined ? primaryChannel(onError) : channel;
		this.shared = this.channel !== null;
	}

	async start(hear: Hearing): Promise<void> {
		this.hear = hear;
		this.stop =
			this.channel?.listen((message) => {
				if (!isBusMessage(message)) return;
				if ('rows' in message) for (const debateId of message.rows) hear.rows(debateId);
				else hear.transient(message.transient);
			}) ?? (() => {});
	}

	announce(debateIds: number[]): void {
		for (const debateId of debateIds) this.hear?.rows(debateId);
		this.channel?.send({ kind: BUS_MESSAGE, rows: debateIds });
	}

	async broadcast(message: TransientMessage): Promise<void> {
		this.hear?.transient(message);
		this.channel?.send({ kind: BUS_MESSAGE, transient: message });
	}

	async close(): Promise<void> {
		this.stop();
		this.hear = null;
	}
}
