/**
 * Saving one answer through the real route (session, ownership, deadline, grade, write) against
 * a bare endpoint that inserts one row, both on the built app in the same run.
 */
import { startServer, DEMO_PASSWORD } from '../tests/server';
import { startBaseline } from './baseline';
import { load, type LoadResult } from './load';

export const CONNECTIONS = 100;
export const REQUESTS = 4000;
/** A class of 35 autosaving every few seconds sends ~10 saves a second; this is 30× that. */
export const PACED_RATE = 300;
export const PACED_REQUESTS = 3000;

/** Saves one answer as the page's autosave sends it: the action's JSON result, no page render. */
export async function answerSaver(url: string): Promise<() => Promise<Response>> {
	const session = await studentSession(url);
	return () =>
		fetch(`${url}${session.attemptPath}?/save`, {
			method: 'POST',
			headers: { ...session.headers, Accept: 'application/json', 'x-sveltekit-action': 'true' },
			body: session.body
		});
}

export const loadLine = (label: string, r: LoadResult) =>
	console.log(
		`  ${label.padEnd(38)} ${r.perSecond.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(7)} ms  failures ${r.failures}`
	);

export async function studentSession(url: string) {
	const headers = {
		Origin: url,
		Accept: 'text/html',
		'content-type': 'application/x-www-form-urlencoded'
	};
	const login = await fetch(`${url}/login`, {
		method: 'POST',
		headers,
		body: `username=student6&password=${DEMO_PASSWORD}`,
		redirect: 'manual'
	});
	const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
	const started = await fetch(`${url}/assignments/1?/start`, {
		method: 'POST',
		headers: { ...headers, cookie },
		body: '',
		redirect: 'manual'
	});
	const attemptPath = new URL(started.headers.get('location') ?? '', url).pathname;
	const page = await (await fetch(`${url}${attemptPath}`, { headers: { cookie } })).text();
	const [, questionId, optionId] = /name="q(\d+)" value="([a-z])"/.exec(page) ?? [];
	if (!questionId) throw new Error('No choice question found on the attempt page');
	return {
		headers: { ...headers, cookie },
		attemptPath,
		body: `only=${questionId}&q${questionId}=${optionId}`
	};
}

export async function benchSaveAnswer(): Promise<void> {
	const server = await startServer({ STANDPOINT_RATE_LIMIT: 'off' });
	const bareServer = await startBaseline(server.databasePath);
	try {
		const save = await answerSaver(server.url);
		const baseline = () =>
			fetch(bareServer.url, {
				method: 'POST',
				headers: { Origin: server.url, 'content-type': 'text/plain' },
				body: 'one row'
			});
		await load(save, 10, 300);
		await load(baseline, 10, 300);
		const bare = await load(baseline, CONNECTIONS, REQUESTS);
		const route = await load(save, CONNECTIONS, REQUESTS);
		const barePaced = await load(baseline, CONNECTIONS, PACED_REQUESTS, PACED_RATE);
		const routePaced = await load(save, CONNECTIONS, PACED_REQUESTS, PACED_RATE);
		const line = loadLine;
		console.log(
			`\nSaving one answer over ${CONNECTIONS} connections (goals: ratio ≥ 0.5, p99 ≤ 50 ms)`
		);
		line('bare endpoint, as fast as it goes', bare);
		line('answer-save route, as fast as it goes', route);
		console.log(
			`  throughput ratio route/baseline: ${(route.perSecond / bare.perSecond).toFixed(2)}`
		);
		line(`bare endpoint at ${PACED_RATE} req/s`, barePaced);
		line(`answer-save route at ${PACED_RATE} req/s`, routePaced);
		console.log(
			`  p99 ratio route/baseline at ${PACED_RATE} req/s: ${(routePaced.p99 / barePaced.p99).toFixed(2)}`
		);
	} finally {
		await bareServer.stop();
		await server.stop();
	}
}
