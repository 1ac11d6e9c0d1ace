import { dev } from '$app/environment';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { formatAccessLine, logAccess, newRequestId } from '$lib/server/http/access-log';
import { setSessionTokenCookie, deleteSessionTokenCookie } from '$lib/server/auth/cookie';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { makeClientAddressSafe } from '$lib/server/http/client-address';
import { compressHtml } from '$lib/server/http/compress';
import { config, ConfigError, describeConfig, formatBytes } from '$lib/server/app/config';
import { appDatabase } from '$lib/server/db';
import { redirectBack, refuse } from '$lib/server/http/refusal';
import { requestsByAddress, requestsByUser } from '$lib/server/http/request-limit';
import { checkOrigin } from '$lib/server/http/same-origin';
import { installGracefulShutdown } from '$lib/server/app/shutdown';
import { prepareDatabase } from '$lib/server/app/startup';
import { TOO_LARGE_PARAM } from '$lib/server/http/upload-limit';

/** Runs once when the server starts, not during `vite build`. */
export const init: ServerInit = async () => {
	try {
		console.log(describeConfig(config()));
	} catch (err) {
		if (!(err instanceof ConfigError)) throw err;
		console.error(`\n✗ Standpoint cannot start: ${err.message}\n`);
		process.exit(1);
	}
	await prepareDatabase();
	// Only the built server: under `vite dev` these listeners would keep Ctrl-C from exiting.
	if (!dev) installGracefulShutdown();
};

/** For load balancers and container probes: no session, no rate limit, no access-log line. */
const healthz: Handle = async ({ event, resolve }) => {
	if (event.url.pathname !== '/healthz') return resolve(event);
	await appDatabase().ping();
	return new Response('ok\n', {
		headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }
	});
};

const logRequests: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	event.locals.requestId = newRequestId();
	makeClientAddressSafe(event);
	const response = await resolve(event);
	response.headers.set('x-request-id', event.locals.requestId);
	if (config().accessLog) {
		const line = formatAccessLine({
			method: event.request.method,
			path: event.url.pathname,
			status: response.status,
			ms: Math.round(performance.now() - started),
			userId: event.locals.user?.id ?? null,
			requestId: event.locals.requestId
		});
		logAccess(line);
	}
	return response;
};

/** Cross-site form protection (Kit's own is off: see same-origin.ts). */
const sameOrigin: Handle = ({ event, resolve }) => {
	const headers = event.request.headers;
	const checked = checkOrigin(
		{
			method: event.request.method,
			contentType: headers.get('content-type'),
			origin: headers.get('origin'),
			host: event.url.host,
			urlOrigin: event.url.origin
		},
		config()
	);
	return checked.ok ? resolve(event) : refuse(event, 403, checked.reason);
};

/**
 * Refuses bodies over BODY_SIZE_LIMIT before anything reads them, with a sentence: a form goes
 * back to its page, which says the upload was too large (adapter-node's own refusal surfaced
 * as "Something went wrong").
 */
const limitBodySize: Handle = ({ event, resolve }) => {
	const length = Number(event.request.headers.get('content-length') ?? 0);
	const limit = config().bodySizeLimit;
	if (length <= limit) return resolve(event);
	if (event.request.method === 'POST' && event.url.search.startsWith('?/')) {
		return redirectBack(event, `${event.url.pathname}?${TOO_LARGE_PARAM}`);
	}
	return refuse(event, 413, `That is more than ${formatBytes(limit)}. Send a smaller file.`);
};

/**
 * A multipart body that does not parse (a broken boundary, a truncated part) is the sender's
 * fault: 400 with a sentence, not a 500 from whichever action reads it. Parsed from a clone,
 * within BODY_SIZE_LIMIT (limitBodySize ran first), so the action still reads the original.
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
	return compressHtml(event.request, response);
};

const authenticate: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(SESSION_COOKIE);
	if (!token) {
		event.locals.user = null;
		event.locals.session = null;
		return resolve(event);
	}
	const { session, user } = await validateSessionToken(token);
	if (session) setSessionTokenCookie(event.cookies, token, session.expiresAt);
	else deleteSessionTokenCookie(event.cookies);
	event.locals.session = session;
	event.locals.user = user;
	return resolve(event);
};

/**
 * A request-rate limit per address and per signed-in user (token buckets, generous enough for a
 * class behind one address). STANDPOINT_RATE_LIMIT=off is for the single-user throughput bench,
 * which measures the route itself; the classroom bench keeps it on.
 */
const limitRequests: Handle = async ({ event, resolve }) => {
	if (!config().rateLimit) return resolve(event);
	const user = event.locals.user;
	// Each take is one statement on its own (no transaction around the two: on PostgreSQL a
	// BEGIN and COMMIT would be two more round trips on every request).
	const wait = Math.max(
		await requestsByAddress.take(event.getClientAddress()),
		user ? await requestsByUser.take(`user:${user.id}`) : 0
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

// Security headers first: every response, refusals included (403, 413), goes out through them.
export const handle = sequence(
	securityHeaders,
	healthz,
	logRequests,
	sameOrigin,
	limitBodySize,
	refuseMalformedMultipart,
	authenticate,
	limitRequests
);

/**
 * Unexpected errors: the details go to the server log under the request id, and the person sees
 * a plain sentence with that id to quote to whoever runs the server.
 */
export const handleError: HandleServerError = ({ error: err, event, status }) => {
	const id = event.locals.requestId ?? newRequestId();
	if (status >= 500) console.error(`req=${id} ${event.request.method} ${event.url.pathname}:`, err);
	if (status === 404) return { message: 'There is no page at this address.', id };
	if (status === 413) return { message: 'That request was too large to accept.', id };
	return { message: 'Something went wrong on our side. Try again in a moment.', id };
};
