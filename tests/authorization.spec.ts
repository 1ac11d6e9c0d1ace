import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { APIResponse } from '@playwright/test';
import { expect, test, uniqueName } from './fixtures';
import { HttpClient } from './http';
import { DEMO_PASSWORD } from './server';

/**
 * The authorization matrix (issue 8): every route under src/routes with an id in its path, and
 * every form action on those pages, requested by people who must be refused. The routes and
 * actions are read from the filesystem, so a new one without a row in TABLE fails this test.
 */

const ROUTES = join(process.cwd(), 'src', 'routes');

/** Who asks. `classmate`: a student of the victim's class where a teacher (or the owner) is needed. */
type Requester = 'anonymous' | 'otherStudent' | 'otherTeacher' | 'classmate';
const ALL: Requester[] = ['anonymous', 'otherStudent', 'otherTeacher', 'classmate'];
const OUTSIDERS: Requester[] = ['anonymous', 'otherStudent', 'otherTeacher'];

/** The victim's resources: the demo class, filled in `setUp`. */
interface Ids {
	classId: number;
	articleId: number;
	quizId: number;
	questionId: number;
	assignmentId: number;
	attemptId: number;
	/** The demo student who owns `attemptId` and wrote `postId`. */
	studentId: number;
	debateId: number;
	postId: number;
	flagId: number;
	termId: number;
}

type Form = (ids: Ids) => Record<string, string>;
interface ActionCase {
	form: Form;
	refuse: Requester[];
}
interface RouteCase {
	/** Filled path for the victim's resources. */
	path: (ids: Ids) => string;
	/** Refused on GET (for a page, its load; for an endpoint, its GET handler). */
	refuse: Requester[];
	actions?: Record<string, ActionCase>;
}

const none: Form = () => ({});
const act = (refuse: Requester[], form: Form = none): ActionCase => ({ form, refuse });
const post: Form = (ids) => ({
	postId: String(ids.postId),
	kind: 'claim',
	claim: 'A claim long enough to be accepted by the room.',
	reasoning: 'Reasoning long enough to be accepted by the room.'
});
const question: Form = (ids) => ({
	questionId: String(ids.questionId),
	kind: 'true_false',
	prompt: 'An injected question?',
	correct: 'true',
	points: '1',
	evidenceParagraph: '2',
	evidenceQuote: 'cartels were effectively “running the country”'
});

