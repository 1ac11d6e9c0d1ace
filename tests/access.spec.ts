import { expect, test, uniqueName } from './fixtures';
import { HttpClient } from './http';
import { DEMO_PASSWORD } from './server';

/** Two teachers, each with a class and a student of their own, all over plain HTTP. */
async function twoClassrooms(baseURL: string) {
	const [teacherA, teacherB, studentA, studentB] = await Promise.all(
		[0, 1, 2, 3].map(() => HttpClient.open(baseURL))
	);
	await teacherA!.signUp(uniqueName('ta'), 'teacher');
	await teacherB!.signUp(uniqueName('tb'), 'teacher');
	await studentA!.signUp(uniqueName('sa'), 'student');
	await studentB!.signUp(uniqueName('sb'), 'student');
	const classA = await teacherA!.createClass('Secret Class Alpha');
	const classB = await teacherB!.createClass('Secret Class Beta');
	const codeA = await teacherA!.joinCodeOf(classA);
	expect((await studentA!.post('/join', { code: codeA })).status()).toBe(303);
	expect(
		(await studentB!.post('/join', { code: await teacherB!.joinCodeOf(classB) })).status()
	).toBe(303);
	const rosterB = await (await teacherB!.get(`/classes/${classB}`)).text();
	const studentBId = Number(/href="\?remove=(\d+)"/.exec(rosterB)?.[1]);
	return {
		teacherA: teacherA!,
		teacherB: teacherB!,
		studentA: studentA!,
		studentB: studentB!,
		classA,
		classB,
		codeA,
		studentBId
	};
}

test('each user sees only their own classes; other ids get 404 without the name', async ({
	server
}) => {
	const room = await twoClassrooms(server.url);
	for (const outsider of [room.teacherB, room.studentB]) {
		const response = await outsider.get(`/classes/${room.classA}`);
		expect(response.status()).toBe(404);
		expect(await response.text()).not.toContain('Secret Class Alpha');
		const home = await (await outsider.get('/')).text();
		expect(home).not.toContain('Secret Class Alpha');
	}
	const member = await room.studentA.get(`/classes/${room.classA}`);
	expect(member.status()).toBe(200);
	const memberPage = await member.text();
	expect(memberPage).toContain('Secret Class Alpha');
	expect(memberPage).not.toContain(room.codeA);
	expect(await (await room.studentA.get('/')).text()).not.toContain('Secret Class Beta');
	expect((await room.studentA.get('/classes/999999')).status()).toBe(404);
});

test("a teacher cannot act on another teacher's class or students", async ({ server }) => {
	const room = await twoClassrooms(server.url);
	const a = `/classes/${room.classA}`;
	expect((await room.teacherB.post(`${a}?/rename`, { name: 'Taken over' })).status()).toBe(404);
	expect((await room.teacherB.post(`${a}?/regenerateCode`, {})).status()).toBe(404);
	expect((await room.teacherB.post(`${a}?/archive`, {})).status()).toBe(404);
	expect((await room.teacherB.post(`${a}?/bulkAdd`, { names: 'Intruder' })).status()).toBe(404);
	// Teacher A cannot reach teacher B's student through A's own class.
	const studentId = String(room.studentBId);
	expect((await room.teacherA.post(`${a}?/resetPassword`, { studentId })).status()).toBe(404);
	expect((await room.teacherA.post(`${a}?/removeStudent`, { studentId })).status()).toBe(404);
	// Students cannot use teacher actions, even in their own class.
	expect((await room.studentA.post(`${a}?/rename`, { name: 'Mine now' })).status()).toBe(403);
	expect((await room.studentA.post('/?/createClass', { name: 'Mine' })).status()).toBe(403);
	const page = await (await room.teacherA.get(a)).text();
	expect(page).toContain('Secret Class Alpha');
	expect(page).toContain(room.codeA);
});

test('signed-out visitors are sent to log in, and come back afterwards', async ({ server }) => {
	const visitor = await HttpClient.open(server.url);
	const response = await visitor.get('/classes/1');
	expect(response.status()).toBe(303);
	expect(response.headers()['location']).toBe('/login?next=%2Fclasses%2F1');
	const login = await visitor.post('/login?next=%2Fclasses%2F1', {
		username: 'teacher',
		password: DEMO_PASSWORD
	});
	expect(login.headers()['location']).toBe('/classes/1');
	const evil = await visitor.post('/login?next=%2F%2Fevil.example', {
		username: 'teacher',
		password: DEMO_PASSWORD
	});
	expect(evil.headers()['location']).toBe('/');
	// Tab, newline, carriage return and an ideographic full stop: each once redirected or gave 500.
	for (const next of [
		'/%09/evil.example',
		'/%0A/evil.example',
		'/%0D/x',
		'//evil%E3%80%82example'
	]) {
		const tricked = await visitor.post(`/login?next=${next}`, {
			username: 'teacher',
			password: DEMO_PASSWORD
		});
		expect(tricked.status(), next).toBe(303);
		expect(tricked.headers()['location'], next).toMatch(/^\/(?!\/)/);
		expect(tricked.headers()['location'], next).not.toContain('evil');
	}
});

test('a forged cross-site post and an oversized body are refused', async ({ server }) => {
	const client = await HttpClient.open(server.url);
	const forged = await client.post(
		'/login',
		{ username: 'teacher', password: DEMO_PASSWORD },
		{ Origin: 'http://evil.example' }
	);
	expect(forged.status()).toBe(403);
	const huge = await client.post('/signup', {
		username: 'x'.repeat(1_100_000),
		displayName: 'x',
		password: 'y',
		role: 'student'
	});
	expect(huge.status()).toBe(413);
});

test('one user flooding the server is slowed with 429 and a time to retry', async ({ server }) => {
	const username = uniqueName('flood');
	await (await HttpClient.open(server.url)).signUp(username, 'student');
	const login = await fetch(`${server.url}/login`, {
		method: 'POST',
		headers: { Origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
		body: `username=${username}&password=correct-horse-9`,
		redirect: 'manual'
	});
	const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
	// Many connections at once, as a runaway script would open them.
	const responses = await Promise.all(
		Array.from({ length: 300 }, () => fetch(`${server.url}/no-such-page`, { headers: { cookie } }))
	);
	const refused = responses.filter((r) => r.status === 429);
	expect(refused.length).toBeGreaterThan(0);
	expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
	expect(await refused[0]!.text()).toContain('Wait a moment');
	// Another user at the same address is not held back.
	const other = await HttpClient.open(server.url);
	await other.signUp(uniqueName('calm'), 'student');
	expect((await other.get('/account')).status()).toBe(200);
});
