/**
 * Faults: the server killed outright (SIGKILL) in the middle of a quiz attempt and a debate
 * loses nothing it had acknowledged; stopped with SIGTERM it ends the event streams with a
 * retry hint and closes the database cleanly.
 */
import { test, expect } from '@playwright/test';
import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { startServer, type TestServer, DEMO_PASSWORD } from './server';

interface Client {
	cookie: string;
	url: string;
}

async function logIn(url: string, username: string): Promise<Client> {
	const response = await fetch(`${url}/login`, {
		method: 'POST',
		headers: {
			Origin: url,
			Accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ username, password: DEMO_PASSWORD }),
		redirect: 'manual'
	});
	expect(response.status).toBe(303);
	return { url, cookie: (response.headers.get('set-cookie') ?? '').split(';')[0]! };
}

/** A form action as `use:enhance` sends it: urlencoded, JSON result back. */
function action(client: Client, path: string, form: Record<string, string>) {
	return fetch(`${client.url}${path}`, {
		method: 'POST',
		headers: {
			Origin: client.url,
			cookie: client.cookie,
			'content-type': 'application/x-www-form-urlencoded',
			Accept: 'application/json',
			'x-sveltekit-action': 'true'
		},
		body: new URLSearchParams(form),
		redirect: 'manual'
	});
}

function page(client: Client, path: string) {
	return fetch(`${client.url}${path}`, { headers: { cookie: client.cookie } });
}

async function startAttempt(student: Client): Promise<string> {
	const started = await fetch(`${student.url}/assignments/1?/start`, {
		method: 'POST',
		headers: {
			Origin: student.url,
			cookie: student.cookie,
			Accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: '',
		redirect: 'manual'
	});
	expect(started.status).toBe(303);
	return new URL(started.headers.get('location') ?? '', student.url).pathname;
}

/** Each single-choice question on the attempt page with the options it offers. */
function radioQuestions(html: string): Map<string, string[]> {
	const found = new Map<string, string[]>();
	for (const tag of html.match(/<input[^>]*type="radio"[^>]*>/g) ?? []) {
		const name = /name="(q\d+)"/.exec(tag)?.[1];
		const value = /value="([^"]+)"/.exec(tag)?.[1];
		if (name && value) found.set(name, [...(found.get(name) ?? []), value]);
	}
	return found;
}

/** The options checked on the attempt page, by field name. */
function checkedRadios(html: string): Map<string, string> {
	const checked = new Map<string, string>();
	for (const tag of html.match(/<input[^>]*type="radio"[^>]*>/g) ?? []) {
		const name = /name="(q\d+)"/.exec(tag)?.[1];
		const value = /value="([^"]+)"/.exec(tag)?.[1];
		if (name && value && /\schecked(=|\s|\/|>)/.test(tag)) checked.set(name, value);
	}
	return checked;
}

interface StreamRead {
	ids: number[];
	text: string;
	/** True when the server ended the stream (rather than this reader stopping). */
	ended: boolean;
}

