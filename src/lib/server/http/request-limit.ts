/**
 * Token buckets per key: each key may make `burst` requests at once and `perSecond` on average.
 * A whole class shares a school's address, so the per-address bucket is wide; the per-user one
 * stops one runaway tab or script without touching the rest of the class. The buckets live in
 * the database (`limit_counters`), so every app instance on it draws from the same ones; a
 * missing row is a full bucket, so a bucket's row expires once it would have refilled.
 */
import type { AppDatabase } from '../db/app-database';
import { appDatabase } from '../db';
import { LimitCounters, type Bucket } from '../db/limit-counters';

export type { Bucket as BucketOptions } from '../db/limit-counters';

export class RequestLimiter {
	private counters: LimitCounters;

	/** `scope` names this limiter's rows: instances agree on it, limiters differ in it. */
	constructor(
		private scope: string,
		private options: Bucket,
		database: () => AppDatabase = appDatabase
	) {
		this.counters = new LimitCounters(scope, database);
	}

	/** The same limiter as another app instance on another connection sees it (tests). */
	through(database: () => AppDatabase): RequestLimiter {
		return new RequestLimiter(this.scope, this.options, database);
	}

	/** Takes one token; returns 0 when allowed, else the milliseconds until the next token. */
	async take(key: string, now = Date.now()): Promise<number> {
		// One statement when allowed (every request); a refusal reads the bucket for the wait.
		if (await this.counters.takeToken(key, now, this.options)) return 0;
		const tokens = await this.refill(key, now);
		return Math.max(1, Math.ceil(((1 - tokens) / this.options.perSecond) * 1000));
	}

	private async refill(key: string, now: number): Promise<number> {
		const { burst, perSecond } = this.options;
		const bucket = await this.counters.read(key, now);
		if (!bucket) return burst;
		const elapsed = Math.max(0, now - bucket.touchedAt) / 1000;
		return Math.min(burst, bucket.value + elapsed * perSecond);
	}
}

/** Per signed-in user: autosave on typing is a few requests a second at most. */
export const requestsByUser = new RequestLimiter('requests-by-user', { perSecond: 20, burst: 100 });

/** Per address: 300 students behind one school address, each saving every two seconds or so. */
export const requestsByAddress = new RequestLimiter('requests-by-address', {
	perSecond: 600,
	burst: 1200
});
