import type { Cookies } from '@sveltejs/kit';
import { setSessionTokenCookie } from './cookie';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	SESSION_COOKIE,
	sessionIdFromToken
} from './session';

/**
 * Signs a user in on this browser: a new session row and its cookie. The browser's previous
 * session ends, so a cookie seen before the login (a shared computer) is worth nothing after.
 */
export async function startSession(cookies: Cookies, userId: number): Promise<void> {
	const previous = cookies.get(SESSION_COOKIE);
	if (previous) await invalidateSession(sessionIdFromToken(previous));
	const token = generateSessionToken();
	const session = await createSession(token, userId);
	setSessionTokenCookie(cookies, token, session.expiresAt);
}
