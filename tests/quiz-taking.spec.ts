import Database from 'better-sqlite3';
import { expect, signUp, test } from './fixtures';
import { HttpClient } from './http';
import { DEMO_PASSWORD } from './server';

test('a student answers half, reloads, finishes, submits and follows "show me where"', async ({
	page,
	server,
	axe
}) => {
	// A new student in Global Affairs: the demo students' attempts are shared with other tests.
	const teacher = await HttpClient.open(server.url);
	await teacher.post('/login', { username: 'teacher', password: DEMO_PASSWORD });
	const code = await teacher.joinCodeOf(1);
	await signUp(page, 'student', 'Quinn Taker');
	await page.goto('/join');
	await page.getByLabel('Join code').fill(code);
	await page.getByRole('button', { name: 'Join class' }).click();
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
	const item = page.getByRole('listitem').filter({ hasText: 'Cartel crackdown: reading check' });
	await expect(item.getByText('Not started')).toBeVisible();
	await item.getByRole('link', { name: 'Cartel crackdown: reading check' }).click();
	await axe();
	await page.getByRole('button', { name: 'Start the quiz' }).click();

	const questions = page.getByRole('group', { name: /^Question \d+/ });
	await expect(questions.first()).toBeVisible();
	const total = await questions.count();
	// The demo quiz keeps what passes the engine's bar (fewer, better questions).
	expect(total).toBeGreaterThanOrEqual(4);
	await axe();
	// The answer key never reaches the browser before submission.
	const html = await page.content();
	expect(html).not.toMatch(/correctOptionId|acceptedAnswers|"correct":/);

	const half = Math.ceil(total / 2);
	const answered: string[] = [];
	for (let i = 0; i < half; i++) {
		const question = questions.nth(i);
		const first = question.getByRole('radio').first();
		if (await first.count()) {
			await first.check();
			answered.push((await first.getAttribute('name'))!);
		} else {
			const box = question.getByRole('textbox').first();
			await box.fill('cartels');
			answered.push((await box.getAttribute('name'))!);
		}
		await expect(question.getByText('Saved', { exact: true })).toBeVisible();
	}
	await page.reload();
	for (const name of answered) {
		const field = page.locator(`[name="${name}"]`).first();
		if ((await field.getAttribute('type')) === 'radio') {
			await expect(page.locator(`[name="${name}"]:checked`)).toHaveCount(1);
		} else {
			await expect(field).toHaveValue('cartels');
		}
	}
	for (let i = half; i < total; i++) {
		const question = questions.nth(i);
		const radio = question.getByRole('radio').first();
		if (await radio.count()) await radio.check();
		else await question.getByRole('textbox').first().fill('Mexico');
	}
	await page.getByRole('button', { name: 'Submit quiz' }).click();

	await expect(page.getByRole('heading', { name: /results/ })).toBeVisible();
	await expect(page.getByText(/^Score:/)).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: /^Submitted/ })).toBeVisible();
	await axe();
	// The confirmation is for the moment of submitting, not for every later look at the results.
	await page.goto(new URL(page.url()).pathname);
	await expect(page.getByText(/^Score:/)).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: /^Submitted/ })).toHaveCount(0);
	await page.getByRole('link', { name: 'Show me where, for question 1', exact: true }).click();
	await expect(page).toHaveURL(/\/articles\/\d+\?hl=\d+:\d+-\d+#p\d+$/);
	await expect(page.locator('mark').first()).toBeVisible();
	await expect(page.locator('mark').first()).toBeInViewport();
});

