import { loginFailuresByAddress, loginFailuresByUsername, type LimitDecision } from './rate-limit';
import { authenticate } from '../users';
import type { PublicUser } from '../public-user';

export type LoginOutcome =
	| { ok: true; user: PublicUser }
	| { ok: false; reason: 'wrong-credentials' }
	| { ok: false; reason: 'throttled'; retryAfterMs: number };

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function strictest(a: LimitDecision, b: LimitDecision): LimitDecision {
	if (!a.allowed) return a;
	if (!b.allowed) return b;
	return { allowed: true, delayMs: Math.max(a.delayMs, b.delayMs) };
}

/**
 * Checks a password under two throttles: per account (guessing one password) and per address
 * (sweeping many accounts). Failures slow the next try, then refuse it for a while.
 */
export async function logIn(
	username: string,
	password: string,
	address: string
): Promise<LoginOutcome> {
	const userKey = username.toLowerCase();
	const decision = strictest(
		loginFailuresByUsername.check(userKey),
		loginFailuresByAddress.check(address)
	);
	if (!decision.allowed)
		return { ok: false, reason: 'throttled', retryAfterMs: decision.retryAfterMs };
	if (decision.delayMs > 0) await sleep(decision.delayMs);
	const user = await authenticate(userKey, password);
	if (!user) {
		loginFailuresByUsername.recordFailure(userKey);
		loginFailuresByAddress.recordFailure(address);
		return { ok: false, reason: 'wrong-credentials' };
	}
	loginFailuresByUsername.reset(userKey);
	return { ok: true, user };
}

export function retryMessage(retryAfterMs: number): string {
	const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
	return `Too many failed logins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask your teacher to reset your password.`;
}
