import type { Cookies } from '@sveltejs/kit';
import { setSessionTokenCookie } from './cookie';
import { createSession, generateSessionToken } from './session';

/** Signs a user in on this browser: a new session row and its cookie. */
export function startSession(cookies: Cookies, userId: number): void {
	const token = generateSessionToken();
	const session = createSession(token, userId);
	setSessionTokenCookie(cookies, token, session.expiresAt);
}
