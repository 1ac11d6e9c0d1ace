/**
 * The debate room's live stream under a crowd: 1,000 EventSource-style clients on loopback, one
 * post, and the time until each client has the post's event (goal: p99 ≤ 250 ms), with the
 * server's resident memory while the streams are open (goal ≤ 250 MB).
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { request, type ClientRequest } from 'node:http';
import { MAX_STREAMS_PER_USER } from '../src/lib/server/debates/live';
import { startServer, DEMO_PASSWORD } from '../tests/server';
import { addStudents, joinRoom, logIn } from './classroom-setup';

const CLIENTS = Number(process.env.CLIENTS) || 1000;
const DEBATE_PATH = '/debates/1';

export async function session(url: string, username: string): Promise<string> {
	const login = await fetch(`${url}/login`, {
		method: 'POST',
		headers: { Origin: url, 'content-type': 'application/x-www-form-urlencoded' },
		body: `username=${username}&password=${DEMO_PASSWORD}`,
		redirect: 'manual'
	});
	return (login.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/**
 * Opens one stream; resolves once connected, then calls `onPost` for the first post event that
 * arrives after `armed()` (the replay of the demo's earlier posts comes before it).
 */
export function openStream(
	url: string,
	cookie: string,
	armed: () => boolean,
	onPost: () => void
): Promise<ClientRequest> {
	return new Promise((resolve, reject) => {
		const req = request(`${url}${DEBATE_PATH}/events`, { headers: { cookie } }, (res) => {
			if (res.statusCode !== 200) reject(new Error(`stream answered ${res.statusCode}`));
			res.setEncoding('utf8');
			let seen = false;
			res.on('data', (chunk: string) => {
				if (!seen && armed() && chunk.includes('event: post\n')) {
					seen = true;
					onPost();
				}
			});
			resolve(req);
		});
		req.on('error', reject);
		req.end();
	});
}

/** The pid listening on `port`, found through /proc (the test server does not expose it). */
export function listenerPid(port: number): number | null {
	const hex = port.toString(16).toUpperCase().padStart(4, '0');
	const inodes = new Set<string>();
	for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
		for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
			const cols = line.trim().split(/\s+/);
			if (cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A' && cols[9]) inodes.add(cols[9]);
		}
	}
	for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
		try {
			for (const fd of readdirSync(`/proc/${pid}/fd`)) {
				const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
				if (inodes.has(target.slice('socket:['.length, -1))) return Number(pid);
			}
		} catch {
			// Another user's process, or gone.
		}
	}
	return null;
}

function rssMb(pid: number): number {
	const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
	return line ? Number(line[1]) / 1024 : NaN;
}

export const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

export async function benchDebateStream(): Promise<void> {
	// 1,000 streams from a handful of accounts: the per-user request limit would refuse most.
	const server = await startServer({ STANDPOINT_RATE_LIMIT: 'off' });
	const streams: ClientRequest[] = [];
	try {
		// The server holds each user to a few streams (tabs): the 1,000 belong to many students.
		const teacher = await session(server.url, 'teacher');
		const logins = await addStudents(
			server.url,
			teacher,
			Math.ceil(CLIENTS / MAX_STREAMS_PER_USER)
		);
		const watchers: string[] = [];
		for (const login of logins) {
			const cookie = await logIn(server.url, login.username, login.password);
			await joinRoom(server.url, cookie);
			watchers.push(cookie);
		}
		const poster = await session(server.url, 'student2');
		let sentAt = 0;
		const latencies: number[] = [];
		let done: () => void = () => {};
		const allReceived = new Promise<void>((resolve) => (done = resolve));
		const onPost = () => {
			latencies.push(performance.now() - sentAt);
			if (latencies.length === CLIENTS) done();
		};
		for (let i = 0; i < CLIENTS; i += 100) {
			const batch = Array.from({ length: Math.min(100, CLIENTS - i) }, (_, j) =>
				openStream(
					server.url,
					watchers[Math.floor((i + j) / MAX_STREAMS_PER_USER)]!,
					() => sentAt > 0,
					onPost
				)
			);
			streams.push(...(await Promise.all(batch)));
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
		const pid = listenerPid(Number(new URL(server.url).port));
		const rss = pid === null ? NaN : rssMb(pid);
		sentAt = performance.now();
		const response = await fetch(`${server.url}${DEBATE_PATH}?/post`, {
			method: 'POST',
			headers: {
				Origin: server.url,
				cookie: poster,
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: 'kind=question&claim=Bench+question&paragraph=&quote=&reasoning=',
			redirect: 'manual'
		});
		if (response.status >= 400) throw new Error(`the post was refused: ${response.status}`);
		await Promise.race([
			allReceived,
			new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), 30_000))
		]);
		const sorted = [...latencies].sort((a, b) => a - b);
		console.log(
			`debate stream: ${CLIENTS} clients, post to event p50 ${percentile(sorted, 50).toFixed(1)} ms, ` +
				`p99 ${percentile(sorted, 99).toFixed(1)} ms (goal ≤ 250), all ${sorted.at(-1)!.toFixed(1)} ms; ` +
				`server RSS with streams open ${rss.toFixed(0)} MB (goal ≤ 250)`
		);
	} finally {
		for (const stream of streams) stream.destroy();
		await server.stop();
	}
}
