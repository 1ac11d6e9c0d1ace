/**
 * A class debate split into small groups, as a class uses it: the teacher makes a debate, splits
 * the class into groups of four and moves to Rebuttal; each student opens the debate (and is
 * sent on to their group's room), keeps one event stream open and applies each event as the
 * page does (fetching `/live?post=N` for a post event, the header state for the others); every
 * second one student in each group posts, then each student posts twice at once. Measured with
 * the groups nearly empty and again once each holds FILL posts: server CPU per event per viewer
 * and bytes per viewer per event of their group, printed as the ratio of the full groups to the
 * empty ones from the same run (goal ≤ 1.2×: flat as groups fill), with the checks that every
 * viewer received every event of its own group and none of another's, and that a post of
 * another group is not theirs to fetch. Quick look: STEADY=10 FILL=200 npm run bench groups.
 */
import Database from 'better-sqlite3';
import type { ClientRequest } from 'node:http';
import { startServer, DEMO_PASSWORD } from '../tests/server';
import { addStudents, logIn } from './classroom-setup';
import { listenerPid } from './debate-stream';
import { cpuSeconds } from './room';
import { openEventStream } from './sse-client';

const VIEWERS = Number(process.env.VIEWERS) || 32;
const GROUP_SIZE = 4;
const STEADY = Number(process.env.STEADY) || 30;
const STEADY_MS = Number(process.env.STEADY_MS) || 1000;
const BURST_EACH = 2;
const FILL = Number(process.env.FILL) || 500;
const form = 'application/x-www-form-urlencoded';

interface Viewer {
	cookie: string;
	room: number;
	seen: Set<number>;
	bytes: number;
	pending: number;
	reconnects: number;
	failed: number;
	queue: Promise<unknown>;
	stream?: ClientRequest;
}

async function postForm(url: string, path: string, cookie: string, body: Record<string, string>) {
	const response = await fetch(`${url}${path}`, {
		method: 'POST',
		headers: { Origin: url, cookie, 'content-type': form, Accept: 'text/html' },
		body: new URLSearchParams(body).toString(),
		redirect: 'manual'
	});
	if (response.status !== 303) throw new Error(`${path} answered ${response.status}`);
	return response.headers.get('location') ?? '';
}

/** The teacher's part, through the same forms: a new debate, groups of four, then Rebuttal. */
async function splitDebate(url: string, teacher: string): Promise<number> {
	const created = await postForm(url, '/debates/new', teacher, {
		articleId: '1',
		classId: '1',
		motion: 'Small groups argue better than the whole class.',
		sideFor: 'Groups',
		sideAgainst: 'Whole class',
		sideAssignment: 'balance'
	});
	const debateId = Number(/\/debates\/(\d+)/.exec(created)?.[1]);
	if (!debateId) throw new Error(`no debate in ${created}`);
	await postForm(url, `/debates/${debateId}/groups?/auto`, teacher, {
		size: String(GROUP_SIZE)
	});
	for (let i = 0; i < 2; i++) await postForm(url, `/debates/${debateId}?/advance`, teacher, {});
	return debateId;
}

/** Where the class debate sends this student: their group's room. */
async function roomOf(url: string, debateId: number, cookie: string): Promise<number> {
	const response = await fetch(`${url}/debates/${debateId}`, {
		headers: { cookie },
		redirect: 'manual'
	});
	const room = Number(/\/debates\/(\d+)/.exec(response.headers.get('location') ?? '')?.[1]);
	if (response.status !== 303 || !room) throw new Error(`no group room (${response.status})`);
	return room;
}

/** What the page fetches for one event, with the viewer's cookie; counts the bytes it gets. */
async function apply(url: string, viewer: Viewer, data: string) {
	const payload = JSON.parse(data) as { postId?: number };
	const query = payload.postId !== undefined ? `?post=${payload.postId}` : '';
	const response = await fetch(`${url}/debates/${viewer.room}/live${query}`, {
		headers: { cookie: viewer.cookie }
	});
	const body = await response.arrayBuffer();
	viewer.bytes += body.byteLength;
	if (!response.ok) throw new Error(`live answered ${response.status}`);
	// A post event of the viewer's own room is always theirs to see.
	if (query && (JSON.parse(Buffer.from(body).toString()) as { post: unknown }).post === null)
		throw new Error('own post not shown');
}

async function follow(url: string, viewer: Viewer, fromId: number): Promise<void> {
	const events = `${url}/debates/${viewer.room}/events?lastEventId=${fromId}`;
	viewer.stream = await openEventStream(events, viewer.cookie, {
		onBytes: (bytes) => (viewer.bytes += bytes),
		onEvent: ({ id, data }) => {
			viewer.seen.add(id);
			viewer.pending++;
			viewer.queue = viewer.queue
				.then(() => apply(url, viewer, data))
				.catch(() => viewer.failed++)
				.finally(() => viewer.pending--);
		},
		onDrop: () => viewer.reconnects++
	});
}

