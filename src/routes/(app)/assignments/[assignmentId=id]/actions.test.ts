// The teacher's excuse and extra-time actions: an assignment that is not this teacher's is a 404,
// and any other failure (here the database losing a table) is not dressed up as one.
import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { appDatabase } from '$lib/server/db';
import type { PublicUser } from '$lib/server/auth/public-user';
import {
	assignQuiz,
	makeClassWithArticle,
	makePublishedQuiz,
	makeUser
} from '$lib/server/testing/factories';
import { useTestDatabase } from '$lib/server/testing/test-database';
import { actions } from './+page.server';

useTestDatabase();

type ActionName = 'excuse' | 'extraTime';
type ActionEvent = Parameters<NonNullable<(typeof actions)[ActionName]>>[0];

/** Runs one of the page's actions as SvelteKit would, with the event `post` builds. */
function run(name: ActionName, event: ActionEvent): Promise<unknown> {
	const action = actions[name];
	if (!action) throw new Error(`The page has no ${name} action.`);
	return Promise.resolve(action(event));
}

function post(user: PublicUser, assignmentId: number, fields: Record<string, string>) {
	const url = new URL(`http://school.test/assignments/${assignmentId}`);
	const request = new Request(url, { method: 'POST', body: new URLSearchParams(fields) });
	const event = { request, url, params: { assignmentId: String(assignmentId) }, locals: { user } };
	return event as unknown as ActionEvent;
}

async function classroom() {
	const teacher = await makeUser('teacher');
	const student = await makeUser('student');
	const { klass, article } = await makeClassWithArticle(teacher, [student]);
	const quiz = await makePublishedQuiz(teacher, article.id);
	const assignment = await assignQuiz(teacher, klass.id, quiz.id);
	return { teacher, student, assignment };
}

async function statusOf(result: Promise<unknown>): Promise<number | string> {
	try {
		await result;
		return 'resolved';
	} catch (err) {
		return isHttpError(err) ? err.status : String(err);
	}
}

describe('assignment accommodations', () => {
	it('answers 404 for another teacher’s assignment', async () => {
		const { student, assignment } = await classroom();
		const stranger = await makeUser('teacher');
		const fields = { studentId: String(student.id), excused: '1' };
		expect(await statusOf(run('excuse', post(stranger, assignment.id, fields)))).toBe(404);
		const extra = { studentId: String(student.id), multiplier: '1.5' };
		expect(await statusOf(run('extraTime', post(stranger, assignment.id, extra)))).toBe(404);
	});

	it('lets a failure of the database through instead of answering 404', async () => {
		const { teacher, student, assignment } = await classroom();
		appDatabase().sqliteClient()?.exec('DROP TABLE excusals; DROP TABLE accommodations');
		const fields = { studentId: String(student.id), excused: '1' };
		expect(await statusOf(run('excuse', post(teacher, assignment.id, fields)))).toMatch(
			/no such table: excusals/
		);
		const extra = { studentId: String(student.id), multiplier: '1.5' };
		expect(await statusOf(run('extraTime', post(teacher, assignment.id, extra)))).toMatch(
			/no such table: accommodations/
		);
	});
});
