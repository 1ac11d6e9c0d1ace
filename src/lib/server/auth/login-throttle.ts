/**
 * Login throttles. Each attempt is counted before its password hash runs (so concurrent tries
 * cannot all slip through), and a key that keeps failing waits longer before each next try:
 * growing delays, never a fixed lockout an attacker could impose on someone else. Counted in the
 * database (`limit_counters`), so every app instance on it sees the same failures. The scheme is
 * described in the README.
 */

import { MINUTE_MS, SECOND_MS } from '../../time';
import type { AppDatabase } from '../db/app-database';
import { appDatabase } from '../db';
import { LimitCounters } from '../db/limit-counters';

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

export class AttemptThrottle {
	private counters: LimitCounters;

	/** `scope` names this throttle's rows: instances agree on it, throttles differ in it. */
	constructor(
		private scope: string,
		private options: ThrottleOptions,
		database: () => AppDatabase = appDatabase
	) {
		this.counters = new LimitCounters(scope, database);
	}

	/** The same throttle as another app instance on another connection sees it (tests). */
	through(database: () => AppDatabase): AttemptThrottle {
		return new AttemptThrottle(this.scope, this.options, database);
	}

	/** How long the key must wait before its next attempt (0: it may try now). */
	async waitMs(key: string, now = Date.now()): Promise<number> {
		const entry = await this.counters.read(key, now);
		if (!entry) return 0;
		// Within the free tries there is nothing to wait for, whenever the last try was counted: a
		// request that read the clock just before another's count (it then waited for the lock)
		// would otherwise find that count a few milliseconds "ahead" and be refused.
		const delay = this.delayAfter(entry.value);
		return delay === 0 ? 0 : Math.max(0, entry.touchedAt + delay - now);
	}

	/** Counts an attempt now; a success gives it back with `refund` or `reset`. */
	async count(key: string, now = Date.now()): Promise<void> {
		await this.counters.atomically(async () => {
			const count = ((await this.counters.read(key, now))?.value ?? 0) + 1;
			await this.counters.write(key, {
				value: count,
				touchedAt: now,
				expiresAt: this.expiry(count, now)
			});
		});
	}

	/** Waits, or counts the attempt: the check and the count happen in one step. */
	take(key: string, now = Date.now()): Promise<LimitDecision> {
		return this.atomically(async (): Promise<LimitDecision> => {
			const wait = await this.waitMs(key, now);
			if (wait > 0) return { allowed: false, retryAfterMs: wait };
			await this.count(key, now);
			return { allowed: true };
		});
	}

	async refund(key: string): Promise<void> {
		await this.counters.atomically(async () => {
			// The row as stored, expired or not, as the in-memory map had it.
			const entry = await this.counters.read(key, -Infinity);
			if (!entry) return;
			const count = entry.value - 1;
			if (count <= 0) return this.counters.remove(key);
			const expiresAt = this.expiry(count, entry.touchedAt);
			await this.counters.write(key, { value: count, touchedAt: entry.touchedAt, expiresAt });
		});
	}

	reset(key: string): Promise<void> {
		return this.counters.remove(key);
	}

	/** Forgets every key that begins with `prefix` (all addresses of one account). */
	resetPrefix(prefix: string): Promise<void> {
		return this.counters.removePrefix(prefix);
	}

	/** Runs checks and counts (of this or other throttles) as one step for every instance. */
	atomically<T>(run: () => Promise<T>): Promise<T> {
		return this.counters.atomically(run);
	}

	private delayAfter(count: number): number {
		const { freeTries, baseDelayMs, maxDelayMs } = this.options;
		if (count < freeTries) return 0;
		return Math.min(baseDelayMs * 2 ** (count - freeTries), maxDelayMs);
	}

	/** Past this, the key is forgotten: the quiet spell begins once its delay has run out. */
	private expiry(count: number, last: number): number {
		return last + this.delayAfter(count) + this.options.forgetAfterMs;
	}
}

/**
 * Per account and address: 3 tries, then 1 s, 2 s, 4 s … up to 5 minutes between tries. A
 * classmate guessing from the same school address slows that pair only, for minutes at most,
 * and a password reset by the teacher clears it.
 */
export const loginAttemptsByPair = new AttemptThrottle('login-pair', {
	freeTries: 3,
	baseDelayMs: SECOND_MS,
	maxDelayMs: 5 * MINUTE_MS,
	forgetAfterMs: 15 * MINUTE_MS
});

/**
 * Per account from anywhere: only a guesser spreading over many addresses reaches this; it
 * slows them to one try a minute at most, and never refuses the account outright.
 */
export const loginAttemptsByAccount = new AttemptThrottle('login-account', {
	freeTries: 30,
	baseDelayMs: SECOND_MS,
	maxDelayMs: MINUTE_MS,
	forgetAfterMs: 15 * MINUTE_MS
});

/**
 * Signups per address: several classes signing up together from one school address pass; a
 * script creating accounts slows to one try a minute.
 */
export const signupsByAddress = new AttemptThrottle('signups-by-address', {
	freeTries: 200,
	baseDelayMs: SECOND_MS,
	maxDelayMs: MINUTE_MS,
	forgetAfterMs: 15 * MINUTE_MS
});

/** "That username is taken" answers per address: few are typos, many are a probe. */
export const takenUsernamesByAddress = new AttemptThrottle('taken-usernames-by-address', {
	freeTries: 5,
	baseDelayMs: SECOND_MS,
	maxDelayMs: MINUTE_MS,
	forgetAfterMs: 15 * MINUTE_MS
});

/** The key of one account at one address. */
export const pairKey = (username: string, address: string) => `${username}\n${address}`;

/** After a password change or reset: the account starts afresh everywhere. */
export async function forgetAccount(username: string): Promise<void> {
	const key = username.toLowerCase();
	await loginAttemptsByPair.resetPrefix(`${key}\n`);
	await loginAttemptsByAccount.reset(key);
}