/** Reads the room's stream from the start until `until(ids)` holds or the server ends it. */
async function readStream(
	client: Client,
	debateId: number,
	until: (ids: number[], text: string) => boolean,
	onOpen?: () => void
): Promise<StreamRead> {
	const controller = new AbortController();
	const response = await fetch(`${client.url}/debates/${debateId}/events`, {
		headers: { cookie: client.cookie, 'Last-Event-ID': '0' },
		signal: controller.signal
	});
	expect(response.status).toBe(200);
	onOpen?.();
	const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
	let text = '';
	const ids = () => [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
	const timer = setTimeout(() => controller.abort(), 20_000);
	try {
		for (;;) {
			const { value, done } = await reader.read();
			if (done) return { ids: ids(), text, ended: true };
			text += value;
			if (until(ids(), text)) {
				controller.abort();
				return { ids: ids(), text, ended: false };
			}
		}
	} finally {
		clearTimeout(timer);
	}
}

function committed(server: TestServer, sql: string): number[] {
	const db = new Database(server.databasePath, { readonly: true });
	try {
		return db
			.prepare(sql)
			.pluck()
			.all()
			.map((v) => Number(v));
	} finally {
		db.close();
	}
}

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test('SIGKILL mid-attempt and mid-debate: every saved answer and every event survives', async () => {
	const server = await startServer();
	try {
		const student = await logIn(server.url, 'student6');
		const attemptPath = await startAttempt(student);
		const questions = radioQuestions(await (await page(student, attemptPath)).text());
		expect(questions.size).toBeGreaterThanOrEqual(3);
		const names = [...questions.keys()];
		// The last option of each, so nothing could pass for a default.
		const chosen = new Map(names.map((name) => [name, questions.get(name)!.at(-1)!]));
		const save = (name: string) =>
			action(student, `${attemptPath}?/save`, { only: name.slice(1), [name]: chosen.get(name)! });
		const acknowledged = new Set<string>();
		for (const name of names.slice(0, -1)) {
			const response = await save(name);
			expect(response.status).toBe(200);
			expect((await response.json()).type).toBe('success');
			acknowledged.add(name);
		}

		const posted: number[] = [];
		for (let i = 1; i <= 3; i++) {
			const response = await action(student, '/debates/1?/post', {
				kind: 'question',
				claim: `Fault test question ${i}: what would change your mind?`,
				paragraph: '',
				quote: '',
				reasoning: ''
			});
			// Room actions redirect back to the room (post/redirect/get) once the post is stored.
			expect((await response.json()).type).toBe('redirect');
			posted.push(...committed(server, 'select max(id) from posts'));
		}
		const eventsBefore = committed(server, 'select id from events where debate_id = 1 order by id');

		// The last answer is in flight when the process dies: it may or may not be kept, but an
		// acknowledged one must be.
		const last = names.at(-1)!;
		const inFlight = save(last).then(
			async (r) => r.ok && (await r.json()).type === 'success',
			() => false
		);
		const killed = await server.kill('SIGKILL');
		expect(killed.signal).toBe('SIGKILL');
		if (await inFlight) acknowledged.add(last);

		await server.restart();
		const again = await logIn(server.url, 'student6');
		const resumed = await page(again, attemptPath);
		expect(resumed.status).toBe(200);
		const checked = checkedRadios(await resumed.text());
		for (const name of acknowledged) expect(checked.get(name), name).toBe(chosen.get(name));

		const lastId = eventsBefore.at(-1)!;
		const replay = await readStream(again, 1, (ids) => ids.includes(lastId));
		expect(replay.ids.slice(0, eventsBefore.length)).toEqual(eventsBefore);
		for (const postId of posted) expect(replay.text).toContain(`"postId":${postId}`);
	} finally {
		await server.stop();
	}
});

test('SIGTERM: streams end with a retry hint, the server stops, the database closes cleanly', async () => {
	const server = await startServer();
	try {
		const student = await logIn(server.url, 'student6');
		const attemptPath = await startAttempt(student);
		const [name, options] = [
			...radioQuestions(await (await page(student, attemptPath)).text())
		][0]!;
		const saved = await action(student, `${attemptPath}?/save`, {
			only: name.slice(1),
			[name]: options[0]!
		});
		expect((await saved.json()).type).toBe('success');

		let opened: () => void = () => {};
		const open = new Promise<void>((resolve) => (opened = resolve));
		// The stream never stops on its own: only the server's shutdown can end this read.
		const watching = readStream(student, 1, () => false, opened);
		await open;
		const response = await action(student, '/debates/1?/post', {
			kind: 'question',
			claim: 'Posted just before the server stops: is it kept?',
			paragraph: '',
			quote: '',
			reasoning: ''
		});
		expect((await response.json()).type).toBe('redirect');
		const events = committed(server, 'select id from events order by id');
		const responses = committed(server, 'select attempt_id from responses');

		const started = Date.now();
		const exit = await server.kill('SIGTERM');
		const stopSeconds = (Date.now() - started) / 1000;
		expect(exit.code).toBe(0);
		// Well under adapter-node's SHUTDOWN_TIMEOUT (30 s): the open stream did not hold it up.
		expect(stopSeconds).toBeLessThan(10);

		const stream = await watching;
		expect(stream.ended).toBe(true);
		expect(stream.text.trimEnd().endsWith('retry: 2000')).toBe(true);
		expect(stream.ids.at(-1)).toBe(events.at(-1));

		await expect(fetch(`${server.url}/login`)).rejects.toThrow();

		// Closed cleanly: the WAL was checkpointed into the file and removed.
		const wal = `${server.databasePath}-wal`;
		expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
		const db = new Database(server.databasePath, { readonly: true });
		try {
			expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
		} finally {
			db.close();
		}
		expect(committed(server, 'select id from events order by id')).toEqual(events);
		expect(committed(server, 'select attempt_id from responses')).toEqual(responses);
	} finally {
		await server.stop();
	}
});
