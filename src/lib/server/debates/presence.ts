/**
 * Presence: how many people are in a debate room, announced to the room's streams as a
 * transient `presence` event. A lone process (one SQLite server) counts its own streams. With
 * several (PostgreSQL instances, the workers of a SQLite cluster) each sends its figure for a
 * room (presence-tally.ts) on the event bus (NOTIFY, or IPC through the primary) whenever its
 * viewers change, and again every heartbeat while it has any; every instance sums the figures
 * it holds, so a viewer on A and one on B both see 2. A figure lives
 * `expiryMs` after it was sent: a killed instance's viewers drop out within expiry + heartbeat.
 */
import { randomBytes } from 'node:crypto';
import type { EventBus } from '../db/event-bus';
import { PresenceTally, type Figure, type Viewer } from './presence-tally';

export interface PresenceTiming {
	/** Announced at most this often: 1,000 streams opening must not send 10⁶ frames. */
	debounceMs: number;
	/** How often an instance repeats its figures while it has viewers. */
	heartbeatMs: number;
	/** How long a figure counts; over two heartbeats, so one lost NOTIFY drops nobody. */
	expiryMs: number;
}

export const PRESENCE_TIMING: PresenceTiming = {
	debounceMs: 250,
	heartbeatMs: 10_000,
	expiryMs: 25_000
};

/** The transient event an instance's figure travels in; only presence.ts hears it. */
export const FIGURE_EVENT = 'presence-figure';

export interface PresenceLinks {
	/** Tells this instance's streams of the room the count. */
	announce(debateId: number, count: number): void;
	/** Sends this instance's figure to the other instances; absent for a lone process. */
	share?(debateId: number, figure: Figure): Promise<void>;
}

interface Pending {
	timer: ReturnType<typeof setTimeout>;
	share: boolean;
}

export class RoomPresence {
	private readonly tally: PresenceTally;
	private readonly pending = new Map<number, Pending>();
	private readonly heartbeat: ReturnType<typeof setInterval> | null = null;
	private closed = false;

	constructor(
		private readonly links: PresenceLinks,
		private readonly timing: PresenceTiming = PRESENCE_TIMING,
		instance: string = randomBytes(4).toString('hex')
	) {
		this.tally = new PresenceTally(instance, timing.expiryMs);
		if (links.share) {
			this.heartbeat = setInterval(() => this.beat(), timing.heartbeatMs);
			// Presence must not keep a process (a test, a shutting-down server) alive.
			this.heartbeat.unref();
		}
	}

	/** A stream of `viewer` opened; the viewer counts once however many streams they hold. */
	join(debateId: number, viewer: Viewer): void {
		if (this.tally.open(debateId, viewer, 1)) this.schedule(debateId, true);
	}

	leave(debateId: number, viewer: Viewer): void {
		if (this.tally.open(debateId, viewer, -1)) this.schedule(debateId, true);
	}

	/** Distinct viewers of the room on every instance (on SQLite: this process). */
	count(debateId: number): number {
		return this.tally.count(debateId, Date.now());
	}

	/** Another instance's figure, as the bus hands it over. */
	hear(debateId: number, figure: unknown): void {
		const hearing = this.tally.hear(debateId, figure, Date.now());
		if (hearing === 'same' || !this.tally.hasViewers(debateId)) return;
		// A newcomer has not heard this instance's figure yet: answer it now, not at the heartbeat.
		this.schedule(debateId, hearing === 'new');
	}

	close(): void {
		this.closed = true;
		if (this.heartbeat) clearInterval(this.heartbeat);
		for (const { timer } of this.pending.values()) clearTimeout(timer);
		this.pending.clear();
	}

	/** One announcement (and one figure sent, if asked) per room per debounce window. */
	private schedule(debateId: number, share: boolean): void {
		if (this.closed) return;
		const waiting = this.pending.get(debateId);
		if (waiting) {
			waiting.share ||= share;
			return;
		}
		const timer = setTimeout(() => this.flush(debateId), this.timing.debounceMs);
		timer.unref();
		this.pending.set(debateId, { timer, share });
	}

	private flush(debateId: number): void {
		const waiting = this.pending.get(debateId);
		this.pending.delete(debateId);
		if (waiting?.share) this.send(debateId);
		this.links.announce(debateId, this.count(debateId));
	}

	private send(debateId: number): void {
		this.links
			.share?.(debateId, this.tally.figure(debateId))
			.catch((error) => console.error('Presence: sending a figure failed', error));
	}

	private beat(): void {
		for (const debateId of this.tally.rooms()) this.send(debateId);
		for (const debateId of this.tally.prune(Date.now())) {
			if (this.tally.hasViewers(debateId)) this.schedule(debateId, false);
		}
	}
}

/**
 * Presence on a database's event bus. When other processes share the bus (PostgreSQL instances,
 * the workers of a cluster) each one's figures travel on it; a lone process counts its own.
 */
export function presenceOnBus(
	bus: EventBus,
	timing: PresenceTiming = PRESENCE_TIMING
): RoomPresence {
	const announce = (debateId: number, count: number) => bus.tell(debateId, 'presence', { count });
	if (!bus.shared) return new RoomPresence({ announce }, timing);
	const presence = new RoomPresence(
		{ announce, share: (debateId, figure) => bus.broadcast(debateId, FIGURE_EVENT, figure) },
		timing
	);
	bus.handle(FIGURE_EVENT, (debateId, figure) => presence.hear(debateId, figure));
	return presence;
}
