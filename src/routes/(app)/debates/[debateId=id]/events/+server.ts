import { error } from '@sveltejs/kit';
import * as debates from '$lib/server/debates/debates';
import { advanceIfDue } from '$lib/server/debates/phases';
import * as live from '$lib/server/debates/live';
import type { RequestHandler } from './$types';
import { rethrowNotFound } from '$lib/server/http/refusals';
import { STREAM_NOT_FOUND } from '../not-found';

const HEARTBEAT_MS = 15_000;
const RETRY_MS = 2_000;

function lastSeen(request: Request, url: URL): number {
	const raw = request.headers.get('last-event-id') ?? url.searchParams.get('lastEventId') ?? '';
	return /^\d{1,15}$/.test(raw) ? Number(raw) : 0;
}

/**
 * The room's event stream. `live.subscribe` replays what the client missed and then follows
 * the room, so no event falls between the two; the id lines let EventSource resume with
 * Last-Event-ID (on any instance: the events table is the replay).
 */
export const GET: RequestHandler = async ({ locals, params, request, url }) => {
	const user = locals.user;
	if (!user) error(401, 'Log in to follow the debate.');
	const debateId = Number(params.debateId);
	try {
		await debates.enter(user, debateId);
	} catch (err) {
		rethrowNotFound(err, STREAM_NOT_FOUND);
	}
	if (live.isClosing()) {
		return new Response('The server is restarting; the room reconnects by itself.', {
			status: 503,
			headers: { 'Retry-After': String(RETRY_MS / 1000) }
		});
	}
	const release = live.openStream(user.id);
	if (!release) {
		return new Response(
			`You have ${live.MAX_STREAMS_PER_USER} debate rooms open already. Close a tab, then reload this one.`,
			{ status: 429, headers: { 'content-type': 'text/plain; charset=utf-8', 'Retry-After': '30' } }
		);
	}
	const after = lastSeen(request, url);
	let stop = () => {};
	const encoder = new TextEncoder();
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			const send = (bytes: Uint8Array) => {
				try {
					controller.enqueue(bytes);
				} catch {
					stop();
				}
			};
			send(encoder.encode(`retry: ${RETRY_MS}\n\n`));
			const unsubscribe = live.subscribe(debateId, after, send, user.id);
			const heartbeat = setInterval(() => {
				send(encoder.encode(': heartbeat\n\n'));
				// An idle room still moves on when its time is up (auto-advance, checked lazily).
				void debates
					.find(debateId)
					.then((fresh) => fresh && advanceIfDue(fresh))
					.catch(() => {});
			}, HEARTBEAT_MS);
			// At shutdown the client gets a last retry hint, then the stream ends.
			const unregister = live.onShutdown(() => {
				send(encoder.encode(`retry: ${RETRY_MS}\n\n`));
				stop();
				try {
					controller.close();
				} catch {
					// Already closed by the client.
				}
			});
			stop = () => {
				clearInterval(heartbeat);
				release();
				unsubscribe();
				unregister();
				stop = () => {};
			};
		},
		cancel() {
			stop();
		}
	});
	return new Response(stream, {
		headers: {
			'Content-Type': 'text/event-stream; charset=utf-8',
			'Cache-Control': 'no-cache, no-transform',
			Connection: 'keep-alive',
			'X-Accel-Buffering': 'no'
		}
	});
};
