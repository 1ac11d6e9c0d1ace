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

type Sample = { ms: number; ok: boolean };
const pct = (list: Sample[], q: number) => {
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
		samples.push({ ms: performance.now() - t0, ok: ok(response, body) });
		return ok(response, body);
	} catch {
		samples.push({ ms: performance.now() - t0, ok: false });
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

export async function benchClassroom(): Promise<void> {
	const seconds = Number(process.env.CLASSROOM_SECONDS) || 60;
	const server = await startServer();
	const bareServer = await startBaseline(server.databasePath);
	const json = {
		Origin: server.url,
		'content-type': 'application/x-www-form-urlencoded',
		Accept: 'application/json',
		'x-sveltekit-action': 'true'
	};
	try {
		const teacher = await logIn(server.url, 'teacher', DEMO_PASSWORD);
		const logins = await addStudents(server.url, teacher, STUDENTS);
		const students: SimStudent[] = [];
		for (const login of logins) {
			const cookie = await logIn(server.url, login.username, login.password);
			students.push(await startAttempt(server.url, login.username, cookie));
		}
		const saves: Sample[] = [];
		const postSamples: Sample[] = [];
		const acknowledged: { attemptPath: string; name: string; value: string }[] = [];
		let postsAcknowledged = 0;
		let eventsReceived = 0;
		const aborts = new AbortController();
		// 100 open streams (each student joins the room first, as its page's button does).
		// The streams open (and the room pages render) before the clock starts: the run measures a
		// class already in the room, not 100 people walking in during the same second.
		// The posters join too: posting needs a member, as the room's Join button makes one.
		for (const s of students.slice(STREAMS, STREAMS + POSTERS))
			await joinRoom(server.url, s.cookie);
		const opened: Promise<void>[] = [];
		const streams = students.slice(0, STREAMS).map(async (s) => {
			let ready = () => {};
			opened.push(new Promise((done) => (ready = done)));
			await joinRoom(server.url, s.cookie);
			await (await fetch(`${server.url}/debates/1`, { headers: { cookie: s.cookie } })).text();
			const response = await fetch(`${server.url}/debates/1/events`, {
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
							fetch(`${server.url}${s.attemptPath}?/save`, {
								method: 'POST',
								headers: { ...json, cookie: s.cookie },
								body: `only=${name.slice(1)}&${name}=${value}`
							}),
						(r, body) => r.ok && body.includes('"type":"success"')
					);
					if (ok) acknowledged.push({ attemptPath: s.attemptPath, name, value });
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
							fetch(`${server.url}/debates/1?/post`, {
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

		// Lost writes: every acknowledged answer and post must be in the database.
		const sqlite = new Database(server.databasePath, { readonly: true });
		const answerRows = sqlite.prepare(
			'SELECT count(*) AS n FROM responses WHERE attempt_id = ? AND question_id = ?'
		);
		const attemptIds = new Map(
			students.map((s) => [s.attemptPath, Number(s.attemptPath.split('/').at(-1))])
		);
		const lostAnswers = acknowledged.filter(
			(a) =>
				(answerRows.get(attemptIds.get(a.attemptPath), Number(a.name.slice(1))) as { n: number })
					.n === 0
		).length;
		const postRows = (
			sqlite
				.prepare("SELECT count(*) AS n FROM posts WHERE claim LIKE 'Load question %'")
				.get() as { n: number }
		).n;
		sqlite.close();

		// Baseline: the same save loop against a bare endpoint that inserts one row.
		const baseline: Sample[] = [];
		const baseUntil = Date.now() + Math.min(20, seconds) * 1000;
		await Promise.all(
			students.map(() =>
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

		const errors = (list: Sample[]) => list.filter((s) => !s.ok).length;
		const line = (label: string, list: Sample[]) =>
			console.log(
				`  ${label.padEnd(28)} ${String(list.length).padStart(6)} requests  p50 ${pct(list, 0.5).toFixed(1).padStart(6)} ms  p99 ${pct(list, 0.99).toFixed(1).padStart(7)} ms  errors ${errors(list)}`
			);
		console.log(
			`\nClassroom: ${STUDENTS} students saving every 2 s, ${STREAMS} event streams, ${POSTERS} posting, ${seconds} s (goals: 0 errors, 0 lost writes)`
		);
		console.log(
			`  ${((saves.length + postSamples.length) / elapsed).toFixed(0)} requests/s; ${eventsReceived} events delivered to the streams`
		);
		line('answer saves', saves);
		line('debate posts', postSamples);
		line('bare endpoint (baseline)', baseline);
		console.log(
			`  p99 ratio saves/baseline: ${(pct(saves, 0.99) / Math.max(0.1, pct(baseline, 0.99))).toFixed(2)}`
		);
		console.log(
			`  lost writes: ${lostAnswers} answers, ${postsAcknowledged - postRows} posts (${postRows} posts stored, ${postsAcknowledged} acknowledged)`
		);
	} finally {
		await bareServer.stop();
		await server.stop();
	}
}
