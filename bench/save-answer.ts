/**
 * Saving one answer through the real route (session, ownership, deadline, grade, write) against
 * a bare endpoint that inserts one row, both on the built app in the same run.
 */
import { startServer } from '../tests/server';
import { load } from './load';

const CONNECTIONS = 100;
const REQUESTS = 4000;

async function studentSession(url: string) {
	const headers = {
		Origin: url,
		Accept: 'text/html',
		'content-type': 'application/x-www-form-urlencoded'
	};
	const login = await fetch(`${url}/login`, {
		method: 'POST',
		headers,
		body: 'username=student6&password=standpoint-demo',
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
	const server = await startServer({ STANDPOINT_BENCH: '1' });
	try {
		const session = await studentSession(server.url);
		const save = () =>
			fetch(`${server.url}${session.attemptPath}?/save`, {
				method: 'POST',
				headers: { ...session.headers, 'x-sveltekit-action': 'true' },
				body: session.body
			});
		const baseline = () =>
			fetch(`${server.url}/bench/baseline`, {
				method: 'POST',
				headers: { Origin: server.url, 'content-type': 'text/plain' },
				body: 'one row'
			});
		await load(save, 10, 300);
		await load(baseline, 10, 300);
		const route = await load(save, CONNECTIONS, REQUESTS);
		const bare = await load(baseline, CONNECTIONS, REQUESTS);
		console.log(
			`\nSaving one answer, ${REQUESTS} requests over ${CONNECTIONS} connections (goals: ratio ≥ 0.5, p99 ≤ 50 ms)`
		);
		for (const [label, r] of [
			['bare endpoint (baseline)', bare],
			['answer-save route', route]
		] as const) {
			console.log(
				`  ${label.padEnd(25)} ${r.perSecond.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  failures ${r.failures}`
			);
		}
		console.log(`  ratio route/baseline: ${(route.perSecond / bare.perSecond).toFixed(2)}`);
	} finally {
		await server.stop();
	}
}
