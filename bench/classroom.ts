/**
 * A mixed classroom on loopback: 300 students each saving an answer every 2 s, 100 of them with
 * the debate's event stream open and 10 posting, for 60 s (CLASSROOM_SECONDS to change). Then
 * the same save loop against the bare endpoint, in the same run, for a ratio. Ends by itself.
 */
import Database from 'better-sqlite3';
import { startServer, DEMO_PASSWORD } from '../tests/server';
import { startBaseline } from './baseline';
import { addStudents, joinRoom, logIn, startAttempt, type SimStudent } from './classroom-setup';

const STUDENTS = 300;
const STREAMS = Number(process.env.CLASSROOM_STREAMS ?? 100);
const POSTERS = 10;
const SAVE_EVERY_MS = 2000;
const POST_EVERY_MS = 6000;

/** `error`: what a failed request was (its status and the start of its body, or the exception). */
export type Sample = { ms: number; ok: boolean; error?: string };
export const pct = (list: Sample[], q: number) => {
	const sorted = list.map((s) => s.ms).sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

async function timed(
	samples: Sample[],
	request: () => Promise<Response>,
	ok: (r: Response, body: string) => boolean
) {
	const t0 = performance.now();
	try {
		const response = await request();
		const body = await response.text();
		const passed = ok(response, body);
		const error = passed ? undefined : `${response.status} ${body.slice(0, 60)}`;
		samples.push({ ms: performance.now() - t0, ok: passed, error });
		return passed;
	} catch (thrown) {
		const error = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
		samples.push({ ms: performance.now() - t0, ok: false, error });
		return false;
	}
}

/** Runs `tick` every `every` ms per student until `until`, starting at a random offset. */
async function loop(until: number, every: number, tick: (round: number) => Promise<void>) {
	await new Promise((done) => setTimeout(done, Math.random() * every));
	for (let round = 0; Date.now() < until; round++) {
		const next = Date.now() + every;
		await tick(round);
		await new Promise((done) => setTimeout(done, Math.max(0, next - Date.now())));
	}
}

/** What a run leaves to check against the database: acknowledged answers and posts. */
export interface ClassroomRun {
	seconds: number;
	elapsed: number;
	saves: Sample[];
	postSamples: Sample[];
	acknowledged: { attemptId: number; questionId: number }[];
	postsAcknowledged: number;
	eventsReceived: number;
	students: SimStudent[];
}

/** Which acknowledged writes the database does not hold, read by the bench after the run. */
export interface StoredWrites {
	/** "attemptId:questionId" of every stored answer. */
	answers(): Promise<Set<string>>;
	/** How many of the bench's posts ('Load question …') are stored. */
	posts(): Promise<number>;
}

export function sqliteStored(databasePath: string): StoredWrites {
	const read = <T>(query: string) => {
		const sqlite = new Database(databasePath, { readonly: true });
		try {
			return sqlite.prepare(query).all() as T[];
		} finally {
			sqlite.close();
		}
	};
	return {
		answers: async () =>
			new Set(
				read<{ a: number; q: number }>(
					'SELECT attempt_id AS a, question_id AS q FROM responses'
				).map((r) => `${r.a}:${r.q}`)
			),
		posts: async () =>
			read<{ n: number }>("SELECT count(*) AS n FROM posts WHERE claim LIKE 'Load question %'")[0]!
				.n
	};
}

/** Answers and posts acknowledged but not stored. */
export async function lostWrites(run: ClassroomRun, stored: StoredWrites) {
	const answers = await stored.answers();
	const posts = await stored.posts();
	return {
		answers: run.acknowledged.filter((a) => !answers.has(`${a.attemptId}:${a.questionId}`)).length,
		posts: run.postsAcknowledged - posts,
		postsStored: posts
	};
}

export const errorCount = (list: Sample[]) => list.filter((s) => !s.ok).length;
/** The kinds of failure with their counts, most frequent first: an error count alone says nothing. */
const errorKinds = (list: Sample[]) => {
	const kinds = new Map<string, number>();
	for (const { error } of list) if (error) kinds.set(error, (kinds.get(error) ?? 0) + 1);
	return [...kinds].sort((a, b) => b[1] - a[1]);
};
export const sampleLine = (label: string, list: Sample[]) => {
	console.log(
		`  ${label.padEnd(28)} ${String(list.length).padStart(6)} requests  p50 ${pct(list, 0.5).toFixed(1).padStart(6)} ms  p99 ${pct(list, 0.99).toFixed(1).padStart(7)} ms  errors ${errorCount(list)}`
	);
	for (const [kind, count] of errorKinds(list).slice(0, 5)) {
		console.log(`    ${String(count).padStart(5)} × ${JSON.stringify(kind)}`);
	}
};

/** The class, set up over HTTP and then run for `seconds` against one server. */
export async function runClassroom(url: string, seconds: number): Promise<ClassroomRun> {
	const json = {
		Origin: url,
		'content-type': 'application/x-www-form-urlencoded',
		Accept: 'application/json',
		'x-sveltekit-action': 'true'
	};
	const teacher = await logIn(url, 'teacher', DEMO_PASSWORD);
	const logins = await addStudents(url, teacher, STUDENTS);
	const students: SimStudent[] = [];
	for (const login of logins) {
		const cookie = await logIn(url, login.username, login.password);
		students.push(await startAttempt(url, login.username, cookie));
	}
	const saves: Sample[] = [];
	const postSamples: Sample[] = [];
	const acknowledged: ClassroomRun['acknowledged'] = [];
	let postsAcknowledged = 0;
	let eventsReceived = 0;
	const aborts = new AbortController();
	// 100 open streams (each student joins the room first, as its page's button does).
	// The streams open (and the room pages render) before the clock starts: the run measures a
	// class already in the room, not 100 people walking in during the same second.
	// The posters join too: posting needs a member, as the room's Join button makes one.
	for (const s of students.slice(STREAMS, STREAMS + POSTERS)) await joinRoom(url, s.cookie);
	const opened: Promise<void>[] = [];
	const streams = students.slice(0, STREAMS).map(async (s) => {
		let ready = () => {};
		opened.push(new Promise((done) => (ready = done)));
		await joinRoom(url, s.cookie);
		await (await fetch(`${url}/debates/1`, { headers: { cookie: s.cookie } })).text();
		const response = await fetch(`${url}/debates/1/events`, {
			headers: { cookie: s.cookie },
			signal: aborts.signal
		});
		ready();
		const reader = response.body!.getReader();
		try {
			for (;;) {
				const { done, value } = await reader.read();
				if (done) break;
				eventsReceived += (new TextDecoder().decode(value).match(/^id:/gm) ?? []).length;
			}
		} catch {
			// Aborted at the end of the run.
		}
	});
	while (opened.length < streams.length) await new Promise((done) => setTimeout(done, 10));
	await Promise.all(opened);
	const until = Date.now() + seconds * 1000;
	const started = performance.now();
	await Promise.all([
		...students.map((s) =>
			loop(until, SAVE_EVERY_MS, async (round) => {
				const [name, value] = s.questions[round % s.questions.length]!;
				const ok = await timed(
					saves,
					() =>
						fetch(`${url}${s.attemptPath}?/save`, {
							method: 'POST',
							headers: { ...json, cookie: s.cookie },
							body: `only=${name.slice(1)}&${name}=${value}`
						}),
					(r, body) => r.ok && body.includes('"type":"success"')
				);
				if (ok) {
					acknowledged.push({
						attemptId: Number(s.attemptPath.split('/').at(-1)),
						questionId: Number(name.slice(1))
					});
				}
			})
		),
		...students.slice(STREAMS, STREAMS + POSTERS).map((s) =>
			loop(until, POST_EVERY_MS, async (round) => {
				const body = new URLSearchParams({
					kind: 'question',
					claim: `Load question ${round} from ${s.username}: what evidence would change your mind?`,
					paragraph: '',
					quote: '',
					reasoning: ''
				});
				const ok = await timed(
					postSamples,
					() =>
						fetch(`${url}/debates/1?/post`, {
							method: 'POST',
							headers: { ...json, cookie: s.cookie },
							body: body.toString()
						}),
					// The room answers a done post with post/redirect/get: a redirect is success.
					(r, text) => r.ok && /"type":"(?:success|redirect)"/.test(text)
				);
				if (ok) postsAcknowledged += 1;
			})
		)
	]);
	const elapsed = (performance.now() - started) / 1000;
	aborts.abort();
	await Promise.allSettled(streams);
	return {
		seconds,
		elapsed,
		saves,
		postSamples,
		acknowledged,
		postsAcknowledged,
		eventsReceived,
		students
	};
}

export function printRun(title: string, run: ClassroomRun): void {
	console.log(
		`\n${title}: ${STUDENTS} students saving every 2 s, ${STREAMS} event streams, ${POSTERS} posting, ${run.seconds} s (goals: 0 errors, 0 lost writes)`
	);
	console.log(
		`  ${((run.saves.length + run.postSamples.length) / run.elapsed).toFixed(0)} requests/s; ${run.eventsReceived} events delivered to the streams`
	);
	sampleLine('answer saves', run.saves);
	sampleLine('debate posts', run.postSamples);
}

export function printLost(lost: Awaited<ReturnType<typeof lostWrites>>, run: ClassroomRun): void {
	console.log(
		`  lost writes: ${lost.answers} answers, ${lost.posts} posts (${lost.postsStored} posts stored, ${run.postsAcknowledged} acknowledged)`
	);
}

export async function benchClassroom(): Promise<void> {
	const seconds = Number(process.env.CLASSROOM_SECONDS) || 60;
	const server = await startServer();
	const bareServer = await startBaseline(server.databasePath);
	try {
		const run = await runClassroom(server.url, seconds);
		const lost = await lostWrites(run, sqliteStored(server.databasePath));

		// Baseline: the same save loop against a bare endpoint that inserts one row.
		const baseline: Sample[] = [];
		const baseUntil = Date.now() + Math.min(20, seconds) * 1000;
		await Promise.all(
			run.students.map(() =>
				loop(baseUntil, SAVE_EVERY_MS, async () => {
					await timed(
						baseline,
						() =>
							fetch(bareServer.url, {
								method: 'POST',
								headers: { Origin: server.url, 'content-type': 'text/plain' },
								body: 'row'
							}),
						(r) => r.ok
					);
				})
			)
		);

		printRun('Classroom', run);
		sampleLine('bare endpoint (baseline)', baseline);
		console.log(
			`  p99 ratio saves/baseline: ${(pct(run.saves, 0.99) / Math.max(0.1, pct(baseline, 0.99))).toFixed(2)}`
		);
		printLost(lost, run);
	} finally {
		await bareServer.stop();
		await server.stop();
	}
}
