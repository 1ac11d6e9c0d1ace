/**
 * Who is in each debate room, counted across app instances (issue 18). Each instance knows its
 * own viewers and the latest figure every other instance sent it, each figure with an expiry,
 * so the viewers of an instance that died without a word drop out within a bounded time. Pure:
 * no timers, no database, the clock passed in; presence.ts drives it.
 */

/** A user id, or a symbol for a stream opened without one (it counts, but cannot be listed). */
export type Viewer = number | symbol;

/** One instance's viewers of one room, as it tells the others. Short keys: it rides a NOTIFY. */
export interface Figure {
	/** The instance that sent it. */
	i: string;
	/** Distinct user ids, so one user with a tab on each of two instances counts once. */
	u: number[];
	/** Viewers not listed: streams without a user id, and users past `MAX_LISTED`. */
	n: number;
}

/** User ids one figure lists at most: about 7 bytes each keeps it far below NOTIFY's 8,000. */
export const MAX_LISTED = 500;

interface Heard {
	users: number[];
	unlisted: number;
	expires: number;
}

/** What a figure from another instance did to the tally. */
export type Hearing = 'new' | 'changed' | 'same';

function isFigure(value: unknown): value is Figure {
	const figure = value as Figure;
	return (
		typeof figure === 'object' &&
		figure !== null &&
		typeof figure.i === 'string' &&
		Array.isArray(figure.u) &&
		figure.u.every(Number.isInteger) &&
		Number.isInteger(figure.n) &&
		figure.n >= 0
	);
}

export class PresenceTally {
	/** Per debate: this instance's open streams per viewer. */
	private readonly local = new Map<number, Map<Viewer, number>>();
	/** Per debate: the latest figure of each other instance. */
	private readonly remote = new Map<number, Map<string, Heard>>();

	constructor(
		readonly instance: string,
		private readonly expiryMs: number
	) {}

	/** A stream of `viewer` opened (+1) or closed (-1); true when the room's viewers changed. */
	open(debateId: number, viewer: Viewer, delta: 1 | -1): boolean {
		let viewers = this.local.get(debateId);
		if (!viewers) this.local.set(debateId, (viewers = new Map()));
		const before = viewers.get(viewer) ?? 0;
		const streams = before + delta;
		if (streams <= 0) viewers.delete(viewer);
		else viewers.set(viewer, streams);
		if (viewers.size === 0) this.local.delete(debateId);
		return before === 0 || streams <= 0;
	}

	/** Whether this instance has viewers in the room (then it tells the others). */
	hasViewers(debateId: number): boolean {
		return this.local.has(debateId);
	}

	/** The rooms this instance has viewers in. */
	rooms(): number[] {
		return [...this.local.keys()];
	}

	/** This instance's figure for the room; an empty one says its viewers have gone. */
	figure(debateId: number): Figure {
		const users: number[] = [];
		let unlisted = 0;
		for (const viewer of this.local.get(debateId)?.keys() ?? []) {
			if (typeof viewer === 'number' && users.length < MAX_LISTED) users.push(viewer);
			else unlisted += 1;
		}
		return { i: this.instance, u: users, n: unlisted };
	}

	/** Takes another instance's figure (its own echo and malformed ones are ignored). */
	hear(debateId: number, figure: unknown, now: number): Hearing {
		if (!isFigure(figure) || figure.i === this.instance) return 'same';
		let figures = this.remote.get(debateId);
		const before = figures?.get(figure.i);
		if (figure.u.length === 0 && figure.n === 0) {
			if (!before) return 'same';
			figures!.delete(figure.i);
			if (figures!.size === 0) this.remote.delete(debateId);
			return 'changed';
		}
		if (!figures) this.remote.set(debateId, (figures = new Map()));
		figures.set(figure.i, { users: figure.u, unlisted: figure.n, expires: now + this.expiryMs });
		if (!before || before.expires <= now) return 'new';
		const same =
			before.unlisted === figure.n &&
			before.users.length === figure.u.length &&
			before.users.every((user, k) => user === figure.u[k]);
		return same ? 'same' : 'changed';
	}

	/** Drops the figures past their expiry; returns the rooms whose count that changed. */
	prune(now: number): number[] {
		const changed: number[] = [];
		for (const [debateId, figures] of this.remote) {
			for (const [instance, heard] of figures) {
				if (heard.expires > now) continue;
				figures.delete(instance);
				if (!changed.includes(debateId)) changed.push(debateId);
			}
			if (figures.size === 0) this.remote.delete(debateId);
		}
		return changed;
	}

	/** Distinct viewers of the room on every instance whose figure has not expired. */
	count(debateId: number, now: number): number {
		const users = new Set<number>();
		let unlisted = 0;
		for (const viewer of this.local.get(debateId)?.keys() ?? []) {
			if (typeof viewer === 'number') users.add(viewer);
			else unlisted += 1;
		}
		for (const heard of this.remote.get(debateId)?.values() ?? []) {
			if (heard.expires <= now) continue;
			for (const user of heard.users) users.add(user);
			unlisted += heard.unlisted;
		}
		return users.size + unlisted;
	}
}