/** Keyed by the route's folder under src/routes. Forms are valid, so only access can refuse. */
const TABLE: Record<string, RouteCase> = {
	'(app)/articles/[articleId=id]': {
		path: (ids) => `/articles/${ids.articleId}`,
		refuse: OUTSIDERS,
		actions: {
			textSize: act(OUTSIDERS, () => ({ size: 'large' })),
			share: act(ALL, (ids) => ({ classId: String(ids.classId) })),
			defineTerm: act(ALL, () => ({ term: 'cartel', definition: 'Hijacked.' })),
			generateQuiz: act(ALL),
			newQuiz: act(ALL),
			removeTerm: act(ALL, (ids) => ({ termId: String(ids.termId) }))
		}
	},
	'(app)/assignments/[assignmentId=id]': {
		path: (ids) => `/assignments/${ids.assignmentId}`,
		refuse: OUTSIDERS,
		actions: {
			excuse: act(ALL, (ids) => ({ studentId: String(ids.studentId), excused: '1' })),
			extraTime: act(ALL, (ids) => ({ studentId: String(ids.studentId), multiplier: '2' })),
			start: act(OUTSIDERS)
		}
	},
	'(app)/assignments/[assignmentId=id]/analysis': {
		path: (ids) => `/assignments/${ids.assignmentId}/analysis`,
		refuse: ALL,
		actions: { retire: act(ALL, (ids) => ({ questionId: String(ids.questionId) })) }
	},
	'(app)/assignments/[assignmentId=id]/analysis/items.csv': {
		path: (ids) => `/assignments/${ids.assignmentId}/analysis/items.csv`,
		refuse: ALL
	},
	// The classmate here is a student of the class who does not own the attempt.
	'(app)/assignments/[assignmentId=id]/attempts/[attemptId=id]': {
		path: (ids) => `/assignments/${ids.assignmentId}/attempts/${ids.attemptId}`,
		refuse: ALL,
		actions: {
			save: act(ALL, (ids) => ({ only: String(ids.questionId), answer: 'true' })),
			submit: act(ALL),
			report: act(ALL, (ids) => ({ questionId: String(ids.questionId), reason: 'unclear' }))
		}
	},
	'(app)/articles/[articleId=id]/import-quiz': {
		path: (ids) => `/articles/${ids.articleId}/import-quiz`,
		refuse: ALL,
		actions: { import: act(ALL, () => ({ format: 'gift' })) }
	},
	'(app)/quizzes/[quizId=id]/export/[format]': {
		path: (ids) => `/quizzes/${ids.quizId}/export/moodle`,
		refuse: ALL
	},
	'(app)/quizzes/[quizId=id]/print': {
		path: (ids) => `/quizzes/${ids.quizId}/print?key=1`,
		refuse: ALL
	},
	'(app)/classes/[classId=id]': {
		path: (ids) => `/classes/${ids.classId}`,
		refuse: OUTSIDERS,
		actions: {
			rename: act(ALL, () => ({ name: 'Taken over' })),
			archive: act(ALL),
			unarchive: act(ALL),
			regenerateCode: act(ALL),
			removeStudent: act(ALL, (ids) => ({ studentId: String(ids.studentId) })),
			resetPassword: act(ALL, (ids) => ({ studentId: String(ids.studentId) })),
			eraseStudent: act(ALL, (ids) => ({ studentId: String(ids.studentId) })),
			bulkAdd: act(ALL, () => ({ names: 'Intruder One' }))
		}
	},
	'(app)/classes/[classId=id]/gradebook': {
		path: (ids) => `/classes/${ids.classId}/gradebook`,
		refuse: ALL
	},
	// A classmate sees their own skills page; the CSV is the teacher's.
	'(app)/classes/[classId=id]/skills': {
		path: (ids) => `/classes/${ids.classId}/skills`,
		refuse: OUTSIDERS
	},
	'(app)/classes/[classId=id]/skills.csv': {
		path: (ids) => `/classes/${ids.classId}/skills.csv`,
		refuse: ALL
	},
	'(app)/classes/[classId=id]/gradebook.csv': {
		path: (ids) => `/classes/${ids.classId}/gradebook.csv`,
		refuse: ALL
	},
	'(app)/classes/[classId=id]/gradebook/attempts.csv': {
		path: (ids) => `/classes/${ids.classId}/gradebook/attempts.csv`,
		refuse: ALL
	},
	'(app)/classes/[classId=id]/gradebook/[studentId=id]': {
		path: (ids) => `/classes/${ids.classId}/gradebook/${ids.studentId}`,
		refuse: ALL
	},
	// Members may post, react, flag and vote; the classmate is refused only the teacher's tools
	// and what belongs to the post's author (edit, reply to a flag).
	'(app)/debates/[debateId=id]': {
		path: (ids) => `/debates/${ids.debateId}`,
		refuse: OUTSIDERS,
		actions: {
			post: act(OUTSIDERS, post),
			edit: act(ALL, post),
			react: act(OUTSIDERS, (ids) => ({ postId: String(ids.postId), kind: 'good-reasoning' })),
			flag: act(OUTSIDERS, (ids) => ({ postId: String(ids.postId), reason: 'off-topic' })),
			replyFlag: act(ALL, (ids) => ({ flagId: String(ids.flagId), reply: 'Hijacked reply' })),
			resolveFlag: act(ALL, (ids) => ({ flagId: String(ids.flagId) })),
			vote: act(OUTSIDERS, () => ({ stance: '3', note: 'Hijacked note' })),
			join: act(OUTSIDERS),
			chooseSide: act(OUTSIDERS, () => ({ side: 'for' })),
			assignSide: act(ALL, (ids) => ({ studentId: String(ids.studentId), side: 'against' })),
			hide: act(ALL, (ids) => ({ postId: String(ids.postId), reason: 'Hijacked' })),
			restore: act(ALL, (ids) => ({ postId: String(ids.postId) })),
			pin: act(ALL, (ids) => ({ postId: String(ids.postId), pinned: 'true' })),
			advance: act(ALL),
			start: act(ALL),
			pause: act(ALL),
			resume: act(ALL),
			extend: act(ALL, () => ({ minutes: '5' }))
		}
	},
	'(app)/classes/[classId=id]/students/[studentId=id]/export.json': {
		path: (ids) => `/classes/${ids.classId}/students/${ids.studentId}/export.json`,
		refuse: ALL
	},
	'(app)/debates/[debateId=id]/events': {
		path: (ids) => `/debates/${ids.debateId}/events`,
		refuse: OUTSIDERS
	},
	'(app)/debates/[debateId=id]/live': {
		path: (ids) => `/debates/${ids.debateId}/live?post=${ids.postId}`,
		refuse: OUTSIDERS
	},
	// Splitting into groups is the teacher's alone; members of the class are refused too.
	'(app)/debates/[debateId=id]/groups': {
		path: (ids) => `/debates/${ids.debateId}/groups`,
		refuse: ALL,
		actions: {
			auto: act(ALL, () => ({ size: '2', confirm: 'yes' })),
			hand: act(ALL, (ids) => ({ [`group-${ids.studentId}`]: '1', confirm: 'yes' })),
			ungroup: act(ALL, () => ({ confirm: 'yes' }))
		}
	},
	'(app)/debates/[debateId=id]/groups/results': {
		path: (ids) => `/debates/${ids.debateId}/groups/results`,
		refuse: ALL
	},
	'(app)/debates/[debateId=id]/results': {
		path: (ids) => `/debates/${ids.debateId}/results`,
		refuse: OUTSIDERS
	},
	'(app)/debates/[debateId=id]/rubric': {
		path: (ids) => `/debates/${ids.debateId}/rubric`,
		refuse: OUTSIDERS,
		actions: {
			save: act(ALL, (ids) => ({
				studentId: String(ids.studentId),
				...Object.fromEntries(
					['claim', 'evidence', 'reasoning', 'rebuttal', 'conduct'].map((c) => [c, '4'])
				),
				comment: 'Hijacked'
			})),
			release: act(ALL, () => ({ released: 'true' }))
		}
	},
	'(app)/debates/[debateId=id]/scores.csv': {
		path: (ids) => `/debates/${ids.debateId}/scores.csv`,
		refuse: ALL
	},
	'(app)/debates/[debateId=id]/transcript': {
		path: (ids) => `/debates/${ids.debateId}/transcript`,
		refuse: ALL
	},
	'(app)/debates/[debateId=id]/transcript.md': {
		path: (ids) => `/debates/${ids.debateId}/transcript.md`,
		refuse: ALL
	},
	'(app)/quizzes/[quizId=id]': {
		path: (ids) => `/quizzes/${ids.quizId}`,
		refuse: ALL,
		actions: {
			rename: act(ALL, () => ({ title: 'Taken over' })),
			publish: act(ALL),
			newVersion: act(ALL),
			editQuestion: act(ALL, question),
			discardQuestion: act(ALL, (ids) => ({ questionId: String(ids.questionId) })),
			move: act(ALL, (ids) => ({ questionId: String(ids.questionId), direction: 'down' })),
			replaceQuestion: act(ALL, (ids) => ({ questionId: String(ids.questionId) })),
			addQuestion: act(ALL, question),
			assign: act(ALL, (ids) => ({ classId: String(ids.classId) }))
		}
	}
};

