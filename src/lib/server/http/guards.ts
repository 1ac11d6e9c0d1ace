import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { paths } from '../../paths';
import type { PublicUser } from '../auth/public-user';

/** The signed-in user, or a redirect to the login page that comes back here afterwards. */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): PublicUser {
	const user = event.locals.user;
	if (!user) {
		const back = event.url.pathname + event.url.search;
		redirect(303, paths.loginNext(back));
	}
	return user;
}

export function requireTeacher(event: Pick<RequestEvent, 'locals' | 'url'>): PublicUser {
	const user = requireUser(event);
	if (user.role !== 'teacher') error(403, 'Only teachers can do that.');
	return user;
}

export function requireStudent(event: Pick<RequestEvent, 'locals' | 'url'>): PublicUser {
	const user = requireUser(event);
	if (user.role !== 'student') error(403, 'Only students can do that.');
	return user;
}

/**
 * Where to go after login: only a path on this origin. The URL parser decides, not the string's
 * shape (it drops tabs and newlines, so `/\t/evil.example` is `//evil.example`), and the parsed
 * path is returned serialised, so no control character reaches the Location header.
 */
export function safeNext(next: string | null, origin: string): string {
	if (!next || !next.startsWith('/')) return '/';
	let url: URL;
	try {
		url = new URL(next, origin);
	} catch {
		return '/';
	}
	if (url.origin !== origin) return '/';
	return url.pathname + url.search + url.hash;
}
