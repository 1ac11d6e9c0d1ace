/**
 * HTTP clients pinned to one worker of a clustered server (WORKERS > 1), for the cluster
 * journeys. The primary hands each new connection to a worker in turn, so a client keeps one
 * keep-alive connection and learns its worker from the kernel: the process that holds the
 * server's end of that connection (/proc/net/tcp, then /proc/<pid>/fd, Linux only).
 */
import { Agent, request, type IncomingMessage } from 'node:http';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

const form = 'application/x-www-form-urlencoded';

/** The pid holding the server's end (port `serverPort`) of the connection from `clientPort`. */
export function serverSideOwner(serverPort: number, clientPort: number): number | null {
	const hex = (port: number) => port.toString(16).toUpperCase().padStart(4, '0');
	let inode: string | null = null;
	for (const line of readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1)) {
		const cols = line.trim().split(/\s+/);
		if (cols[1]?.endsWith(`:${hex(serverPort)}`) && cols[2]?.endsWith(`:${hex(clientPort)}`)) {
			inode = cols[9] ?? null;
		}
	}
	if (!inode || inode === '0') return null;
	for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
		try {
			for (const fd of readdirSync(`/proc/${pid}/fd`)) {
				if (readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`) return Number(pid);
			}
		} catch {
			// Another user's process, or gone.
		}
	}
	return null;
}

export interface Answer {
	status: number;
	headers: IncomingMessage['headers'];
	body: string;
}

/** A client with one connection, so every request it sends reaches the same worker. */
export class WorkerClient {
	readonly agent = new Agent({ keepAlive: true, maxSockets: 1 });
	cookie = '';
	/** The worker process serving this client's connection. */
	worker: number | null = null;

	constructor(
		readonly url: string,
		readonly origin: string
	) {}

	send(method: string, path: string, body?: Record<string, string>): Promise<Answer> {
		return new Promise((resolve, reject) => {
			const headers: Record<string, string> = { Origin: this.origin, Accept: 'text/html' };
			if (this.cookie) headers.cookie = this.cookie;
			if (body) headers['content-type'] = form;
			let clientPort = 0;
			const sent = request(`${this.url}${path}`, { method, headers, agent: this.agent }, (res) => {
				clientPort = res.socket.localPort!;
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (chunk) => (text += chunk));
				res.on('end', () => {
					// Asked once answered: until the worker has it, the primary holds the connection too.
					const owner = serverSideOwner(Number(new URL(this.url).port), clientPort);
					// A closed idle connection would be replaced by one that may reach another worker.
					if (this.worker !== null && owner !== this.worker)
						reject(new Error(`the connection moved from ${this.worker} to ${owner}`));
					this.worker = owner;
					resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text });
				});
			});
			sent.on('error', reject);
			sent.end(body ? new URLSearchParams(body).toString() : undefined);
		});
	}

	async logIn(username: string, password: string): Promise<void> {
		const answer = await this.send('POST', '/login', { username, password });
		const cookie = String(answer.headers['set-cookie'] ?? '').split(';')[0] ?? '';
		if (answer.status !== 303 || !cookie.includes('='))
			throw new Error(`login of ${username} answered ${answer.status}`);
		this.cookie = cookie;
	}

	/** Opens the room's event stream on this client's worker; `lastEventId` resumes it. */
	stream(path: string, lastEventId?: number): EventStream {
		return new EventStream(this, path, lastEventId);
	}

	close(): void {
		this.agent.destroy();
	}
}

export interface StreamEvent {
	id: number | null;
	type: string;
	data: unknown;
}

/** An SSE stream read as EventSource would, keeping every event it gets. */
export class EventStream {
	readonly events: StreamEvent[] = [];
	private readonly req;

	constructor(client: WorkerClient, path: string, lastEventId?: number) {
		const headers: Record<string, string> = { cookie: client.cookie, Accept: 'text/event-stream' };
		if (lastEventId !== undefined) headers['last-event-id'] = String(lastEventId);
		this.req = request(`${client.url}${path}`, { headers, agent: client.agent }, (res) => {
			let buffer = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => {
				buffer += chunk;
				let end: number;
				while ((end = buffer.indexOf('\n\n')) >= 0) {
					this.take(buffer.slice(0, end));
					buffer = buffer.slice(end + 2);
				}
			});
		});
		this.req.on('error', () => {});
		this.req.end();
	}

	private take(block: string): void {
		const fields = new Map<string, string>();
		for (const line of block.split('\n')) {
			const colon = line.indexOf(':');
			if (colon > 0) fields.set(line.slice(0, colon), line.slice(colon + 1).trim());
		}
		if (!fields.has('event')) return;
		const id = fields.get('id');
		this.events.push({
			id: id === undefined ? null : Number(id),
			type: fields.get('event')!,
			data: JSON.parse(fields.get('data') ?? 'null')
		});
	}

	/** The logged events (those with an id) of `type`. */
	logged(type: string): StreamEvent[] {
		return this.events.filter((event) => event.id !== null && event.type === type);
	}

	close(): void {
		this.req.destroy();
	}
}

/**
 * One client per worker of the server at `url`, found by opening connections until each of
 * `workers` processes serves one; in the order of the workers' pids, so two calls line up.
 */
export async function clientsOnEachWorker(
	url: string,
	origin: string,
	workers: number
): Promise<WorkerClient[]> {
	const found = new Map<number, WorkerClient>();
	for (let tries = 0; found.size < workers && tries < workers * 20; tries++) {
		const client = new WorkerClient(url, origin);
		await client.send('GET', '/healthz');
		if (client.worker !== null && !found.has(client.worker)) found.set(client.worker, client);
		else client.close();
	}
	if (found.size < workers) throw new Error(`reached ${found.size} of ${workers} workers`);
	return [...found.entries()].sort(([a], [b]) => a - b).map(([, client]) => client);
}
