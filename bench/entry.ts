/**
 * A class walking into the debate room at once: 35, then 100, logged-in students each load the
 * room page of a 500-post room in the same instant, as a browser does: the page's HTML (its
 * data is inlined), then, once it has hydrated, its one event stream (counted until the stream's
 * first byte). Measured beside a bare Kit page (`/logout`: session check, root layout, no data)
 * loaded by the same students in the same run, so the ratio says what the room adds.
 * Goals: p99 ≤ 250 ms for 35 and ≤ 600 ms for 100. Measured on one process, then on the cluster
 * (WORKERS=n to choose its size), on the same database.
 * `ENTRY_PROFILE=/tmp/prof npm run bench entry` also writes the server's V8 CPU profile there
 * (bench/cpu-profile.mjs, written when the server stops) and one room page's HTML (room.html).
 */
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request, type ClientRequest } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { DEFAULT_WORKERS } from '../src/lib/server/app/config';
import { startServer, DEMO_PASSWORD, type TestServer } from '../tests/server';
import { addStudents, joinRoom, logIn } from './classroom-setup';
import { listenerPid } from './debate-stream';
import { cpuSeconds } from './room';

const ROOM_POSTS = Number(process.env.ROOM_POSTS) || 500;
const CROWDS = [35, 100] as const;
const GOALS: Record<number, number> = { 35: 250, 100: 600 };
const ROUNDS = Number(process.env.ENTRY_ROUNDS) || 6;
const ROOM = '/debates/1';
const BARE = '/logout';
/**
 * One process, then the cluster (WORKERS, else the server's default): the same page and crowd,
 * the bare page served by as many workers as the room, so the ratio stays fair.
 */
const WORKER_COUNTS = [...new Set([1, Number(process.env.WORKERS) || DEFAULT_WORKERS])];

/**
 * Threads as a class writes them: about a third of the posts answer one of the last 20 threads,
 * from every joined student, with a few sentences of reasoning. Setup, not part of the measure.
 */
export function seedThreads(databasePath: string, total: number): void {
	const sqlite = new Database(databasePath);
	sqlite.pragma('busy_timeout = 5000');
	const authors = sqlite
		.prepare(
			"SELECT user_id AS id, coalesce(side, 'for') AS side FROM debate_members WHERE debate_id = 1"
		)
		.all() as { id: number; side: string }[];
	const have = sqlite.prepare('SELECT count(*) AS n FROM posts WHERE debate_id = 1').get() as {
		n: number;
	};
	const insert = sqlite.prepare(
		`INSERT INTO posts (debate_id, author_id, side, phase, kind, parent_id, claim, reasoning, created_at)
		 VALUES (1, ?, ?, 'opening', ?, ?, ?, ?, ?)`
	);
	const roots: number[] = [];
	const reasoning =
		'Seeded for the entry bench: the article gives a figure for this, and the other side ' +
		'has not answered it yet, so the claim stands until they do.';
	sqlite.transaction(() => {
		for (let i = 0; i < total - have.n; i++) {
			const author = authors[i % authors.length]!;
			const reply = i % 3 === 2 && roots.length > 0;
			const parent = reply ? roots[roots.length - 1 - (i % Math.min(20, roots.length))]! : null;
			const row = insert.run(
				author.id,
				author.side,
				reply ? 'rebuttal' : 'claim',
				parent,
				`Seeded ${reply ? 'rebuttal' : 'claim'} ${i}: what the evidence in paragraph two shows`,
				reasoning,
				Date.now()
			);
			if (!reply) roots.push(Number(row.lastInsertRowid));
		}
	})();
	sqlite.close();
}

/** Opens the page's event stream; resolves at its first byte with the open request. */
function openStream(url: string, cookie: string, lastEventId: number): Promise<ClientRequest> {
	return new Promise((resolve, reject) => {
		const stream = request(
			`${url}${ROOM}/events?lastEventId=${lastEventId}`,
			{ headers: { cookie } },
			(res) => {
				if (res.statusCode !== 200) return reject(new Error(`stream ${res.statusCode}`));
				res.once('data', () => resolve(stream));
			}
		);
		stream.on('error', reject);
		stream.end();
	});
}

interface Sample {
	htmlMs: number;
	entryMs: number;
	ok: boolean;
}

/** `cookies.length` loads of `path` in the same instant; the room's also open its stream. */
async function crowd(url: string, path: string, cookies: string[], lastEventId: number) {
	const streams: ClientRequest[] = [];
	const samples = await Promise.all(
		cookies.map(async (cookie): Promise<Sample> => {
			const t0 = performance.now();
			try {
				const response = await fetch(`${url}${path}`, { headers: { cookie } });
				const html = await response.text();
				const htmlMs = performance.now() - t0;
				const ok = response.ok && html.includes('</html>');
				if (path !== ROOM) return { htmlMs, entryMs: htmlMs, ok };
				streams.push(await openStream(url, cookie, lastEventId));
				return { htmlMs, entryMs: performance.now() - t0, ok };
			} catch {
				return { htmlMs: NaN, entryMs: NaN, ok: false };
			}
		})
	);
	// The class stays in the room until every load has landed, then leaves.
	for (const stream of streams) stream.destroy();
	await new Promise((done) => setTimeout(done, 300));
	return samples;
}

const quantile = (values: number[], q: number) => {
	const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

/** The server's processes: the one listening and, in a cluster, its workers. */
function serverProcesses(pid: number): number[] {
	const children = readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.filter((child) => {
			try {
				const stat = readFileSync(`/proc/${child}/stat`, 'utf8');
				return Number(stat.split(') ')[1]!.split(' ')[1]) === pid;
			} catch {
				return false;
			}
		})
		.map(Number);
	return [pid, ...children];
}

const cpuOf = (pids: number[]) => pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);

