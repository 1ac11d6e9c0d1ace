/**
 * Keeps an open room current with one EventSource for the page's whole life. Each event is
 * handed on typed (see `$lib/debate/events`); the page fetches only what it changed. The
 * browser reconnects a dropped stream by itself with Last-Event-ID, and the server replays what
 * was missed; only when the browser gives up (or comes back online) does a fresh stream start
 * here, from the last id seen, so nothing is reloaded wholesale.
 */
import { LOGGED_EVENT_TYPES, type RoomEvents, type RoomEventType } from '$lib/debate/events';

const RECONNECT_MS = 2_000;

export interface RoomFollower {
	url: string;
	lastEventId: number;
	onEvent: <T extends RoomEventType>(type: T, payload: RoomEvents[T]) => void;
	onStatus: (connected: boolean) => void;
}

export function followRoom(options: RoomFollower): () => void {
	let source: EventSource | null = null;
	let lastId = options.lastEventId;
	let retryTimer: ReturnType<typeof setTimeout> | undefined;
	let closed = false;

	const open = () => {
		source?.close();
		source = new EventSource(`${options.url}?lastEventId=${lastId}`);
		source.onopen = () => options.onStatus(true);
		for (const type of [...LOGGED_EVENT_TYPES, 'presence'] as const) {
			source.addEventListener(type, (event) => {
				const message = event as MessageEvent<string>;
				const id = Number(message.lastEventId);
				const payload = JSON.parse(message.data);
				// A message without an id keeps the last one seen, so it would read as a repeat.
				const transient = type === 'presence' || payload?.closed === true;
				if (!transient) {
					// Replays after a reconnect may repeat what was applied already.
					if (!(id > lastId)) return;
					lastId = id;
				}
				options.onEvent(type, payload);
			});
		}
		source.onerror = () => {
			options.onStatus(false);
			if (source?.readyState === EventSource.CLOSED && !closed) reconnectSoon();
		};
	};

	const reconnectSoon = () => {
		clearTimeout(retryTimer);
		retryTimer = setTimeout(open, RECONNECT_MS);
	};

	// Back online, the old connection may be dead without knowing it: start afresh from lastId.
	const online = () => open();

	open();
	window.addEventListener('online', online);
	return () => {
		closed = true;
		clearTimeout(retryTimer);
		window.removeEventListener('online', online);
		source?.close();
	};
}
