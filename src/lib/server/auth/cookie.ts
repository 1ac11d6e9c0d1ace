import { dev } from '$app/environment';
import type { Cookies } from '@sveltejs/kit';
import { config } from '../app/config';
import { SESSION_COOKIE } from './session';

export function setSessionTokenCookie(cookies: Cookies, token: string, expiresAt: number): void {
	cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		// Plain http on localhost is the documented way to run Standpoint in a classroom.
		secure: !dev && config().origin?.startsWith('https:') === true,
		path: '/',
		expires: new Date(expiresAt)
	});
}

export function deleteSessionTokenCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, { path: '/' });
}
