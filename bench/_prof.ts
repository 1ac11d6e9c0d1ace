import { startServer, DEMO_PASSWORD } from '../tests/server';
import { addStudents, joinRoom, logIn } from './classroom-setup';
import { seedThreads } from './entry';
import { writeFileSync } from 'node:fs';
const server = await startServer({ STANDPOINT_RATE_LIMIT: 'off', ...(process.env.PROF ? { BUILD_DIR: '/tmp/room2prof/wrap.mjs' } : {}) });
try {
	const teacher = await logIn(server.url, 'teacher', DEMO_PASSWORD);
	const logins = await addStudents(server.url, teacher, 3);
	const cookie = await logIn(server.url, logins[0]!.username, logins[0]!.password);
	await joinRoom(server.url, cookie);
	seedThreads(server.databasePath, 500);
	const html = await (await fetch(`${server.url}/debates/1`, { headers: { cookie } })).text();
	writeFileSync('/tmp/room2prof/page.html', html);
	const t0 = performance.now();
	const N = Number(process.env.N) || 300;
	for (let i = 0; i < N; i++) await (await fetch(`${server.url}/debates/1`, { headers: { cookie } })).text();
	console.log('room ms/load', ((performance.now() - t0) / N).toFixed(2), 'html KB', (html.length / 1024).toFixed(0));
	const t1 = performance.now();
	for (let i = 0; i < N; i++) await (await fetch(`${server.url}/logout`, { headers: { cookie } })).text();
	console.log('bare ms/load', ((performance.now() - t1) / N).toFixed(2));
	if (process.env.PROF) { process.kill(Number((await import('./debate-stream')).listenerPid(Number(new URL(server.url).port))), 'SIGUSR2'); await new Promise((r) => setTimeout(r, 3000)); }
} finally {
	await server.kill('SIGINT');
}
