/** Privacy: a teacher's export and erasure of one student's data; a user's own export and deletion. */
import { test, expect } from './fixtures';
import { HttpClient } from './http';
import { DEMO_PASSWORD } from './server';

async function demoLogin(baseURL: string, username: string): Promise<HttpClient> {
	const client = await HttpClient.open(baseURL);
	const response = await client.post('/login', { username, password: DEMO_PASSWORD });
	expect(response.status()).toBe(303);
	return client;
}

test('a teacher exports one student, and nobody else can', async ({ server }) => {
	const teacher = await demoLogin(server.url, 'teacher');
	const roster = await (await teacher.get('/classes/1')).text();
	const links = [...roster.matchAll(/\/classes\/1\/students\/(\d+)\/export\.json/g)];
	expect(links.length).toBeGreaterThan(1);
	const [path, studentId] = links[0]!;
	const response = await teacher.get(path);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-disposition']).toContain('attachment');
	const data = await response.json();
	expect(data.profile.id).toBe(Number(studentId));
	expect(data.enrolment).toHaveLength(1);
	const others = links.slice(1).map((l) => Number(l[1]));
	for (const post of data.posts) expect(post.authorId).toBe(Number(studentId));
	expect(others).not.toContain(data.profile.id);

	const student = await demoLogin(server.url, 'student6');
	expect((await student.get(path)).status()).toBe(404);
	const stranger = await HttpClient.open(server.url);
	await stranger.signUp(`tx${Date.now().toString(36)}`, 'teacher');
	expect((await stranger.get(path)).status()).toBe(404);
	for (const c of [teacher, student, stranger]) await c.dispose();
});

test('a teacher erases a student’s data after confirming, without JavaScript', async ({
	browser,
	server
}) => {
	// A student of its own in the demo class: other tests rely on the demo students.
	const teacherHttp = await HttpClient.open(server.url);
	await teacherHttp.post('/login', { username: 'teacher', password: DEMO_PASSWORD });
	const code = await teacherHttp.joinCodeOf(1);
	const student = await HttpClient.open(server.url);
	const username = `erase${Date.now().toString(36)}`;
	await student.signUp(username, 'student');
	expect((await student.post('/join', { code })).status()).toBe(303);
	const name = `student ${username}`;

	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: server.url });
	const page = await context.newPage();
	await page.goto('/login');
	await page.getByLabel('Username').fill('teacher');
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Log in' }).click();
	await page.goto('/classes/1');
	await page.getByRole('link', { name: `Erase the data of ${name}`, exact: true }).click();
	await expect(page.getByRole('heading', { name: `Erase the data of ${name} in` })).toBeVisible();
	await page.getByRole('button', { name: `Erase data of ${name}` }).click();
	await expect(page).toHaveURL(/erased=1/);
	await expect(page.getByRole('cell', { name, exact: true })).toHaveCount(0);
	await context.close();
});

test('a user downloads their own data and deletes their account with their password', async ({
	server
}) => {
	const user = await HttpClient.open(server.url);
	const username = `del${Date.now().toString(36)}`;
	await user.signUp(username, 'student');
	const own = await user.get('/account/export.json');
	expect(own.status()).toBe(200);
	expect((await own.json()).profile.username).toBe(username);
	const wrong = await user.post('/account?/deleteAccount', { password: 'not-my-password' });
	expect(wrong.status()).toBe(400);
	const deleted = await user.post('/account?/deleteAccount', { password: 'correct-horse-9' });
	expect(deleted.status()).toBe(303);
	const again = await HttpClient.open(server.url);
	const login = await again.post('/login', { username, password: 'correct-horse-9' });
	expect(login.status()).not.toBe(303);
	await user.dispose();
	await again.dispose();
});