interface Discovered {
	route: string;
	kind: 'page' | 'endpoint';
	actions: string[];
}

function walk(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)]
	);
}

/** The keys of an object literal that opens at `start` (the index of its `{`), one level deep. */
function objectKeys(source: string, start: number): string[] {
	const keys: string[] = [];
	let depth = 0;
	for (let i = start; i < source.length; i++) {
		const c = source[i];
		if (c === '{' || c === '(' || c === '[') depth++;
		else if (c === '}' || c === ')' || c === ']') {
			depth--;
			if (depth === 0) break;
		} else if (depth === 1) {
			const key = /^\s*(\w+)\s*:/.exec(source.slice(i, i + 80));
			if (key && /[{,]\s*$/.test(source.slice(start, i + 1))) keys.push(key[1]!);
		}
	}
	return [...new Set(keys)];
}

/** `export const actions` of a page, following `= roomActions` to the module it is imported from. */
function actionNames(file: string): string[] {
	const source = readFileSync(file, 'utf8');
	const found = /export const actions(?:\s*:\s*\w+)?\s*=\s*(\{|\w+)/.exec(source);
	if (!found) return [];
	if (found[1] === '{') return objectKeys(source, found.index + found[0].length - 1);
	const name = found[1]!;
	const from = new RegExp(`import \\{[^}]*\\b${name}\\b[^}]*\\} from '(\\.[^']+)'`).exec(source);
	if (!from) throw new Error(`${file}: cannot find where ${name} comes from`);
	const module = readFileSync(join(dirname(file), `${from[1]}.ts`), 'utf8');
	const decl = new RegExp(`export const ${name}(?:\\s*:\\s*\\w+)?\\s*=\\s*\\{`).exec(module);
	if (!decl) throw new Error(`${file}: cannot read the keys of ${name}`);
	return objectKeys(module, decl.index + decl[0].length - 1);
}

function discoverRoutes(): Discovered[] {
	return walk(ROUTES)
		.filter((file) => /[/\\]\+(page\.server|server)\.ts$/.test(file))
		.map((file) => ({ file, route: relative(ROUTES, dirname(file)).split(sep).join('/') }))
		.filter(({ route }) => /\[\w+=id\]/.test(route))
		.map(({ file, route }) =>
			file.endsWith('+server.ts')
				? { route, kind: 'endpoint' as const, actions: [] }
				: { route, kind: 'page' as const, actions: actionNames(file) }
		);
}

test('every route and action with an id has a row in the matrix', () => {
	const discovered = discoverRoutes();
	expect(discovered.length).toBeGreaterThan(10);
	// The parser must see the actions it is meant to see, or the check below proves nothing.
	expect(discovered.find((d) => d.route === '(app)/debates/[debateId=id]')?.actions).toContain(
		'hide'
	);
	const missing = discovered.flatMap(({ route, actions }) => {
		const row = TABLE[route];
		if (!row) return [`route ${route}`];
		return actions.filter((a) => !row.actions?.[a]).map((a) => `action ${route} ?/${a}`);
	});
	expect(missing, 'routes or actions without a case in TABLE').toEqual([]);
});

async function logIn(baseURL: string, username: string, password: string) {
	const client = await HttpClient.open(baseURL);
	const response = await client.post('/login', { username, password });
	expect(response.status(), `log in as ${username}`).toBe(303);
	return client;
}

/** The demo class is the victim; a second teacher, their class and their student ask. */
async function setUp(baseURL: string) {
	const teacher = await logIn(baseURL, 'teacher', DEMO_PASSWORD);
	const otherTeacher = await HttpClient.open(baseURL);
	await otherTeacher.signUp(uniqueName('tz'), 'teacher');
	const otherClass = await otherTeacher.createClass('Another Class');
	const otherStudent = await HttpClient.open(baseURL);
	await otherStudent.signUp(uniqueName('sz'), 'student');
	const code = await otherTeacher.joinCodeOf(otherClass);
	expect((await otherStudent.post('/join', { code })).status()).toBe(303);
	// student2 is in the demo class but owns neither attempt 1 nor post 1 (student1's).
	const classmate = await logIn(baseURL, 'student2', DEMO_PASSWORD);
	const anonymous = await HttpClient.open(baseURL);

	// A flag (by the classmate, on student1's post 1) and a glossary term, for their ids.
	const flagged = await classmate.post('/debates/1?/flag', { postId: '1', reason: 'off-topic' });
	expect(flagged.status(), 'a done room action redirects back').toBe(303);
	const room = await (await teacher.get('/debates/1')).text();
	const flagId = Number(/name="flagId" value="(\d+)"/.exec(room)?.[1]);
	const defined = await teacher.post('/articles/1?/defineTerm', {
		term: 'cartel',
		definition: 'A group of drug traffickers.'
	});
	expect(defined.status()).toBe(200);
	const article = await (await teacher.get('/articles/1')).text();
	const termId = Number(/name="termId" value="(\d+)"/.exec(article)?.[1]);
	expect(flagId && termId, 'flag and term ids from the pages').toBeTruthy();

	const ids: Ids = {
		classId: 1,
		articleId: 1,
		quizId: 1,
		questionId: 1,
		assignmentId: 1,
		attemptId: 1,
		studentId: 2,
		debateId: 1,
		postId: 1,
		flagId,
		termId
	};
	const requesters: Record<Requester, HttpClient> = {
		anonymous,
		otherStudent,
		otherTeacher,
		classmate
	};
	return { ids, requesters, teacher };
}

/** The request again after the rate limit's Retry-After: a 429 says nothing about access. */
async function patiently(send: () => Promise<APIResponse>): Promise<APIResponse> {
	for (;;) {
		const response = await send();
		if (response.status() !== 429) return response;
		const seconds = Number(response.headers()['retry-after'] ?? '1');
		await new Promise((done) => setTimeout(done, seconds * 1000));
	}
}

/** Refused: 401/403/404, or for a signed-out visitor a 303 to the login page. */
function refusal(requester: Requester, status: number, location: string | undefined) {
	if (requester === 'anonymous' && status === 303) {
		return location?.startsWith('/login?next=') ? 'refused' : `303 to ${location}`;
	}
	return [401, 403, 404].includes(status) ? 'refused' : `${status}`;
}

/**
 * An action asked for JSON, as `use:enhance` does. This is the strict reading: a plain form
 * post renders the page after the action, so the page's own 404 would hide an action that ran.
 */
async function actionRefusal(requester: Requester, response: APIResponse) {
	if (response.status() !== 200) return refusal(requester, response.status(), undefined);
	const result = (await response.json()) as { type: string; status?: number; location?: string };
	if (result.type === 'redirect') return refusal(requester, 303, result.location);
	return `${result.type} ${result.status ?? ''}`.trim();
}

test('every route and action with an id refuses outsiders, other teachers and students', async ({
	server
}) => {
	test.setTimeout(120_000);
	const { ids, requesters } = await setUp(server.url);
	const failures: string[] = [];
	const tried: string[] = [];
	for (const route of discoverRoutes()) {
		const row = TABLE[route.route];
		if (!row) continue; // reported by the test above
		const path = row.path(ids);
		for (const who of row.refuse) {
			const response = await patiently(() => requesters[who].get(path));
			const outcome = refusal(who, response.status(), response.headers()['location']);
			tried.push(`GET ${path} as ${who}`);
			if (outcome !== 'refused') failures.push(`GET ${path} as ${who}: ${outcome}`);
		}
		for (const name of route.actions) {
			const action = row.actions?.[name];
			if (!action) continue;
			for (const who of action.refuse) {
				const target = `${path}?/${name}`;
				const client = requesters[who];
				const page = await patiently(() => client.post(target, action.form(ids)));
				const html = refusal(who, page.status(), page.headers()['location']);
				const json = await actionRefusal(
					who,
					await patiently(() =>
						client.post(target, action.form(ids), { Accept: 'application/json' })
					)
				);
				tried.push(`POST ${target} as ${who}`);
				if (html !== 'refused') failures.push(`POST ${target} as ${who}: ${html}`);
				if (json !== 'refused') failures.push(`POST ${target} as ${who} (JSON): ${json}`);
			}
		}
	}
	expect(tried.length).toBeGreaterThan(150);
	expect(failures, 'requests that should have been refused').toEqual([]);
	for (const client of Object.values(requesters)) await client.dispose();
});
