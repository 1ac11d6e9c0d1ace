/**
 * The smallest stand-in for the load balancer of deploy/ (Caddy's `lb_try_duration`): every
 * request goes to the first app instance that accepts the connection, in the order given, so
 * traffic moves to the second once the first is gone. A stream cut by the first instance's
 * death is cut for the browser too, which then reconnects (through here, to the second).
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FailoverProxy {
	url: string;
	stop(): Promise<void>;
}

function forward(
	target: URL,
	incoming: IncomingMessage,
	body: Buffer,
	outgoing: ServerResponse
): Promise<boolean> {
	return new Promise((resolve) => {
		const upstream = request(
			{
				// The instances listen on IPv4 only; "localhost" may resolve to ::1 first.
				host: target.hostname === 'localhost' ? '127.0.0.1' : target.hostname,
				port: target.port,
				method: incoming.method,
				path: incoming.url,
				// The browser's Host stays, so the app checks forms against the address it used.
				headers: incoming.headers
			},
			(response) => {
				outgoing.writeHead(response.statusCode ?? 502, response.headers);
				response.pipe(outgoing);
				// The instance died mid-response: end the browser's connection as abruptly.
				response.on('error', () => outgoing.destroy());
				response.on('aborted', () => outgoing.destroy());
				resolve(true);
			}
		);
		// Refused before anything was sent back: the next instance may take it.
		upstream.on('error', () => (outgoing.headersSent ? outgoing.destroy() : resolve(false)));
		outgoing.on('close', () => upstream.destroy());
		upstream.end(body);
	});
}

export function startFailoverProxy(targets: string[]): Promise<FailoverProxy> {
	const sockets = new Set<Socket>();
	/** Reads the body first (forms are small), so a refused connection can be retried whole. */
	async function handle(incoming: IncomingMessage, outgoing: ServerResponse) {
		const chunks: Buffer[] = [];
		for await (const chunk of incoming) chunks.push(chunk as Buffer);
		const body = Buffer.concat(chunks);
		for (const target of targets) {
			if (await forward(new URL(target), incoming, body, outgoing)) return;
		}
		outgoing.writeHead(502, { 'content-type': 'text/plain' }).end('No instance answered.');
	}
	const server = createServer((incoming, outgoing) => {
		handle(incoming, outgoing).catch(() => outgoing.destroy());
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			resolve({
				url: `http://localhost:${port}`,
				stop: () =>
					new Promise((done) => {
						for (const socket of sockets) socket.destroy();
						server.close(() => done());
					})
			});
		});
	});
}
