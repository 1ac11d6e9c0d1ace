/**
 * The benches' event-stream client: what a room page's EventSource does, over node:http so each
 * viewer is one plain connection. Events are split at the blank line that ends each; an event
 * without an id or a data line (a comment, a keep-alive) is not handed on.
 */
import { request, type ClientRequest } from 'node:http';

export interface StreamEvent {
	id: number;
	/** The `event:` line; null when the server sent none. */
	type: string | null;
	data: string;
}

export interface StreamHandlers {
	/** Each event, in order. */
	onEvent: (event: StreamEvent) => void;
	/** The size of each chunk as it arrives (the bytes a viewer downloads). */
	onBytes?: (bytes: number) => void;
	/** The stream ended or failed: a browser would reconnect here. */
	onDrop?: () => void;
}

/** The complete events at the start of `buffer`, and what is left of an unfinished one. */
export function takeEvents(buffer: string): { events: StreamEvent[]; rest: string } {
	const events: StreamEvent[] = [];
	let rest = buffer;
	let end: number;
	while ((end = rest.indexOf('\n\n')) !== -1) {
		const block = rest.slice(0, end);
		rest = rest.slice(end + 2);
		const id = /^id: (\d+)$/m.exec(block)?.[1];
		const data = /^data: (.*)$/m.exec(block)?.[1];
		if (!id || data === undefined) continue;
		events.push({ id: Number(id), type: /^event: (.+)$/m.exec(block)?.[1] ?? null, data });
	}
	return { events, rest };
}

/**
 * Opens `url` (an events path with its query) with the viewer's cookie. Resolves with the open
 * request once the server answers 200 (destroy it to leave); rejects on any other status.
 */
export function openEventStream(
	url: string,
	cookie: string,
	handlers: StreamHandlers
): Promise<ClientRequest> {
	return new Promise((resolve, reject) => {
		const stream = request(url, { headers: { cookie } }, (res) => {
			if (res.statusCode !== 200) return reject(new Error(`stream ${res.statusCode}`));
			res.setEncoding('utf8');
			let buffer = '';
			res.on('data', (chunk: string) => {
				handlers.onBytes?.(Buffer.byteLength(chunk));
				const taken = takeEvents(buffer + chunk);
				buffer = taken.rest;
				for (const event of taken.events) handlers.onEvent(event);
			});
			res.on('end', () => handlers.onDrop?.());
			resolve(stream);
		});
		stream.on('error', () => handlers.onDrop?.());
		stream.end();
	});
}
