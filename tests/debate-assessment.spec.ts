import type { Browser, Page } from '@playwright/test';
import { expect, logIn, test } from './fixtures';
import { HttpClient } from './http';
import { DEMO_PASSWORD } from './server';

const MOTION = /The United States should be ready to use military force/;
/** A claim the demo seed posts in the room. */
const SEEDED_CLAIM = 'The cartels have grown beyond what Mexico can handle on its own.';

async function signedIn(browser: Browser, username: string): Promise<Page> {
	const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
	await logIn(page, username, DEMO_PASSWORD);
	await expect(page.getByRole('heading', { level: 1, name: /^Welcome/ })).toBeVisible();
	return page;
}

/** The demo debate's room URL, found as a person would: from the home or class page. */
async function demoRoom(page: Page): Promise<string> {
	await page.goto('/');
	if ((await page.getByRole('link', { name: MOTION }).count()) === 0)
		await page.getByRole('link', { name: 'Global Affairs' }).click();
	await page.getByRole('link', { name: MOTION }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: MOTION })).toBeVisible();
	return new URL(page.url()).pathname;
}

test('the teacher scores and releases a rubric, reads results and exports; students see only theirs', async ({
	browser,
	server,
	axe
}) => {
	test.setTimeout(90_000);
	const teacher = await signedIn(browser, 'teacher');
	const student = await signedIn(browser, 'student1');
	const room = await demoRoom(teacher);

	// Before release, the student is told the rubric is not out yet.
	await student.goto(`${room}/rubric`);
	await expect(student.getByText(/has not released the rubric/)).toBeVisible();
	await axe(student);

	// The teacher scores Ana from the room's controls.
	await teacher
		.getByRole('navigation', { name: 'Assessment and exports' })
		.getByRole('link', { name: 'Rubric' })
		.click();
	await expect(teacher.getByRole('heading', { level: 1, name: /^Rubric/ })).toBeVisible();
	await axe(teacher);
	const ana = teacher.getByRole('region', { name: /^Ana Torres/ });
	const scores = {
		Claim: '4',
		Evidence: '3',
		Reasoning: '3',
		'Engagement with the other side': '2',
		Civility: '4'
	};
	for (const [label, score] of Object.entries(scores))
		await ana.getByLabel(label, { exact: true }).selectOption(score);
	await ana.getByLabel(/^Comment/).fill('Strong use of paragraph 2; answer the other side more.');
	await ana.getByRole('button', { name: 'Save the rubric for Ana Torres' }).click();
	await expect(ana.getByRole('status')).toHaveText('Rubric saved.');

	// Sent without JavaScript: a score outside 1–4 is refused with a sentence; a non-member is 404.
	const http = await HttpClient.open(server.url);
	await http.post('/login', { username: 'teacher', password: DEMO_PASSWORD });
	const page = await (await http.get(`${room}/rubric`)).text();
	const memberId = /name="studentId" value="(\d+)"/.exec(page)![1]!;
	const form = { claim: '4', evidence: '4', reasoning: '4', engagement: '4', civility: '4' };
	const outOfRange = await http.post(`${room}/rubric?/save`, {
		...form,
		studentId: memberId,
		civility: '5',
		comment: ''
	});
	expect(outOfRange.status()).toBe(400);
	expect(await outOfRange.text()).toContain('Give every criterion a score from 1 to 4.');
	const stranger = await http.post(`${room}/rubric?/save`, {
		...form,
		studentId: '999999',
		comment: ''
	});
	expect(stranger.status()).toBe(404);
	await http.dispose();

	await teacher.getByRole('button', { name: 'Release rubric to students' }).click();
	await expect(
		teacher.getByRole('button', { name: 'Withdraw rubric from students' })
	).toBeVisible();

	// The student now sees their own scores and the comment.
	await student.reload();
	const own = student.getByRole('region', { name: 'Your rubric' });
	await expect(own.getByRole('row', { name: /Claim 4 of 4/ })).toBeVisible();
	await expect(
		own.getByRole('row', { name: /Engagement with the other side 2 of 4/ })
	).toBeVisible();
	await expect(
		own.getByText('Strong use of paragraph 2; answer the other side more.')
	).toBeVisible();
	await axe(student);

	// Results: the teacher sees them at once; in Rebuttal a student is told to wait.
	await teacher.goto(`${room}/results`);
	await expect(teacher.getByRole('heading', { name: 'Stance swing' })).toBeVisible();
	await expect(teacher.getByRole('table', { name: /Votes before and after/ })).toBeVisible();
	await expect(
		teacher
			.getByRole('table', { name: /Visible posts per student/ })
			.getByRole('row', { name: /Ana Torres/ })
	).toBeVisible();
	await expect(teacher.getByRole('table', { name: /Citations of each paragraph/ })).toBeVisible();
	await axe(teacher);
	await student.goto(`${room}/results`);
	await expect(student.getByText(/The results open when the debate reaches Reflect/)).toBeVisible();

	// Exports download from the room's teacher controls.
	await teacher.goto(room);
	const exports = teacher.getByRole('navigation', { name: 'Assessment and exports' });
	const [markdown] = await Promise.all([
		teacher.waitForEvent('download'),
		exports.getByRole('link', { name: 'Transcript (Markdown)' }).click()
	]);
	expect(markdown.suggestedFilename()).toMatch(/transcript\.md$/);
	const md = await streamText(await markdown.createReadStream());
	expect(md).toContain('# Debate: The United States should be ready');
	expect(md).toContain(SEEDED_CLAIM);

	const [csv] = await Promise.all([
		teacher.waitForEvent('download'),
		exports.getByRole('link', { name: 'Scores (CSV)' }).click()
	]);
	const csvText = await streamText(await csv.createReadStream());
	expect(csvText.startsWith('\uFEFFStudent,Side,Claim,')).toBe(true);
	expect(csvText).toMatch(/Ana Torres,\w+,4,3,3,2,4,16,/);

	const direct = await teacher.request.get(`${room}/transcript.md`);
	expect(direct.headers()['content-type']).toBe('text/markdown; charset=utf-8');
	expect(direct.headers()['content-disposition']).toMatch(/^attachment/);

	await teacher.goto(`${room}/transcript`);
	await expect(teacher.getByRole('heading', { level: 1, name: /^Debate:/ })).toBeVisible();
	await expect(teacher.getByText(SEEDED_CLAIM)).toBeVisible();

	// A student asking for the exports gets 404, as for a debate that does not exist.
	for (const path of ['scores.csv', 'transcript.md', 'transcript'])
		expect((await student.request.get(`${room}/${path}`)).status()).toBe(404);

	await Promise.all([teacher, student].map((page) => page.context().close()));
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
	return Buffer.concat(chunks).toString('utf8');
}
