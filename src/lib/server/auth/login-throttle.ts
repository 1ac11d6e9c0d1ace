/**
 * Login throttles. Each attempt is counted before its password hash runs (so concurrent tries
 * cannot all slip through), and a key that keeps failing waits longer before each next try:
 * growing delays, never a fixed lockout an attacker could impose on someone else. Kept in
 * memory: one Node process serves a school. The scheme is described in the README.
 */

import { MINUTE_MS, SECOND_MS } from '../../time';

export interface ThrottleOptions {
	/** Attempts allowed back to back before delays begin. */
	freeTries: number;
	/** The first delay; each further failure doubles it, up to `maxDelayMs`. */
	baseDelayMs: number;
	maxDelayMs: number;
	/** A key with no attempt for this long starts afresh. */
	forgetAfterMs: number;
}

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

interface Entry {
	count: number;
	last: number;
}

/** Past this many keys, stale ones are swept so random usernames cannot grow memory forever. */
const SWEEP_AT = 10_000;

export class AttemptThrottle {
	private entries = new Map<string, Entry>();

	constructor(private options: ThrottleOptions) {}

	/** How long the key must wait before its next attempt (0: it may try now). */
	waitMs(key: string, now = Date.now()): number {
		const entry = this.current(key, now);
		if (!entry) return 0;
		return Math.max(0, entry.last + this.delayAfter(entry.count) - now);
	}

	/** Counts an attempt now; a success gives it back with `refund` or `reset`. */
	count(key: string, now = Date.now()): void {
		if (this.entries.size >= SWEEP_AT) this.sweep(now);
		const entry = this.current(key, now) ?? { count: 0, last: now };
		entry.count += 1;
		entry.last = now;
		this.entries.set(key, entry);
	}

	/** Waits, or counts the attempt: the check and the count happen in one synchronous step. */
	take(key: string, now = Date.now()): LimitDecision {
		const wait = this.waitMs(key, now);
		if (wait > 0) return { allowed: false, retryAfterMs: wait };
		this.count(key, now);
		return { allowed: true };
	}

	refund(key: string): void {
		const entry = this.entries.get(key);
		if (!entry) return;
		entry.count -= 1;
		if (entry.count <= 0) this.entries.delete(key);
	}

	reset(key: string): void {
		this.entries.delete(key);
	}

	/** Forgets every key that begins with `prefix` (all addresses of one account). */
	resetPrefix(prefix: string): void {
		for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
	}

	private delayAfter(count: number): number {
		const { freeTries, baseDelayMs, maxDelayMs } = this.options;
		if (count < freeTries) return 0;
		return Math.min(baseDelayMs * 2 ** (count - freeTries), maxDelayMs);
	}

	private current(key: string, now: number): Entry | undefined {
		const entry = this.entries.get(key);
		if (!entry) return undefined;
		if (now - entry.last > this.options.forgetAfterMs + this.delayAfter(entry.count)) {
			this.entries.delete(key);
			return undefined;
		}
		return entry;
	}

	private sweep(now: number): void {
		for (const key of [...this.entries.keys()]) this.current(key, now);
	}
}

/**
 * Per account and address: 3 tries, then 1 s, 2 s, 4 s … up to 5 minutes between tries. A
 * classmate guessing from the same school address slows that pair only, for minutes at most,
 * and a password reset by the teacher clears it.
 */
export const loginAttemptsByPair = new AttemptThrottle({
	freeTries: 3,
	baseDelayMs: SECOND_MS,
	maxDelayMs: 5 * MINUTE_MS,
	forgetAfterMs: 15 * MINUTE_MS
});

/**
 * Per account from anywhere: only a guesser spreading over many addresses reaches this; it
 * slows them to one try a minute at most, and never refuses the account outright.
 */
export const loginAttemptsByAccount = new AttemptThrottle({
	freeTries: 30,
	baseDelayMs: SECOND_MS,
	maxDelayMs: MINUTE_MS,
	forgetAfterMs: 15 * MINUTE_MS
});

/**
 * Signups per address: several classes signing up together from one school address pass; a
 * script creating accounts slows to one try a minute.
 */
export const signupsByAddress = new AttemptThrottle({
	freeTries: 200,
	baseDelayMs: SECOND_MS,
	maxDelayMs: MINUTE_MS,
	forgetAfterMs: 15 * MINUTE_MS
});

/** "That username is taken" answers per address: few are typos, many are a probe. */
export const takenUsernamesByAddress = new AttemptThrottle({
	freeTries: 5,
	baseDelayMs: SECOND_MS,
	maxDelayMs: MINUTE_MS,
	forgetAfterMs: 15 * MINUTE_MS
});

/** The key of one account at one address. */
export const pairKey = (username: string, address: string) => `${username}\n${address}`;

/** After a password change or reset: the account starts afresh everywhere. */
export function forgetAccount(username: string): void {
	const key = username.toLowerCase();
	loginAttemptsByPair.resetPrefix(`${key}\n`);
	loginAttemptsByAccount.reset(key);
}