async function sendPost(url: string, viewer: Viewer, claim: string): Promise<void> {
	await postForm(url, `/debates/${viewer.room}?/post`, viewer.cookie, {
		kind: 'question',
		claim,
		paragraph: '',
		quote: '',
		reasoning: ''
	});
	// The poster's own page follows the redirect and loads the room's data, as SvelteKit does.
	const reload = await fetch(
		`${url}/debates/${viewer.room}/__data.json?x-sveltekit-invalidated=11`,
		{
			headers: { cookie: viewer.cookie }
		}
	);
	await reload.arrayBuffer();
}

/** Setup, not part of the measure: each group room filled to `total` posts, straight as rows. */
function fill(databasePath: string, rooms: number[], total: number): void {
	const sqlite = new Database(databasePath);
	sqlite.pragma('busy_timeout = 5000');
	const insert = sqlite.prepare(
		`INSERT INTO posts (debate_id, author_id, side, phase, kind, parent_id, claim, reasoning, created_at)
		 VALUES (?, ?, ?, 'rebuttal', 'question', NULL, ?, 'Seeded for the groups bench.', ?)`
	);
	sqlite.transaction(() => {
		for (const room of rooms) {
			const author = sqlite
				.prepare('SELECT user_id AS id, side FROM debate_members WHERE debate_id = ? LIMIT 1')
				.get(room) as { id: number; side: string };
			const have = sqlite.prepare('SELECT count(*) AS n FROM posts WHERE debate_id = ?').get(room);
			for (let i = (have as { n: number }).n; i < total; i++)
				insert.run(room, author.id, author.side, `Seeded post ${i}`, Date.now());
		}
	})();
	sqlite.close();
}

/** Logged events of each room after `afterId`, read from the file (checking, not measuring). */
function eventsByRoom(databasePath: string, afterId: number): Map<number, Set<number>> {
	const sqlite = new Database(databasePath, { readonly: true });
	const rows = sqlite
		.prepare('SELECT id, debate_id AS room FROM events WHERE id > ?')
		.all(afterId) as { id: number; room: number }[];
	sqlite.close();
	const byRoom = new Map<number, Set<number>>();
	for (const { id, room } of rows) {
		if (!byRoom.has(room)) byRoom.set(room, new Set());
		byRoom.get(room)!.add(id);
	}
	return byRoom;
}

const maxEventId = (databasePath: string) => {
	const sqlite = new Database(databasePath, { readonly: true });
	const row = sqlite.prepare('SELECT coalesce(max(id), 0) AS id FROM events').get() as {
		id: number;
	};
	sqlite.close();
	return row.id;
};

interface Round {
	postsPerGroup: number;
	events: number;
	cpuUsPerViewerEvent: number;
	bytesPerViewerEvent: number;
	missed: number;
	foreign: number;
	reconnects: number;
	failed: number;
}

async function round(
	url: string,
	pid: number,
	databasePath: string,
	viewers: Viewer[],
	postsPerGroup: number,
	steady = STEADY,
	burst = BURST_EACH
): Promise<Round> {
	const startId = maxEventId(databasePath);
	for (const viewer of viewers) Object.assign(viewer, { seen: new Set(), bytes: 0, failed: 0 });
	await Promise.all(viewers.map((viewer) => follow(url, viewer, startId)));
	await new Promise((done) => setTimeout(done, 600)); // presence settles
	for (const viewer of viewers) viewer.bytes = 0;
	const byRoom = new Map<number, Viewer[]>();
	for (const viewer of viewers)
		byRoom.set(viewer.room, [...(byRoom.get(viewer.room) ?? []), viewer]);
	const cpuBefore = cpuSeconds(pid);
	const start = performance.now();
	for (let i = 0; i < steady; i++) {
		const wait = start + i * STEADY_MS - performance.now();
		if (wait > 0) await new Promise((done) => setTimeout(done, wait));
		// One post in each group at once, each group's members taking turns.
		await Promise.all(
			[...byRoom.values()].map((members) =>
				sendPost(url, members[i % members.length]!, `Steady post ${i}, groups of ${postsPerGroup}`)
			)
		);
	}
	await Promise.all(
		viewers.flatMap((viewer) =>
			Array.from({ length: burst }, (_, i) => sendPost(url, viewer, `Burst post ${i}`))
		)
	);
	const expected = () => eventsByRoom(databasePath, startId);
	const deadline = Date.now() + 30_000;
	let logged = expected();
	while (Date.now() < deadline) {
		logged = expected();
		const done = viewers.every(
			(v) => v.pending === 0 && v.seen.size >= (logged.get(v.room)?.size ?? 0)
		);
		if (done) break;
		await new Promise((done) => setTimeout(done, 50));
	}
	const cpu = cpuSeconds(pid) - cpuBefore;
	for (const viewer of viewers) viewer.stream?.destroy();
	let deliveries = 0;
	let missed = 0;
	let foreign = 0;
	for (const viewer of viewers) {
		const own = logged.get(viewer.room) ?? new Set<number>();
		deliveries += own.size;
		if ([...own].some((id) => !viewer.seen.has(id))) missed++;
		if ([...viewer.seen].some((id) => !own.has(id))) foreign++;
	}
	const events = [...logged.values()].reduce((sum, ids) => sum + ids.size, 0);
	return {
		postsPerGroup,
		events,
		cpuUsPerViewerEvent: (cpu * 1e6) / deliveries,
		bytesPerViewerEvent: viewers.reduce((sum, v) => sum + v.bytes, 0) / deliveries,
		missed,
		foreign,
		reconnects: viewers.reduce((sum, v) => sum + v.reconnects, 0),
		failed: viewers.reduce((sum, v) => sum + v.failed, 0)
	};
}

