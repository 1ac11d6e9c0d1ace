import { expect, test } from './fixtures';
import { HttpClient } from './http';
import { DEMO_PASSWORD, startServer } from './server';

async function demoTeacher(baseURL: string) {
	const client = await HttpClient.open(baseURL);
	await client.post('/login', { username: 'teacher', password: DEMO_PASSWORD });
	return client;
}

test('a form repeating one field thousands of times is refused at once with a sentence', async ({
	server
}) => {
	const teacher = await demoTeacher(server.url);
	for (const copies of [20_000, 99_000]) {
		const started = Date.now();
		const response = await teacher.postRaw('/articles/1?/share', 'classId=1&'.repeat(copies));
		const ms = Date.now() - started;
		console.log(`${copies} repeated classId fields: ${response.status()} in ${ms} ms`);
		expect(response.status()).toBe(400);
		expect(await response.text()).toContain('at most 100 classes');
		expect(ms).toBeLessThan(2_000);
	}
	// The page still answers: nothing was shared or unshared.
	expect((await teacher.get('/articles/1')).status()).toBe(200);
});

test('the production build has no benchmark endpoint, whatever the environment', async () => {
	const server = await startServer({ STANDPOINT_BENCH: '1' });
	try {
		const response = await fetch(`${server.url}/bench/baseline`, {
			method: 'POST',
			headers: { Origin: server.url, 'content-type': 'text/plain' },
			body: 'anything'
		});
		expect(response.status).toBe(404);
	} finally {
		await server.stop();
	}
});

test('refusals carry the security headers; signed-in pages are never cached', async ({
	server
}) => {
	const client = await HttpClient.open(server.url);
	const huge = await client.postRaw('/signup', `username=${'x'.repeat(1_100_000)}`);
	expect(huge.status()).toBe(413);
	expect(huge.headers()['x-content-type-options']).toBe('nosniff');
	expect(huge.headers()['x-frame-options']).toBe('DENY');
	const teacher = await demoTeacher(server.url);
	for (const path of ['/', '/account', '/classes/1', '/articles/1']) {
		const page = await teacher.get(path);
		expect(page.status(), path).toBe(200);
		expect(page.headers()['cache-control'], path).toBe('private, no-store');
	}
});
