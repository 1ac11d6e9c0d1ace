/**
 * Counts failures per key (a username, an address) in a sliding window. After `slowAfter`
 * failures each further try waits longer; after `blockAfter` the key is refused until
 * `blockForMs` has passed. Kept in memory: one Node process serves a school.
 */
export interface FailureLimitOptions {
	windowMs: number;
	slowAfter: number;
	blockAfter: number;
	blockForMs: number;
	/** Delay of the first slowed try; it doubles each failure, up to `maxDelayMs`. */
	baseDelayMs: number;
	maxDelayMs: number;
}

export type LimitDecision =
	{ allowed: true; delayMs: number } | { allowed: false; retryAfterMs: number };

interface Entry {
	failures: number[];
	blockedUntil: number;
}

export class FailureLimiter {
	private entries = new Map<string, Entry>();

	constructor(private options: FailureLimitOptions) {}

	check(key: string, now = Date.now()): LimitDecision {
		const entry = this.current(key, now);
		if (!entry) return { allowed: true, delayMs: 0 };
		if (entry.blockedUntil > now) return { allowed: false, retryAfterMs: entry.blockedUntil - now };
		const over = entry.failures.length - this.options.slowAfter;
		if (over < 0) return { allowed: true, delayMs: 0 };
		const delay = this.options.baseDelayMs * 2 ** over;
		return { allowed: true, delayMs: Math.min(delay, this.options.maxDelayMs) };
	}

	recordFailure(key: string, now = Date.now()): void {
		const entry = this.current(key, now) ?? { failures: [], blockedUntil: 0 };
		entry.failures.push(now);
		if (entry.failures.length >= this.options.blockAfter) {
			entry.blockedUntil = now + this.options.blockForMs;
			entry.failures = [];
		}
		this.entries.set(key, entry);
	}

	reset(key: string): void {
		this.entries.delete(key);
	}

	/** Drops failures older than the window; forgets keys with nothing left to remember. */
	private current(key: string, now: number): Entry | undefined {
		const entry = this.entries.get(key);
		if (!entry) return undefined;
		entry.failures = entry.failures.filter((time) => now - time < this.options.windowMs);
		if (entry.failures.length === 0 && entry.blockedUntil <= now) {
			this.entries.delete(key);
			return undefined;
		}
		return entry;
	}
}

const MINUTE_MS = 60 * 1000;

/** Per account: a guesser is slowed after 3 misses and stopped after 10 for 15 minutes. */
export const loginFailuresByUsername = new FailureLimiter({
	windowMs: 15 * MINUTE_MS,
	slowAfter: 3,
	blockAfter: 10,
	blockForMs: 15 * MINUTE_MS,
	baseDelayMs: 250,
	maxDelayMs: 4000
});

/**
 * Per address: a whole class signs in from one school address, typos included, so this only
 * stops a sweep across many accounts (35 students × several typos stays far below it).
 */
export const loginFailuresByAddress = new FailureLimiter({
	windowMs: 15 * MINUTE_MS,
	slowAfter: 100,
	blockAfter: 300,
	blockForMs: 15 * MINUTE_MS,
	baseDelayMs: 100,
	maxDelayMs: 2000
});
