/** Sets up the classroom bench over HTTP, as people would: accounts, logins, attempts, rooms. */
const form = 'application/x-www-form-urlencoded';

export interface SimStudent {
	username: string;
	cookie: string;
	attemptPath: string;
	/** Choice questions on the attempt page: field name → an option value. */
	questions: [string, string][];
}

export async function logIn(url: string, username: string, password: string): Promise<string> {
	const response = await fetch(`${url}/login`, {
		method: 'POST',
		headers: { Origin: url, 'content-type': form },
		body: new URLSearchParams({ username, password }).toString(),
		redirect: 'manual'
	});
	const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
	if (!cookie.includes('=')) throw new Error(`login failed for ${username}: ${response.status}`);
	return cookie;
}

/** Bulk-adds `count` students to class 1 through the roster form; returns their logins. */
export async function addStudents(url: string, teacherCookie: string, count: number) {
	const logins: { username: string; password: string }[] = [];
	for (let start = 0; start < count; start += 150) {
		const names = Array.from(
			{ length: Math.min(150, count - start) },
			(_, i) => `Sim Student ${start + i + 1}`
		);
		const response = await fetch(`${url}/classes/1?/bulkAdd`, {
			method: 'POST',
			headers: { Origin: url, 'content-type': form, cookie: teacherCookie, Accept: 'text/html' },
			body: new URLSearchParams({ names: names.join('\n') }).toString()
		});
		const html = await response.text();
		for (const [, username, password] of html.matchAll(
			/<td class="code[^"]*">([a-z0-9.]+)<\/td>\s*<td class="code[^"]*">([a-z2-9]{10})<\/td>/g
		)) {
			logins.push({ username: username!, password: password! });
		}
	}
	if (logins.length !== count) throw new Error(`bulk add gave ${logins.length} of ${count} logins`);
	return logins;
}

export async function startAttempt(
	url: string,
	username: string,
	cookie: string
): Promise<SimStudent> {
	const started = await fetch(`${url}/assignments/1?/start`, {
		method: 'POST',
		headers: { Origin: url, 'content-type': form, cookie, Accept: 'text/html' },
		body: '',
		redirect: 'manual'
	});
	const attemptPath = new URL(started.headers.get('location') ?? '/', url).pathname;
	const html = await (await fetch(`${url}${attemptPath}`, { headers: { cookie } })).text();
	const questions = new Map<string, string>();
	for (const [, name, value] of html.matchAll(/name="(q\d+)" value="([a-z]|true|false)"/g)) {
		if (!questions.has(name!)) questions.set(name!, value!);
	}
	return { username, cookie, attemptPath, questions: [...questions] };
}

/** Joins the demo debate (a POST, as the room page's "Join the debate" button sends it). */
export async function joinRoom(url: string, cookie: string): Promise<void> {
	const response = await fetch(`${url}/debates/1?/join`, {
		method: 'POST',
		headers: { Origin: url, cookie, 'content-type': form, Accept: 'text/html' },
		body: '',
		redirect: 'manual'
	});
	// A done action redirects back to the room (post/redirect/get).
	if (response.status !== 303) throw new Error(`join answered ${response.status}`);
}