test("another student's attempt is a 404, and answers after submission are refused", async ({
	server
}) => {
	const ana = await HttpClient.open(server.url);
	await ana.post('/login', { username: 'student1', password: DEMO_PASSWORD });
	// The seeded assignment, which Ana submitted (other tests add newer ones to her class).
	const assignmentId = '1';
	const page = await (await ana.get(`/assignments/${assignmentId}`)).text();
	const attemptId = /\/attempts\/(\d+)"/.exec(page)![1];
	const attemptUrl = `/assignments/${assignmentId}/attempts/${attemptId}`;
	expect((await ana.get(attemptUrl)).status()).toBe(200);

	const ben = await HttpClient.open(server.url);
	await ben.post('/login', { username: 'student2', password: DEMO_PASSWORD });
	expect((await ben.get(attemptUrl)).status()).toBe(404);
	expect((await ben.post(`${attemptUrl}?/save`, { q1: 'a' })).status()).toBe(404);
	const teacher = await HttpClient.open(server.url);
	await teacher.post('/login', { username: 'teacher', password: DEMO_PASSWORD });
	expect((await teacher.get(attemptUrl)).status()).toBe(403);

	// Ana's attempt is submitted: a later save is refused with the reason, and changes nothing.
	// The page's <main>, without the per-request CSP nonce in the head.
	const main = async () =>
		/<main[\s\S]*<\/main>/.exec(await (await ana.get(attemptUrl)).text())?.[0];
	const before = await main();
	expect(before).toContain('Score:');
	const refused = await ana.post(`${attemptUrl}?/save`, { q1: 'a' });
	expect(refused.status()).toBe(409);
	expect(await refused.text()).toContain('already submitted');
	expect(await main()).toBe(before);
});

test('a timed attempt past its deadline refuses a late answer and is submitted', async ({
	server
}) => {
	test.setTimeout(60_000);
	const teacher = await HttpClient.open(server.url);
	await teacher.post('/login', { username: 'teacher', password: DEMO_PASSWORD });
	const generated = await teacher.post('/articles/1?/generateQuiz', {});
	const quizPath = new URL(generated.headers()['location']!, server.url).pathname;
	expect((await teacher.post(`${quizPath}?/publish`, {})).status()).toBe(303);
	const assigned = await teacher.post(`${quizPath}?/assign`, {
		classId: '1',
		attemptsAllowed: '1',
		counts: 'best',
		timeLimit: '1',
		feedback: 'after_submit',
		tzOffset: '0'
	});
	expect(assigned.status()).toBe(303);

	const student = await HttpClient.open(server.url);
	await student.post('/login', { username: 'student5', password: DEMO_PASSWORD });
	const home = await (await student.get('/')).text();
	const ids = [...home.matchAll(/href="\/assignments\/(\d+)"/g)].map((m) => Number(m[1]));
	const timed = Math.max(...ids);
	const started = await student.post(`/assignments/${timed}?/start`, {});
	const attemptPath = new URL(started.headers()['location']!, server.url).pathname;
	const page = await (await student.get(attemptPath)).text();
	expect(page).toContain('Time left');
	const [, qid] = /name="q(\d+)" value="[a-z]"/.exec(page)!;
	// The right option depends on what the engine generated: read the key, as the grader does.
	const keyReader = new Database(server.databasePath, { readonly: true });
	const row = keyReader.prepare('SELECT content FROM questions WHERE id = ?').get(Number(qid)) as {
		content: string;
	};
	keyReader.close();
	const option = (JSON.parse(row.content) as { correctOptionId: string }).correctOptionId;
	const answer = { only: qid!, [`q${qid}`]: option };
	expect((await student.post(`${attemptPath}?/save`, answer)).status()).toBe(200);

	// The clock moves on: the stored deadline is set past its grace, as if the minute had passed.
	const attemptId = Number(/attempts\/(\d+)/.exec(attemptPath)![1]);
	const database = new Database(server.databasePath);
	database
		.prepare('UPDATE attempts SET deadline_at = ? WHERE id = ?')
		.run(Date.now() - 5_000, attemptId);
	database.close();
	const late = await student.post(`${attemptPath}?/save`, answer);
	expect(late.status()).toBe(409);
	expect(await late.text()).toContain('Time is up');
	const results = await (await student.get(attemptPath)).text();
	expect(results).toContain('Score:');
	expect(results).toContain('1 / ');
});
