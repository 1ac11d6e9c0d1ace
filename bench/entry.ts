/**
 * A class walking into the debate room at once: 35, then 100, logged-in students each load the
 * room page of a 500-post room in the same instant, as a browser does: the page's HTML (its
 * data is inlined), then, once it has hydrated, its one event stream (counted until the stream's
 * first byte). Measured beside a bare Kit page (`/logout`: session check, root layout, no data)
 * loaded by the same students in the same run, so the ratio says what the room adds.
 * Goals: p99 ≤ 250 ms for 35 and ≤ 600 ms for 100.
 * `ENTRY_PROFILE=/tmp/prof npm run bench entry` also writes the server's V8 CPU profile there
 * (bench/cpu-profile.mjs, written when the server stops) and one room page's HTML (room.html).
 */
import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request, type ClientRequest } from 'node:http';
import { resolve } from 'node:path';
import { startServer, DEMO_PASSWORD } from '../tests/server';
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

export async function benchEntry(): Promise<void> {
	const profile = process.env.ENTRY_PROFILE && resolve(process.env.ENTRY_PROFILE);
	// A folder that does not exist yet failed the run after minutes of setup: made first.
	if (profile) mkdirSync(profile, { recursive: true });
	const server = await startServer({
		STANDPOINT_RATE_LIMIT: 'off',
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
		const pid = listenerPid(Number(new URL(server.url).port));
		if (pid === null) throw new Error('no server pid');
		const state = (await (
			await fetch(`${server.url}${ROOM}/live`, { headers: { cookie: cookies[0]! } })
		).json()) as { state: { lastEventId: number } };
		const lastEventId = state.state.lastEventId;
		// Warm both routes (module loading, statement preparation) before measuring.
		for (const path of [BARE, ROOM])
			await crowd(server.url, path, cookies.slice(0, 5), lastEventId);
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
		for (const size of CROWDS) {
			const room: Sample[] = [];
			const bare: Sample[] = [];
			let roomCpu = 0;
			let bareCpu = 0;
			for (let r = 0; r < ROUNDS; r++) {
				const start = cpuSeconds(pid);
				bare.push(...(await crowd(server.url, BARE, cookies.slice(0, size), lastEventId)));
				const before = cpuSeconds(pid);
				bareCpu += before - start;
				room.push(...(await crowd(server.url, ROOM, cookies.slice(0, size), lastEventId)));
				roomCpu += cpuSeconds(pid) - before;
			}
			const line = (label: string, values: number[]) =>
				`  ${label.padEnd(34)} p50 ${quantile(values, 0.5).toFixed(0).padStart(5)} ms  p99 ${quantile(values, 0.99).toFixed(0).padStart(5)} ms`;
			const failed = [...room, ...bare].filter((s) => !s.ok).length;
			const p99 = quantile(
				room.map((s) => s.entryMs),
				0.99
			);
			const bareP99 = quantile(
				bare.map((s) => s.htmlMs),
				0.99
			);
			console.log(`${size} students at once (${room.length} room loads, ${failed} failed):`);
			console.log(
				line(
					'bare Kit page',
					bare.map((s) => s.htmlMs)
				)
			);
			console.log(
				line(
					'room page HTML',
					room.map((s) => s.htmlMs)
				)
			);
			console.log(
				line(
					'room page HTML + its stream open',
					room.map((s) => s.entryMs)
				)
			);
			console.log(
				`  room/bare p50 ${(
					quantile(
						room.map((s) => s.entryMs),
						0.5
					) /
					quantile(
						bare.map((s) => s.htmlMs),
						0.5
					)
				).toFixed(2)}×, ` +
					`p99 ${(p99 / bareP99).toFixed(2)}×; server CPU per load ${((roomCpu * 1000) / room.length).toFixed(1)} ms ` +
					`(bare ${((bareCpu * 1000) / bare.length).toFixed(1)} ms); ` +
					`goal p99 ≤ ${GOALS[size]} ms: ${p99 <= GOALS[size]! ? 'met' : 'NOT met'}`
			);
		}
	} finally {
		await server.stop();
	}
}
