import { loginAttemptsByAccount, loginAttemptsByPair, pairKey } from './login-throttle';
import { authenticate } from './users';
import type { PublicUser } from './public-user';

export type LoginOutcome =
	| { ok: true; user: PublicUser }
	| { ok: false; reason: 'wrong-credentials' }
	| { ok: false; reason: 'throttled'; retryAfterMs: number };

/**
 * Checks a password under two throttles: the account at this address (a classmate guessing
 * slows only that pair) and the account from anywhere (a guesser using many addresses). The
 * attempt is counted before the hash runs: concurrent tries see each other's count.
 */
export async function logIn(
	username: string,
	password: string,
	address: string
): Promise<LoginOutcome> {
	const account = username.toLowerCase();
	const pair = pairKey(account, address);
	const now = Date.now();
	// One step for every instance on the database: two of them cannot both see "no wait".
	const wait = await loginAttemptsByPair.atomically(async () => {
		const wait = Math.max(
			await loginAttemptsByPair.waitMs(pair, now),
			await loginAttemptsByAccount.waitMs(account, now)
		);
		if (wait > 0) return wait;
		await loginAttemptsByPair.count(pair, now);
		await loginAttemptsByAccount.count(account, now);
		return 0;
	});
	if (wait > 0) return { ok: false, reason: 'throttled', retryAfterMs: wait };
	const user = await authenticate(account, password);
	if (!user) return { ok: false, reason: 'wrong-credentials' };
	await loginAttemptsByPair.reset(pair);
	await loginAttemptsByAccount.refund(account);
	return { ok: true, user };
}

export function retryMessage(retryAfterMs: number): string {
	const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
	const wait =
		seconds < 60
			? `${seconds} second${seconds === 1 ? '' : 's'}`
			: `${Math.ceil(seconds / 60)} minute${Math.ceil(seconds / 60) === 1 ? '' : 's'}`;
	return `Too many failed logins. Try again in ${wait}, or ask your teacher to reset your password.`;
}
