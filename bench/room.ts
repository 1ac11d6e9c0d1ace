/**
 * The debate room as a class uses it: 35 viewers, each with one event stream that applies
 * events the way the room page does (fetching `/live?post=N` for a post event, the header state
 * for the others), while posts come one a second for 60 s and then 100 at once. Measured in a
 * room of ~10 posts and again in one of 2,000: server CPU per event and bytes per viewer per
 * event, printed as the ratio of the large room to the small one (goal ≤ 1.2×), with a check
 * that every viewer got every event and none reconnected. A shorter run for a quick look:
 * STEADY=20 STEADY_MS=250 BURST=60 npm run bench room (the figures to report are the full run's).
 */
import Database from 'better-sqlite3';
import type { ClientRequest } from 'node:http';
import { readFileSync } from 'node:fs';
import { startServer, DEMO_PASSWORD } from '../tests/server';
import { addStudents, joinRoom, logIn } from './classroom-setup';
import { listenerPid } from './debate-stream';
import { openEventStream } from './sse-client';

const VIEWERS = Number(process.env.VIEWERS) || 35;
const STEADY = Number(process.env.STEADY) || 60;
const STEADY_MS = Number(process.env.STEADY_MS) || 1000;
const BURST = Number(process.env.BURST) || 100;
const BIG_ROOM = 2_000;
const ROOM = '/debates/1';
const form = 'application/x-www-form-urlencoded';

interface Viewer {
	cookie: string;
	seen: Set<number>;
	bytes: number;
	pending: number;
	reconnects: number;
	failed: number;
	queue: Promise<unknown>;
	stream: ClientRequest;
}

/** CPU seconds (user + system) the server process has used so far. */
export function cpuSeconds(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
	return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** What the page fetches for one event, with the viewer's cookie; counts the bytes it gets. */
async function apply(url: string, viewer: Viewer, type: string, data: string) {
	const payload = JSON.parse(data) as { postId?: number };
	const query = payload.postId !== undefined ? `?post=${payload.postId}` : '';
	const response = await fetch(`${url}${ROOM}/live${query}`, {
		headers: { cookie: viewer.cookie }
	});
	viewer.bytes += (await response.arrayBuffer()).byteLength;
	if (!response.ok) throw new Error(`live answered ${response.status} for ${type}`);
}

async function follow(url: string, cookie: string, fromId: number): Promise<Viewer> {
	const viewer = {
		cookie,
		seen: new Set<number>(),
		bytes: 0,
		pending: 0,
		reconnects: 0,
		failed: 0,
		queue: Promise.resolve()
	} as Viewer;
	viewer.stream = await openEventStream(`${url}${ROOM}/events?lastEventId=${fromId}`, cookie, {
		onBytes: (bytes) => (viewer.bytes += bytes),
		onEvent: ({ id, type, data }) => {
			if (type === null) return;
			viewer.seen.add(id);
			// One fetch at a time per viewer: a browser page has few connections per host.
			viewer.pending++;
			viewer.queue = viewer.queue
				.then(() => apply(url, viewer, type, data))
				.catch(() => viewer.failed++)
				.finally(() => viewer.pending--);
		},
		onDrop: () => viewer.reconnects++
	});
	return viewer;
}

async function sendPost(url: string, cookie: string, claim: string): Promise<void> {
	const response = await fetch(`${url}${ROOM}?/post`, {
		method: 'POST',
		headers: { Origin: url, cookie, 'content-type': form, Accept: 'text/html' },
		body: new URLSearchParams({ kind: 'question', claim, paragraph: '', quote: '', reasoning: '' }),
		redirect: 'manual'
	});
	if (response.status >= 400) throw new Error(`post refused: ${response.status}`);
	// The poster's own page follows the redirect and loads the room's data, as SvelteKit does.
	const reload = await fetch(`${url}${ROOM}/__data.json?x-sveltekit-invalidated=11`, {
		headers: { cookie }
	});
	await reload.arrayBuffer();
}

/** Rows straight into the database file: setup for the large room, not part of the measure. */
function seedPosts(databasePath: string, count: number): void {
	const sqlite = new Database(databasePath);
	sqlite.pragma('busy_timeout = 5000');
	const author = sqlite
		.prepare('SELECT user_id AS id, side FROM debate_members WHERE debate_id = 1 LIMIT 1')
		.get() as { id: number; side: string };
	const insert = sqlite.prepare(
		`INSERT INTO posts (debate_id, author_id, side, phase, kind, parent_id, claim, reasoning, created_at)
		 VALUES (1, ?, ?, 'opening', 'question', NULL, ?, 'Seeded for the bench.', ?)`
	);
	sqlite.transaction(() => {
		for (let i = 0; i < count; i++)
			insert.run(author.id, author.side, `Seeded post ${i}`, Date.now());
	})();
	sqlite.close();
}

const postCount = (path: string) => {
	const sqlite = new Database(path, { readonly: true });
	const row = sqlite.prepare('SELECT count(*) AS n FROM posts WHERE debate_id = 1').get() as {
		n: number;
	};
	sqlite.close();
	return row.n;
};

interface Round {
	posts: number;
	events: number;
	cpuMsPerEvent: number;
	bytesPerViewerPerEvent: number;
	missed: number;
	reconnects: number;
	failed: number;
}

async function round(
	url: string,
	pid: number,
	cookies: string[],
	roomPosts: number
): Promise<Round> {
	const lastId = await (
		await fetch(`${url}${ROOM}/live`, { headers: { cookie: cookies[0]! } })
	)
		.json()
		.then((body: { state: { lastEventId: number } }) => body.state.lastEventId);
	const viewers = await Promise.all(cookies.map((cookie) => follow(url, cookie, lastId)));
	await new Promise((done) => setTimeout(done, 600)); // presence settles
	for (const viewer of viewers) viewer.bytes = 0;
	const cpuBefore = cpuSeconds(pid);
	let n = 0;
	const poster = (i: number) => cookies[i % cookies.length]!;
	// On a schedule (one every STEADY_MS from the start), not a pause after each answer.
	const start = performance.now();
	for (let i = 0; i < STEADY; i++) {
		const wait = start + i * STEADY_MS - performance.now();
		if (wait > 0) await new Promise((done) => setTimeout(done, wait));
		await sendPost(url, poster(n++), `Steady post ${i} in a room of ${roomPosts}`);
	}
	await Promise.all(
		Array.from({ length: BURST }, (_, i) => sendPost(url, poster(n++), `Burst post ${i}`))
	);
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		const complete = viewers.every((v) => v.seen.size >= STEADY + BURST && v.pending === 0);
		if (complete) break;
		await new Promise((done) => setTimeout(done, 50));
	}
	const cpu = cpuSeconds(pid) - cpuBefore;
	const events = STEADY + BURST;
	const bytes = viewers.reduce((sum, v) => sum + v.bytes, 0);
	const missed = viewers.filter((v) => v.seen.size < events).length;
	const reconnects = viewers.reduce((sum, v) => sum + v.reconnects, 0);
	const failed = viewers.reduce((sum, v) => sum + v.failed, 0);
	for (const viewer of viewers) viewer.stream.destroy();
	return {
		posts: roomPosts,
		events,
		cpuMsPerEvent: (cpu * 1000) / events,
		bytesPerViewerPerEvent: bytes / viewers.length / events,
		missed,
		reconnects,
		failed
	};
}