/** A student asking for a post of another group, through their room and through its own. */
async function peeks(url: string, databasePath: string, viewers: Viewer[]): Promise<number> {
	const sqlite = new Database(databasePath, { readonly: true });
	const postIn = sqlite.prepare('SELECT max(id) AS id FROM posts WHERE debate_id = ?');
	let leaks = 0;
	for (const viewer of viewers) {
		const other = viewers.find((v) => v.room !== viewer.room)!.room;
		const { id } = postIn.get(other) as { id: number };
		const mine = await fetch(`${url}/debates/${viewer.room}/live?post=${id}`, {
			headers: { cookie: viewer.cookie }
		});
		if (!mine.ok || (await mine.json()).post !== null) leaks++;
		const theirs = await fetch(`${url}/debates/${other}/live?post=${id}`, {
			headers: { cookie: viewer.cookie }
		});
		if (theirs.ok) leaks++;
	}
	sqlite.close();
	return leaks;
}

const show = (r: Round) =>
	`groups of ${r.postsPerGroup} posts: ${r.cpuUsPerViewerEvent.toFixed(0)} µs CPU per event per viewer, ` +
	`${r.bytesPerViewerEvent.toFixed(0)} B per viewer per event, ${r.events} events; ` +
	`${r.missed} viewers missed one of their group's, ${r.foreign} got another group's, ` +
	`${r.reconnects} reconnects, ${r.failed} fetches failed`;

export async function benchGroups(): Promise<void> {
	const server = await startServer({ STANDPOINT_RATE_LIMIT: 'off' });
	try {
		const teacher = await logIn(server.url, 'teacher', DEMO_PASSWORD);
		const logins = await addStudents(server.url, teacher, VIEWERS);
		const debateId = await splitDebate(server.url, teacher);
		const viewers: Viewer[] = [];
		for (const login of logins) {
			const cookie = await logIn(server.url, login.username, login.password);
			const room = await roomOf(server.url, debateId, cookie);
			viewers.push({
				cookie,
				room,
				seen: new Set(),
				bytes: 0,
				pending: 0,
				reconnects: 0,
				failed: 0,
				queue: Promise.resolve()
			});
		}
		const rooms = [...new Set(viewers.map((v) => v.room))];
		const pid = listenerPid(Number(new URL(server.url).port));
		if (pid === null) throw new Error('no server pid');
		// Warm-up, not reported: the first requests compile the server's code paths.
		await round(server.url, pid, server.databasePath, viewers, 0, 5, 0);
		const empty = await round(server.url, pid, server.databasePath, viewers, 5);
		// Past the posting limit's burst before the second round.
		await new Promise((done) => setTimeout(done, 3_000 * (BURST_EACH + 2)));
		fill(server.databasePath, rooms, FILL);
		const full = await round(server.url, pid, server.databasePath, viewers, FILL);
		const leaks = await peeks(server.url, server.databasePath, viewers);
		console.log(
			`\ngroups: ${VIEWERS} students in ${rooms.length} groups of about ${GROUP_SIZE}, one stream each as the page behaves; ` +
				`a post in every group each ${STEADY_MS} ms for ${STEADY} rounds, then ${BURST_EACH} from every student at once`
		);
		console.log(`groups: ${show(empty)}`);
		console.log(`groups: ${show(full)}`);
		console.log(
			`groups: full/empty CPU per event per viewer ${(full.cpuUsPerViewerEvent / empty.cpuUsPerViewerEvent).toFixed(2)}×, ` +
				`bytes per viewer per event ${(full.bytesPerViewerEvent / empty.bytesPerViewerEvent).toFixed(2)}× (goal ≤ 1.2×); ` +
				`another group's post fetched: ${leaks} of ${viewers.length * 2} tries (goal 0)`
		);
	} finally {
		await server.stop();
	}
}
