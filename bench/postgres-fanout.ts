/**
 * One post reaching 1,000 open room streams: on one SQLite instance, on one PostgreSQL
 * instance, and split 500/500 over two instances on the same PostgreSQL with the post made
 * through the first (its event reaches the second through LISTEN/NOTIFY and the events table).
 * Goal (issue 18): every stream on both instances gets it, p50 split ≤ 2× the single instance.
 */
import type { ClientRequest } from 'node:http';
import { MAX_STREAMS_PER_USER } from '../src/lib/server/debates/live';
import { startServer, type TestServer } from '../tests/server';
import { addStudents, joinRoom, logIn } from './classroom-setup';
import { openStream, percentile, session } from './debate-stream';
import { benchPostgres, startPostgresServer } from './postgres';

const CLIENTS = Number(process.env.CLIENTS) || 1000;
const TIMEOUT_MS = 30_000;

/** Logged-in room members enough for CLIENTS streams (the server allows a few per user). */
async function watchers(url: string): Promise<string[]> {
	const teacher = await session(url, 'teacher');
	const logins = await addStudents(url, teacher, Math.ceil(CLIENTS / MAX_STREAMS_PER_USER));
	const cookies: string[] = [];
	for (const login of logins) {
		const cookie = await logIn(url, login.username, login.password);
		await joinRoom(url, cookie);
		cookies.push(cookie);
	}
	return cookies;
}

interface FanOut {
	latencies: number[];
	/** Streams that got the post, per instance. */
	reached: number[];
}

/** Opens CLIENTS streams spread round robin over `urls`, posts through the first, times each. */
async function fanOut(urls: string[], cookies: string[], poster: string): Promise<FanOut> {
	const streams: ClientRequest[] = [];
	const latencies: number[] = [];
	const reached = urls.map(() => 0);
	let sentAt = 0;
	let done = () => {};
	const all = new Promise<void>((resolve) => (done = resolve));
	try {
		for (let i = 0; i < CLIENTS; i += 100) {
			const batch = Array.from({ length: Math.min(100, CLIENTS - i) }, (_, j) => {
				const n = i + j;
				const instance = n % urls.length;
				return openStream(
					urls[instance]!,
					cookies[Math.floor(n / MAX_STREAMS_PER_USER)]!,
					() => sentAt > 0,
					() => {
						latencies.push(performance.now() - sentAt);
						reached[instance]! += 1;
						if (latencies.length === CLIENTS) done();
					}
				);
			});
			streams.push(...(await Promise.all(batch)));
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
		sentAt = performance.now();
		const response = await fetch(`${urls[0]}/debates/1?/post`, {
			method: 'POST',
			headers: {
				Origin: urls[0]!,
				cookie: poster,
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: 'kind=question&claim=Fan-out+question&paragraph=&quote=&reasoning=',
			redirect: 'manual'
		});
		if (response.status >= 400) throw new Error(`the post was refused: ${response.status}`);
		await Promise.race([all, new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS))]);
		return { latencies: latencies.sort((a, b) => a - b), reached };
	} finally {
		for (const stream of streams) stream.destroy();
		// The servers see the streams close before the next measure opens its own.
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
}

function line(label: string, result: FanOut): string {
	const { latencies, reached } = result;
	return (
		`  ${label.padEnd(34)} p50 ${percentile(latencies, 50).toFixed(1).padStart(6)} ms  ` +
		`p99 ${percentile(latencies, 99).toFixed(1).padStart(6)} ms  all ${(latencies.at(-1) ?? NaN).toFixed(1).padStart(6)} ms  ` +
		`reached ${latencies.length}/${CLIENTS} (${reached.join(' + ')})`
	);
}

export async function benchPostgresFanOut(): Promise<void> {
	const postgres = benchPostgres();
	const off = { STANDPOINT_RATE_LIMIT: 'off' };
	const servers: TestServer[] = [];
	try {
		const sqlite = await startServer(off);
		servers.push(sqlite);
		const url = await postgres.copyOf(sqlite.databasePath);
		// Two instances started together, as compose starts them (one migrates, the other waits).
		const [a, b] = await Promise.all([
			startPostgresServer(url, off),
			startPostgresServer(url, off)
		]);
		servers.push(a, b);
		const liteCookies = await watchers(sqlite.url);
		const single = await fanOut([sqlite.url], liteCookies, await session(sqlite.url, 'student2'));
		await sqlite.stop();
		// Sessions live in PostgreSQL: logins made through A open streams on B as well.
		const pgCookies = await watchers(a.url);
		const poster = await session(a.url, 'student2');
		const pgSingle = await fanOut([a.url], pgCookies, poster);
		const split = await fanOut([a.url, b.url], pgCookies, poster);
		console.log(
			`\nOne post to ${CLIENTS} room streams (goal: all reached on both instances, split p50 ≤ 2× one PostgreSQL instance)`
		);
		console.log(line('SQLite, one instance', single));
		console.log(line('PostgreSQL, one instance', pgSingle));
		console.log(line('PostgreSQL, two instances (A + B)', split));
		const ratio = percentile(split.latencies, 50) / percentile(pgSingle.latencies, 50);
		console.log(
			`  p50 two instances / one: ${ratio.toFixed(2)}× (${ratio <= 2 ? 'met' : 'NOT met'}); ` +
				`against one SQLite instance: ${(percentile(split.latencies, 50) / percentile(single.latencies, 50)).toFixed(2)}×`
		);
	} finally {
		for (const server of servers) await server.stop();
		postgres.stop();
	}
}
