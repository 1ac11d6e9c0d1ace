import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { PublicUser } from './public-user';

/** The signed-in user, or a redirect to the login page that comes back here afterwards. */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): PublicUser {
	const user = event.locals.user;
	if (!user) {
		const back = event.url.pathname + event.url.search;
		redirect(303, `/login?next=${encodeURIComponent(back)}`);
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

/** Only same-site paths are followed after login, so `next` cannot send anyone elsewhere. */
export function safeNext(next: string | null): string {
	return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')
		? next
		: '/';
}

/** Reads a numeric id from a form field; null when absent or not a positive whole number. */
export function formId(form: FormData, field: string): number | null {
	const value = form.get(field);
	if (typeof value !== 'string' || !/^[1-9]\d{0,14}$/.test(value)) return null;
	return Number(value);
}