const show = (r: Round) =>
	`room of ${r.posts} posts: ${r.cpuMsPerEvent.toFixed(2)} ms CPU/event, ` +
	`${r.bytesPerViewerPerEvent.toFixed(0)} B/viewer/event, ${r.events} events, ` +
	`${r.missed} viewers missed one, ${r.reconnects} reconnects, ${r.failed} fetches failed`;

export async function benchRoom(): Promise<void> {
	const server = await startServer({ STANDPOINT_RATE_LIMIT: 'off' });
	try {
		const teacher = await logIn(server.url, 'teacher', DEMO_PASSWORD);
		const logins = await addStudents(server.url, teacher, VIEWERS);
		const cookies: string[] = [];
		for (const login of logins) {
			const cookie = await logIn(server.url, login.username, login.password);
			await joinRoom(server.url, cookie);
			cookies.push(cookie);
		}
		const pid = listenerPid(Number(new URL(server.url).port));
		if (pid === null) throw new Error('no server pid');
		const small = await round(server.url, pid, cookies, postCount(server.databasePath));
		// Past the posting limit's burst: the large round waits for every poster's allowance.
		await new Promise((done) => setTimeout(done, 3_000 * Math.ceil((STEADY + BURST) / VIEWERS)));
		seedPosts(server.databasePath, BIG_ROOM - postCount(server.databasePath));
		const large = await round(server.url, pid, cookies, postCount(server.databasePath));
		console.log(
			`\ndebate room: ${VIEWERS} viewers as the page behaves, ${STEADY} posts ${STEADY_MS} ms apart, then ${BURST} at once`
		);
		console.log(`debate room: ${show(small)}`);
		console.log(`debate room: ${show(large)}`);
		console.log(
			`debate room: large/small CPU per event ${(large.cpuMsPerEvent / small.cpuMsPerEvent).toFixed(2)}×, ` +
				`bytes per viewer per event ${(large.bytesPerViewerPerEvent / small.bytesPerViewerPerEvent).toFixed(2)}× (goal ≤ 1.2×)`
		);
	} finally {
		await server.stop();
	}
}
