/**
 * Token buckets per key: each key may make `burst` requests at once and `perSecond` on average.
 * A whole class shares a school's address, so the per-address bucket is wide; the per-user one
 * stops one runaway tab or script without touching the rest of the class. The buckets live in
 * the database (`limit_counters`), so every app instance on it draws from the same ones; a
 * missing row is a full bucket, so a bucket's row expires once it would have refilled.
 */
import { db, type Db } from '../db';
import { LimitCounters } from '../db/limit-counters';

export interface BucketOptions {
	perSecond: number;
	burst: number;
}

export class RequestLimiter {
	private counters: LimitCounters;

	/** `scope` names this limiter's rows: instances agree on it, limiters differ in it. */
	constructor(
		private scope: string,
		private options: BucketOptions,
		connection: () => Db = db
	) {
		this.counters = new LimitCounters(scope, connection);
	}

	/** The same limiter as another app instance on another connection sees it (tests). */
	through(connection: () => Db): RequestLimiter {
		return new RequestLimiter(this.scope, this.options, connection);
	}

	/** Runs takes (of this or other limiters) as one step, and one commit, on the database. */
	atomically<T>(run: () => T): T {
		return this.counters.atomically(run);
	}

	/** Takes one token; returns 0 when allowed, else the milliseconds until the next token. */
	take(key: string, now = Date.now()): number {
		return this.counters.atomically(() => {
			const tokens = this.refill(key, now);
			if (tokens < 1) {
				this.store(key, tokens, now);
				return Math.ceil(((1 - tokens) / this.options.perSecond) * 1000);
			}
			this.store(key, tokens - 1, now);
			return 0;
		});
	}

	private refill(key: string, now: number): number {
		const { burst, perSecond } = this.options;
		const bucket = this.counters.read(key, now);
		if (!bucket) return burst;
		const elapsed = Math.max(0, now - bucket.touchedAt) / 1000;
		return Math.min(burst, bucket.value + elapsed * perSecond);
	}

	private store(key: string, tokens: number, now: number): void {
		const { burst, perSecond } = this.options;
		const fullAt = now + Math.ceil(((burst - tokens) / perSecond) * 1000);
		this.counters.write(key, { value: tokens, touchedAt: now, expiresAt: fullAt });
	}
}

/** Per signed-in user: autosave on typing is a few requests a second at most. */
export const requestsByUser = new RequestLimiter('requests-by-user', { perSecond: 20, burst: 100 });

/** Per address: 300 students behind one school address, each saving every two seconds or so. */
export const requestsByAddress = new RequestLimiter('requests-by-address', {
	perSecond: 600,
	burst: 1200
});
