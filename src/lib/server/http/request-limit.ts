/**
 * Token buckets per key: each key may make `burst` requests at once and `perSecond` on average.
 * A whole class shares a school's address, so the per-address bucket is wide; the per-user one
 * stops one runaway tab or script without touching the rest of the class.
 */
export interface BucketOptions {
	perSecond: number;
	burst: number;
}

interface Bucket {
	tokens: number;
	updatedAt: number;
}

/** Above this many keys, idle full buckets are forgotten so memory stays bounded. */
const SWEEP_ABOVE = 10_000;

export class RequestLimiter {
	private buckets = new Map<string, Bucket>();

	constructor(private options: BucketOptions) {}

	/** Takes one token; returns 0 when allowed, else the milliseconds until the next token. */
	take(key: string, now = Date.now()): number {
		const bucket = this.refill(key, now);
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			return 0;
		}
		return Math.ceil(((1 - bucket.tokens) / this.options.perSecond) * 1000);
	}

	private refill(key: string, now: number): Bucket {
		let bucket = this.buckets.get(key);
		if (!bucket) {
			if (this.buckets.size > SWEEP_ABOVE) this.sweep(now);
			bucket = { tokens: this.options.burst, updatedAt: now };
			this.buckets.set(key, bucket);
		}
		const elapsed = Math.max(0, now - bucket.updatedAt) / 1000;
		bucket.tokens = Math.min(this.options.burst, bucket.tokens + elapsed * this.options.perSecond);
		bucket.updatedAt = now;
		return bucket;
	}

	private sweep(now: number) {
		for (const [key, bucket] of this.buckets) {
			const full = bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.options.perSecond;
			if (full >= this.options.burst) this.buckets.delete(key);
		}
	}
}

/** Per signed-in user: autosave on typing is a few requests a second at most. */
export const requestsByUser = new RequestLimiter({ perSecond: 20, burst: 100 });

/** Per address: 300 students behind one school address, each saving every two seconds or so. */
export const requestsByAddress = new RequestLimiter({ perSecond: 600, burst: 1200 });