const line = (label: string, values: number[]) =>
	`  ${label.padEnd(34)} p50 ${quantile(values, 0.5).toFixed(0).padStart(5)} ms  p99 ${quantile(values, 0.99).toFixed(0).padStart(5)} ms`;

/** `ROUNDS` of the bare page then the room for `cookies.length` students; prints one block. */
async function measureCrowd(
	url: string,
	pids: number[],
	cookies: string[],
	lastEventId: number,
	workers: number
): Promise<void> {
	const room: Sample[] = [];
	const bare: Sample[] = [];
	let roomCpu = 0;
	let bareCpu = 0;
	for (let r = 0; r < ROUNDS; r++) {
		const start = cpuOf(pids);
		bare.push(...(await crowd(url, BARE, cookies, lastEventId)));
		const before = cpuOf(pids);
		bareCpu += before - start;
		room.push(...(await crowd(url, ROOM, cookies, lastEventId)));
		roomCpu += cpuOf(pids) - before;
	}
	const size = cookies.length;
	const entry = room.map((s) => s.entryMs);
	const bareHtml = bare.map((s) => s.htmlMs);
	const failed = [...room, ...bare].filter((s) => !s.ok).length;
	const p99 = quantile(entry, 0.99);
	const processes = workers === 1 ? '1 process' : `${workers} workers`;
	console.log(
		`${size} students at once, ${processes} (${room.length} room loads, ${failed} failed):`
	);
	console.log(line('bare Kit page', bareHtml));
	console.log(
		line(
			'room page HTML',
			room.map((s) => s.htmlMs)
		)
	);
	console.log(line('room page HTML + its stream open', entry));
	console.log(
		`  room/bare p50 ${(quantile(entry, 0.5) / quantile(bareHtml, 0.5)).toFixed(2)}×, ` +
			`p99 ${(p99 / quantile(bareHtml, 0.99)).toFixed(2)}×; server CPU per load ${((roomCpu * 1000) / room.length).toFixed(1)} ms ` +
			`(bare ${((bareCpu * 1000) / bare.length).toFixed(1)} ms); ` +
			`goal p99 ≤ ${GOALS[size]} ms: ${p99 <= GOALS[size]! ? 'met' : 'NOT met'}`
	);
}

/** Starts the server again with `workers` processes and waits until every one serves. */
async function serveWith(server: TestServer, workers: number): Promise<void> {
	const mark = server.output().length;
	await server.restartWith({ WORKERS: String(workers) });
	const deadline = Date.now() + 60_000;
	while (
		workers > 1 &&
		!server.output().slice(mark).includes(`All ${workers} workers are serving.`)
	) {
		if (Date.now() > deadline)
			throw new Error(`${workers} workers did not start:\n${server.output()}`);
		await new Promise((done) => setTimeout(done, 100));
	}
}

export async function benchEntry(): Promise<void> {
	const profile = process.env.ENTRY_PROFILE && resolve(process.env.ENTRY_PROFILE);
	// A folder that does not exist yet failed the run after minutes of setup: made first.
	if (profile) mkdirSync(profile, { recursive: true });
	const server = await startServer({
		STANDPOINT_RATE_LIMIT: 'off',
		WORKERS: '1',
		...(profile
			? { NODE_OPTIONS: `--import ${resolve('bench/cpu-profile.mjs')}`, PROF_OUT: profile }
			: {})
	});
	try {
		const teacher = await logIn(server.url, 'teacher', DEMO_PASSWORD);
		const most = Math.max(...CROWDS);
		const logins = await addStudents(server.url, teacher, most);
		const cookies: string[] = [];
		for (const login of logins) {
			const cookie = await logIn(server.url, login.username, login.password);
			await joinRoom(server.url, cookie);
			cookies.push(cookie);
		}
		seedThreads(server.databasePath, ROOM_POSTS);
		const state = (await (
			await fetch(`${server.url}${ROOM}/live`, { headers: { cookie: cookies[0]! } })
		).json()) as { state: { lastEventId: number } };
		const lastEventId = state.state.lastEventId;
		for (const [k, workers] of WORKER_COUNTS.entries()) {
			if (k > 0) await serveWith(server, workers);
			const pid = listenerPid(Number(new URL(server.url).port));
			if (pid === null) throw new Error('no server pid');
			const pids = serverProcesses(pid);
			// Warm both routes (module loading, statement preparation) in every worker.
			for (const path of [BARE, ROOM])
				await crowd(server.url, path, cookies.slice(0, 5 * workers), lastEventId);
			if (k === 0) {
				const firstPage = await (
					await fetch(`${server.url}${ROOM}`, { headers: { cookie: cookies[0]! } })
				).text();
				if (profile) writeFileSync(`${profile}/room.html`, firstPage);
				// Kit's inline start script carries the page's hydration data, sent beside its markup.
				const data = firstPage.slice(firstPage.lastIndexOf('<script'));
				console.log(
					`\nRoom entry: ${ROOM_POSTS} posts in the room, page HTML ${(Buffer.byteLength(firstPage) / 1024).toFixed(0)} KB ` +
						`(hydration data ${(Buffer.byteLength(data) / 1024).toFixed(1)} KB), ` +
						`${ROUNDS} rounds per crowd, bare Kit page ${BARE} in the same run`
				);
			}
			const load = loadavg()
				.map((n) => n.toFixed(2))
				.join(' ');
			console.log(
				`Server: ${workers === 1 ? 'one process' : `${workers} workers (WORKERS=${workers})`} on ${availableParallelism()} cores; load average ${load}`
			);
			for (const size of CROWDS)
				await measureCrowd(server.url, pids, cookies.slice(0, size), lastEventId, workers);
		}
	} finally {
		await server.stop();
	}
}
