import { dev } from '$app/environment';
import { type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { setSessionTokenCookie, deleteSessionTokenCookie } from '$lib/server/auth/cookie';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { requestsByAddress, requestsByUser } from '$lib/server/request-limit';
import { installGracefulShutdown } from '$lib/server/shutdown';
import { prepareDatabase } from '$lib/server/startup';

export const MAX_BODY_BYTES = 1024 * 1024;

/** Runs once when the server starts, not during `vite build`. */
export const init: ServerInit = async () => {
	await prepareDatabase();
	// Only the built server: under `vite dev` these listeners would keep Ctrl-C from exiting.
	if (!dev) installGracefulShutdown();
};

/**
 * Refuses bodies over 1 MB before anything reads them (adapter-node also caps streamed ones).
 * A returned response, not a thrown error, so the security headers still wrap it.
 */
const limitBodySize: Handle = ({ event, resolve }) => {
	const length = Number(event.request.headers.get('content-length') ?? 0);
	if (length > MAX_BODY_BYTES) {
		return new Response('That is more than 1 MB. Send a shorter text or a smaller file.', {
			status: 413,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	return resolve(event);
};

/**
 * A multipart body that does not parse (a broken boundary, a truncated part) is the sender's
 * fault: 400 with a sentence, not a 500 from whichever action reads it. Parsed from a clone,
 * at most 1 MB (limitBodySize ran first), so the action still reads the original.
 */
const refuseMalformedMultipart: Handle = async ({ event, resolve }) => {
	const type = event.request.headers.get('content-type') ?? '';
	if (event.request.method !== 'POST' || !type.toLowerCase().startsWith('multipart/form-data')) {
		return resolve(event);
	}
	try {
		await event.request.clone().formData();
	} catch {
		return new Response('That form could not be read. Reload the page and send it again.', {
			status: 400,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	return resolve(event);
};

const authenticate: Handle = ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	if (!token) {
		event.locals.user = null;
		event.locals.session = null;
		return resolve(event);
	}
	const { session, user } = validateSessionToken(token);
	if (session) setSessionTokenCookie(event.cookies, token, session.expiresAt);
	else deleteSessionTokenCookie(event.cookies);
	event.locals.session = session;
	event.locals.user = user;
	return resolve(event);
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	// Read-aloud uses speech synthesis only; nothing needs the camera, microphone or location.
	response.headers.set(
		'Permissions-Policy',
		'camera=(), microphone=(), geolocation=(), payment=()'
	);
	// A signed-in page is that person's: a shared classroom computer's cache or back button must
	// not show it to the next student.
	if (event.locals.user && !response.headers.has('cache-control')) {
		response.headers.set('Cache-Control', 'private, no-store');
	}
	return response;
};

/**
 * A request-rate limit per address and per signed-in user (token buckets, generous enough for a
 * class behind one address). STANDPOINT_RATE_LIMIT=off is for the single-user throughput bench,
 * which measures the route itself; the classroom bench keeps it on.
 */
const limitRequests: Handle = ({ event, resolve }) => {
	if (process.env.STANDPOINT_RATE_LIMIT === 'off') return resolve(event);
	const user = event.locals.user;
	const wait = Math.max(
		requestsByAddress.take(event.getClientAddress()),
		user ? requestsByUser.take(`user:${user.id}`) : 0
	);
	if (wait === 0) return resolve(event);
	return new Response('Too many requests at once. Wait a moment, then try again.', {
		status: 429,
		headers: {
			'retry-after': String(Math.ceil(wait / 1000)),
			'content-type': 'text/plain; charset=utf-8'
		}
	});
};

// Security headers first: every response, refusals included, goes out through them.
export const handle = sequence(
	securityHeaders,
	limitBodySize,
	refuseMalformedMultipart,
	authenticate,
	limitRequests
);

/** Unexpected errors: the details go to the server log, the person sees a plain sentence. */
export const handleError: HandleServerError = ({ error: err, event, status }) => {
	if (status >= 500) console.error(`${event.request.method} ${event.url.pathname}:`, err);
	return { message: 'Something went wrong on our side. Try again in a moment.' };
};
