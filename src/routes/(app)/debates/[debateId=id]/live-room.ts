/**
 * Keeps an open room current: an EventSource on the room's stream. Every logged event makes
 * the page reload its data (debounced), since each viewer may see different things; presence
 * is applied directly. EventSource reconnects by itself with Last-Event-ID; when it gives up
 * (or the browser comes back online) a fresh one starts from the last id seen, and the page
 * data is reloaded in case anything was missed.
 */
const EVENT_TYPES = [
	'created',
	'member',
	'vote',
	'phase',
	'clock',
	'post',
	'edit',
	'reaction',
	'hide',
	'restore',
	'pin',
	'flag',
	'flag-reply',
	'flag-resolved'
];
const RELOAD_DELAY_MS = 60;
const RECONNECT_MS = 2_000;

export interface RoomFollower {
	url: string;
	lastEventId: number;
	reload: () => Promise<void>;
	onPresence: (count: number) => void;
	onStatus: (connected: boolean) => void;
}

export function followRoom(options: RoomFollower): () => void {
	let source: EventSource | null = null;
	let lastId = options.lastEventId;
	let reloadTimer: ReturnType<typeof setTimeout> | undefined;
	let retryTimer: ReturnType<typeof setTimeout> | undefined;
	let closed = false;

	const reloadSoon = () => {
		clearTimeout(reloadTimer);
		reloadTimer = setTimeout(() => void options.reload(), RELOAD_DELAY_MS);
	};

	const open = () => {
		source?.close();
		source = new EventSource(`${options.url}?lastEventId=${lastId}`);
		source.onopen = () => options.onStatus(true);
		for (const type of EVENT_TYPES) {
			source.addEventListener(type, (event) => {
				const id = Number((event as MessageEvent).lastEventId);
				if (id > lastId) lastId = id;
				reloadSoon();
			});
		}
		source.addEventListener('presence', (event) => {
			const data = JSON.parse((event as MessageEvent<string>).data) as { count: number };
			options.onPresence(data.count);
		});
		source.onerror = () => {
			options.onStatus(false);
			if (source?.readyState === EventSource.CLOSED && !closed) reconnectSoon();
		};
	};

	const reconnectSoon = () => {
		clearTimeout(retryTimer);
		retryTimer = setTimeout(() => {
			open();
			reloadSoon();
		}, RECONNECT_MS);
	};

	const online = () => {
		open();
		reloadSoon();
	};

	open();
	window.addEventListener('online', online);
	return () => {
		closed = true;
		clearTimeout(reloadTimer);
		clearTimeout(retryTimer);
		window.removeEventListener('online', online);
		source?.close();
	};
}
